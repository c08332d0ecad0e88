package vn.tramyte.app;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's first size. On a station laptop's screen (1366×768, the common one) the window takes the whole
 * screen but its task bar, so every column of the lists has room (at 1200 px the severity of a z-score was
 * cut to "N..."); on a bigger screen it opens at 1200×760, centred.
 */
final class StartSize {
    static final double WIDTH = 1200;
    static final double HEIGHT = 760;
    /** Screens up to this wide are filled. */
    static final double SMALL_SCREEN = 1440;

    private StartSize() {
    }

    /** The stage's first scene with its root, the stage placed on the primary screen. */
    static Scene scene(Stage stage, Parent root) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (screen.getWidth() > SMALL_SCREEN) {
            stage.centerOnScreen();
            return new Scene(root, WIDTH, HEIGHT);
        }
        // the stage's own bounds (its title bar included), so the window ends above the task bar
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        return new Scene(root);
    }
}
