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

    /**
     * Starts the window; on the login screen, logs in as the tests' administrator (the demo's login
     * and password, which TestStation's folders share), as a health worker would type them.
     */
    void startWindow(AppConfig config) throws TimeoutException {
        startWindowWithoutLogin(config);
        waitUntil(() -> SCREENS.stream().anyMatch(q -> lookup(q).tryQuery().isPresent()));
        if (lookup("#loginButton").tryQuery().isPresent() && !lookup("#fullNameField").tryQuery().isPresent()) {
            logIn(vn.tramyte.testing.TestStation.ADMIN_LOGIN, vn.tramyte.testing.TestStation.PASSWORD);
            // an encrypted folder opens only after the password (decision 0013): its trouble is said then
            waitUntil(() -> lookup("#placeName").tryQuery().isPresent()
                    || lookup("#cannotOpenHeading").tryQuery().isPresent());
        }
    }

    /** What the window shows once the data folder is open: setup, login, first administrator, main, or trouble. */
    private static final java.util.List<String> SCREENS = java.util.List.of("#placeFilter", "#loginButton",
            "#placeName", "#cannotOpenHeading", "#recoveryCodeDone");

    void startWindowWithoutLogin(AppConfig config) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        app = (App) FxToolkit.setupApplication(() -> new App(config));
    }

    void startWindowWithoutLogin(Path dataDir, String language) throws TimeoutException {
        startWindowWithoutLogin(new AppConfig(dataDir, language, TestClock.fixed()));
    }

    /** Scrolls the screen as a user would until the node is in view, then clicks it. */
    void scrollAndClick(String query) {
        Node node = lookup(query).query();
        interact(() -> {
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                    javafx.geometry.Bounds in = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double extra = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                    if (extra > 0) {
                        double wanted = Math.min(extra, Math.max(0, in.getMaxY() - scroll.getViewportBounds().getHeight()));
                        scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * wanted / extra);
                    }
                    scroll.getScene().getRoot().layout();
                }
            }
        });
        clickOn(node);
    }

    /** Types a login name and password on the login screen and presses the button. */
    void logIn(String login, String password) throws TimeoutException {
        javafx.scene.control.TextField name = waitFor("#loginName");
        interact(() -> name.setText(login));
        javafx.scene.control.TextField secret = lookup("#password").query();
        interact(() -> secret.setText(password));
        clickOn("#loginButton");
    }

    /**
     * Fills the first administrator (the setup screen's account fields, or the first administrator's
     * screen) with the tests' login and password; the caller presses the button.
     */
    void typeFirstAdministrator(String fullName, String fullNameField, String loginField, String passwordField,
                                String againField) throws TimeoutException {
        javafx.scene.control.TextField name = waitFor(fullNameField);
        interact(() -> name.setText(fullName));
        for (String[] f : new String[][] {{loginField, vn.tramyte.testing.TestStation.ADMIN_LOGIN},
                {passwordField, vn.tramyte.testing.TestStation.PASSWORD}, {againField, vn.tramyte.testing.TestStation.PASSWORD}}) {
            javafx.scene.control.TextField field = lookup(f[0]).query();
            interact(() -> field.setText(f[1]));
        }
    }

    /** The recovery code shown once after the first administrator is made: read, then put away. */
    String dismissRecoveryCode() throws TimeoutException {
        javafx.scene.control.TextField code = waitFor("#recoveryCodeShown");
        String shown = code.getText();
        clickOn("#recoveryCodeDone");
        return shown;
    }

    App app() {
        return app;
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
