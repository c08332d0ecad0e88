package vn.tramyte.app;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Settings;
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
    /** Every minute: once the database has been left alone for {@link #QUIET}, its dead pages are given back. */
    private final javafx.animation.Timeline idleCompaction = new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(javafx.util.Duration.minutes(1), e -> compactWhenIdle()));
    static final java.time.Duration QUIET = java.time.Duration.ofMinutes(5);
    /** A double-clicked package not yet handed over: imported on the main window, or offered to set up from. */
    private java.nio.file.Path packageToOpen;

    AppShell(Stage stage, AppConfig config, FxTaskRunner runner) {
        this.stage = stage;
        this.config = config;
        this.runner = runner;
        this.settings = new Settings(config.dataDir());
        this.packageToOpen = config.packageToOpen();
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
            idleCompaction.setCycleCount(javafx.animation.Animation.INDEFINITE);
            idleCompaction.play();
            route();
        }, this::fatal);
    }

    /**
     * Issue 14 §9: a file left big by imports is compacted while the program waits for its user, on
     * the worker thread (after any work handed in before); a problem is logged by the database.
     */
    private void compactWhenIdle() {
        if (services != null) {
            Services open = services;
            runner.run(() -> open.database().compactIfIdle(QUIET), done -> { }, failed -> { });
        }
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
        if (packageToOpen != null) {
            // a new installation opened by double-clicking a package: its centre's enrolment file
            vm.enrolmentFileProperty().set(packageToOpen);
            packageToOpen = null;
        }
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
        if (packageToOpen != null) {
            main.importPackage(packageToOpen);
            packageToOpen = null;
        }
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

    /**
     * The data folder cannot be used (damaged, locked, too new): the window says what happened
     * and what to do in the place of its pages, and offers to close (issue 14 item 8). The sentence
     * is selectable, so a path to a backup can be copied.
     */
    private void fatal(Throwable error) {
        org.slf4j.LoggerFactory.getLogger(AppShell.class).error("cannot open {}", config.dataDir(), error);
        Label heading = new Label(messages.get("error.cannotOpen"));
        heading.setId("cannotOpenHeading");
        heading.getStyleClass().add("title-3");
        javafx.scene.control.TextArea sentence = new javafx.scene.control.TextArea(messages.describe(error));
        sentence.setId("cannotOpenReason");
        sentence.setEditable(false);
        sentence.setWrapText(true);
        sentence.setPrefRowCount(7);
        sentence.setMaxWidth(720);
        javafx.scene.control.Button close = new javafx.scene.control.Button(messages.get("error.cannotOpen.close"));
        close.setId("cannotOpenClose");
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        VBox box = new VBox(16, heading, sentence, close);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new javafx.geometry.Insets(32));
        show(box);
        stage.setTitle(messages.get("app.title") + " – " + messages.get("error.cannotOpen"));
    }

    @Override
    public void close() {
        idleCompaction.stop();
        runner.close();
        if (services != null) {
            services.close();
        }
    }
}
