package vn.tramyte.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: a theme, then the shell that opens the data folder. */
public final class App extends Application {
    private final AppConfig preset;
    private AppShell shell;
    private FxTaskRunner runner;
    private PackageHandOver handOver;
    private boolean stopped;

    public App() {
        this(null);
    }

    /** For tests: starts on the given folder and clock instead of the command line's. */
    public App(AppConfig config) {
        this.preset = config;
    }

    @Override
    public void start(Stage stage) {
        AppConfig config = preset != null ? preset : AppConfig.fromParameters(getParameters().getNamed());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        runner = new FxTaskRunner();
        shell = new AppShell(stage, config, runner);
        AppShell receiver = shell;
        // before the folder is opened, off the window's thread (it asks whether another program answers)
        runner.run(() -> PackageHandOver.listen(config.dataDir(), pkg -> javafx.application.Platform.runLater(() ->
                receiver.receive(pkg))), this::listening, failed -> { });
        shell.start();
    }

    private void listening(PackageHandOver listening) {
        handOver = listening;
        if (stopped && listening != null) {
            listening.close();
        }
    }

    /** True when the window has no background work in flight (window tests wait on it). */
    boolean idle() {
        return runner == null || runner.idle();
    }

    /** Looks at once whether the window should lock (tests move the clock instead of waiting 15 minutes). */
    void checkIdleLock() {
        shell.checkIdleLock();
    }

    @Override
    public void stop() {
        stopped = true;
        if (handOver != null) {
            handOver.close();
        }
        if (shell != null) {
            shell.close();
        }
    }
}
