package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first-run screen at the common laptop size and at the window's minimum size: no text is
 * cut, and every button can be reached (the screen scrolls when it does not fit).
 */
class FirstRunScreenWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"vi, 1366, 768", "en, 1366, 768", "vi, 900, 600", "en, 900, 600"})
    void theFirstRunScreenIsWholeAndItsButtonsCanBeReached(String language, int width, int height) throws Exception {
        startWindow(dir, language);
        resizeWindow(width, height);
        waitFor("#startButton");
        waitUntilIdle();
        assertEquals(width, stage.getScene().getWidth(), 0.5);
        assertEquals(900, stage.getMinWidth(), 0.5);
        assertEquals(600, stage.getMinHeight(), 0.5);
        List<String> cut = new ArrayList<>();
        String name = language + "-firstrun-" + width + "x" + height;
        interact(() -> {
            stage.getScene().getRoot().layout();
            cut.addAll(ScreenCheck.cutTexts(stage.getScene().getRoot()));
            ScreenCheck.screenshot(stage.getScene(), name);
        });
        for (String id : new String[] {"#startButton", "#demoButton", "#stationDemoButton", "#enrolmentStart"}) {
            Node button = lookup(id).query();
            interact(() -> scrollTo(button));
            Bounds b = button.localToScene(button.getBoundsInLocal());
            assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= width && b.getMaxY() <= height,
                    id + " cannot be reached at " + width + "x" + height + ": " + b);
            interact(() -> cut.addAll(ScreenCheck.cutTexts(stage.getScene().getRoot())));
        }
        interact(() -> ScreenCheck.screenshot(stage.getScene(), name + "-scrolled"));
        assertTrue(cut.isEmpty(), "texts cut at " + width + "x" + height + ":\n" + String.join("\n", cut));
    }

    /** Scrolls the screen (as a user would with the wheel) until the node is in view, if it scrolls. */
    private static void scrollTo(Node node) {
        ScrollPane scroll = null;
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane s) {
                scroll = s;
            }
        }
        if (scroll == null) {
            return;
        }
        Node content = scroll.getContent();
        assertNotNull(content);
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double extra = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (extra > 0) {
            double wanted = Math.min(extra, Math.max(0, inContent.getMaxY() - scroll.getViewportBounds().getHeight()));
            scroll.setVvalue(scroll.getVmin() + (scroll.getVmax() - scroll.getVmin()) * wanted / extra);
        }
        scroll.getScene().getRoot().layout();
    }
}
