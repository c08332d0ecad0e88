package vn.tramyte.app;

import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Settings;
import vn.tramyte.common.UserError;
import vn.tramyte.place.Installation;
import vn.tramyte.setup.ui.SetupView;
import vn.tramyte.setup.ui.SetupViewModel;

/**
 * Owns the window: opens the data folder in the background, then shows the setup screen
 * or the main window, and rebuilds them when the language changes.
 */
final class AppShell implements AutoCloseable {
    private final Stage stage;
    private final AppConfig config;
    private final FxTaskRunner runner;
    private final Settings settings;
    private Messages messages;
    private Services services;

    AppShell(Stage stage, AppConfig config, FxTaskRunner runner) {
        this.stage = stage;
        this.config = config;
        this.runner = runner;
        this.settings = new Settings(config.dataDir());
        String language = config.languageOverride() != null ? config.languageOverride() : languageFromSettings();
        this.messages = Messages.forLanguage(language);
    }

    private String languageFromSettings() {
        try {
            return settings.language();
        } catch (RuntimeException e) {
            return "vi";
        }
    }

    void start() {
        stage.setTitle(messages.get("app.title"));
        var icon = AppShell.class.getResourceAsStream("/icons/tramyte-64.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        stage.setScene(new Scene(loading(), 1200, 760));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        runner.run(() -> Services.open(config.dataDir(), config.clock()), opened -> {
            services = opened;
            // tests make it strict: database work on this thread fails them (issue 17)
            services.database().refuseWorkOn(Thread.currentThread(), Boolean.getBoolean("tramyte.strictThreads"));
            route();
        }, this::fatal);
    }

    private Parent loading() {
        ProgressIndicator progress = new ProgressIndicator();
        Label label = new Label(messages.format("app.opening", config.dataDir().toString()));
        VBox box = new VBox(16, progress, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** Setup screen on a new data folder, the main window on one already set up. */
    void route() {
        runner.run(() -> new Session(services.setup().installation(), services.users().currentUserName()), session -> {
            if (session.installation().isPresent()) {
                showMain(session.installation().get(), session.user());
            } else {
                showSetup();
            }
        }, this::fatal);
    }

    private void showSetup() {
        SetupViewModel vm = new SetupViewModel(services.setup(), services.demo(), services.places(), runner,
                messages, this::route);
        vm.enrolWith((file, code, firstUser) -> services.sync().setUpFromEnrolment(file, code, firstUser));
        show(new SetupView(vm, messages, this::changeLanguage).root());
        stage.setTitle(messages.get("app.title") + " – " + messages.get("setup.title"));
    }

    /** What the main window needs to know before it opens, read off the FX thread. */
    private record Session(java.util.Optional<Installation> installation, String user) {
    }

    private void showMain(Installation installation, String user) {
        MainWindow main = new MainWindow(services, installation, user, runner, messages, this::changeLanguage);
        show(main.root());
        stage.setTitle(messages.get("app.title") + " – " + installation.place().name());
    }

    private void show(Parent root) {
        Scene scene = stage.getScene();
        scene.setRoot(root);
        String css = Objects.requireNonNull(AppShell.class.getResource("/app/tramyte.css")).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    private void changeLanguage(String language) {
        if (language.equals(messages.language())) {
            return;
        }
        settings.setLanguage(language);
        messages = Messages.forLanguage(language);
        route();
    }

    private void fatal(Throwable error) {
        String text = error instanceof UserError u ? u.describe(messages)
                : messages.format("error.unexpected", String.valueOf(error.getMessage()));
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.CLOSE);
        alert.setHeaderText(messages.get("error.cannotOpen"));
        alert.setTitle(messages.get("app.title"));
        alert.initOwner(stage);
        alert.showAndWait();
        Platform.exit();
    }

    @Override
    public void close() {
        runner.close();
        if (services != null) {
            services.close();
        }
    }
}
