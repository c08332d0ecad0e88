package vn.tramyte.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the start-up benchmark: an empty JavaFX window of the main window's size, in a new JVM
 * with the launcher's flags. Prints {@code startup-probe shown} once the first pulse after showing it has
 * laid it out (the same mark {@link StartupProbe} uses for the People list), then exits.
 */
public final class EmptyWindow extends Application {
    @Override
    public void start(Stage stage) {
        show(stage, new StackPane());
    }

    /**
     * Shows the root in a window of the main window's size; prints {@code startup-probe shown} once the first
     * pulse after showing it has laid it out, then exits (the benchmark's bounds: this and {@link LoginFormWindow}).
     */
    static void show(Stage stage, javafx.scene.Parent root) {
        Scene scene = new Scene(root, 1200, 760);
        stage.setTitle("TramYTe");
        stage.setScene(scene);
        stage.show();
        StartupProbe.afterNextPulse(scene, () -> {
            System.out.println("startup-probe shown heap " + StartupProbe.heapMb());
            System.out.flush();
            Platform.exit();
            System.exit(0);
        });
    }

    public static void main(String[] args) {
        Application.launch(EmptyWindow.class, args);
    }
}
