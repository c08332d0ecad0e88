package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a station laptop's 1366×768 screen (the headless screen of the window tests) the window opens over the
 * whole screen but its task bar, not at 1200×760: the lists' columns need the room.
 */
class StartSizeWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void onALaptopScreenTheWindowOpensOverTheWholeScreen() throws Exception {
        startWindow(dir, "vi");
        waitFor("#placeFilter");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertEquals(1366, screen.getWidth(), "the tests' headless screen");
        assertEquals(screen.getWidth(), stage.getWidth());
        assertEquals(screen.getHeight(), stage.getHeight());
        assertEquals(screen.getMinX(), stage.getX());
        assertEquals(screen.getMinY(), stage.getY());
    }
}
