package vn.tramyte.app;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.tramyte.testing.TestClock;

/** Starts the real window (headless Monocle) on a data folder, as a user would. */
abstract class WindowTest extends FxRobot {
    /**
     * How long a test waits for a state before it fails: generous, because CI runs on a busy
     * 2-core machine where the centre demo alone may take tens of seconds. A passing test
     * never waits this long; only a broken one does.
     */
    static final long WAIT_SECONDS = 120;
    private App app;
    Stage stage;
    private boolean resized;

    void startWindow(Path dataDir, String language) throws TimeoutException {
        startWindow(new AppConfig(dataDir, language, TestClock.fixed()));
    }

    void startWindow(AppConfig config) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        app = (App) FxToolkit.setupApplication(() -> new App(config));
    }

    void stopWindow() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
        if (resized) {
            // the primary stage is shared by the test classes: the next one starts at the program's own size
            FxToolkit.setupStage(s -> {
                s.setWidth(1200);
                s.setHeight(760);
                s.centerOnScreen();
            });
            resized = false;
        }
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        stopWindow();
    }

    /** Waits until a node matching the query is shown (work happens on a background thread). */
    <T extends Node> T waitFor(String query) throws TimeoutException {
        waitUntil(() -> lookup(query).tryQuery().isPresent());
        return lookup(query).query();
    }

    void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + WAIT_SECONDS + " s; the window shows: " + shownTexts(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Puts the window at the top left of the (headless) screen at that size, as on a laptop screen. */
    void resizeWindow(double width, double height) {
        resized = true;
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    /** Waits until the window's background work is done and its answers are shown. */
    void waitUntilIdle() throws TimeoutException {
        for (int settled = 0; settled < 2; settled++) {
            waitUntil(() -> app.idle());
        }
    }

    /** Every text on screen, to say what the window showed when a wait timed out. */
    String shownTexts() {
        return lookup(n -> n instanceof javafx.scene.control.Labeled).queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText())
                .filter(t -> t != null && !t.isBlank())
                .collect(java.util.stream.Collectors.joining(" | "));
    }

    /**
     * Types a person into the people page's form and presses save: the name is set directly
     * (typing Vietnamese through the robot is unreliable), the rest is typed; village may be null.
     */
    void typePerson(String fullName, String sexButtonId, String birthDate, String village) throws TimeoutException {
        clickOn("#addPerson");
        javafx.scene.control.TextField name = waitFor("#fullName");
        interact(() -> name.setText(fullName));
        clickOn(sexButtonId);
        clickOn("#birthDate").write(birthDate);
        if (village != null) {
            clickOn("#village").write(village);
        }
        clickOn("#savePerson");
    }
}
