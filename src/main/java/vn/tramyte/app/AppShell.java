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
    /** The login name shown on the login screen after the session locked itself, once. */
    private String lockedUser;
    private IdleLock idleLock;
    /** How the last restore went, said on the backups page once the window is back. */
    private Notice notice;
    private String user;
    /** The main window while it is shown: a package handed over by a second program is imported on it. */
    private MainWindow main;
    /** The setup screen while it is shown: a package handed over becomes the enrolment file to set up from. */
    private SetupViewModel setup;
    /** The open folder's database key (decision 0013): a restore reopens the folder with it. */
    private volatile vn.tramyte.db.DatabaseKey key;
    /** The opening's code warmed up while the login screen waits for the password (issue 12). */
    private final Prewarm prewarm;

    AppShell(Stage stage, AppConfig config, FxTaskRunner runner) {
        this.stage = stage;
        this.config = config;
        this.runner = runner;
        this.settings = new Settings(config.dataDir());
        this.packageToOpen = config.packageToOpen();
        this.prewarm = new Prewarm(config.clock(), () -> !runner.idle());
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
        stage.setScene(StartSize.scene(stage, loading()));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        runner.run(() -> {
            // a folder whose key is wrapped under the users' passwords opens only with one (decision 0013)
            vn.tramyte.security.Keyring keyring = vn.tramyte.security.Keyring.load(config.dataDir());
            return keyring.locked() ? new Opening(null, keyring) : new Opening(Services.open(config.dataDir(),
                    config.clock()), null);
        }, opening -> {
            if (opening.services() == null) {
                showLocked(opening.locked());
            } else {
                adopt(opening.services());
                route();
            }
        }, this::fatal);
    }

    /** The folder opened, or its keyring when a password must open it first. */
    private record Opening(Services services, vn.tramyte.security.Keyring locked) {
    }

    private void adopt(Services opened) {
        services = opened;
        key = opened.keys().key();
        idleLock = new IdleLock(services.session(), () -> logOut(true));
        // tests make it strict: database work on this thread fails them (issue 17)
        services.database().refuseWorkOn(Thread.currentThread(), Boolean.getBoolean("tramyte.strictThreads"));
        idleCompaction.setCycleCount(javafx.animation.Animation.INDEFINITE);
        idleCompaction.play();
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
        return busy(messages.format("app.opening", config.dataDir().toString()));
    }

    /** The login screen before the database is open (decision 0013): {@link LockedLogin}. */
    private void showLocked(vn.tramyte.security.Keyring keyring) {
        String place = keyring.label().orElse(messages.get("app.title"));
        show(LockedLogin.view(keyring, place, config, runner, messages, lockedUser, found -> key = found, opened -> {
            adopt(opened);
            route();
        }, this::fatal, language -> {
            if (changedLanguage(language)) {
                showLocked(keyring);
            }
        }));
        lockedUser = null;
        stage.setTitle(messages.get("app.title") + " – " + place);
        prewarm.startOnce(stage.getScene());
    }

    /**
     * Setup screen on a new data folder; the first administrator's screen where nobody can log in yet;
     * the recovery code once after it was made; the login screen; then the main window.
     */
    void route() {
        runner.run(this::whereToGo, start -> {
            if (start.installation().isEmpty()) {
                showSetup();
            } else if (start.recoveryCode() != null && !start.installation().get().demo()) {
                show(new vn.tramyte.security.ui.RecoveryCodeView(start.recoveryCode(), messages, this::route).root());
            } else if (start.needsAdministrator() || services.session().user().isEmpty()) {
                showLogin(start);
            } else {
                showMain(start.installation().get(), services.session().user().get().auditName());
            }
        }, this::fatal);
    }

    private Start whereToGo() {
        java.util.Optional<Installation> installation = services.setup().installation();
        boolean needsAdministrator = installation.isPresent() && services.users().needsFirstAdministrator();
        String code = services.users().takeRecoveryCode();
        return new Start(installation, needsAdministrator, code);
    }

    private void showLogin(Start start) {
        Installation installation = start.installation().orElseThrow();
        java.util.List<String> demo = new java.util.ArrayList<>();
        if (installation.demo() && !start.needsAdministrator()) {
            demo.add(messages.format("security.demo.password", vn.tramyte.demo.DemoUsers.PASSWORD));
            vn.tramyte.demo.DemoUsers.of(installation.mode() == vn.tramyte.place.Mode.CENTRE).forEach(l -> demo.add(
                    messages.format("security.demo.line", l.loginName(), l.fullName(), messages.get(l.role().labelKey()))));
        }
        vn.tramyte.security.ui.LoginViewModel vm = new vn.tramyte.security.ui.LoginViewModel(
                vn.tramyte.security.ui.LoginViewModel.Actions.of(services.users()), runner,
                messages, start.needsAdministrator(), demo, lockedUser, this::route);
        lockedUser = null;
        show(new vn.tramyte.security.ui.LoginView(vm, messages, installation.place().label(), this::changeLanguage).root());
        stage.setTitle(messages.get("app.title") + " – " + installation.place().name());
        prewarm.startOnce(stage.getScene());
    }

    private void showSetup() {
        SetupViewModel vm = new SetupViewModel(services.setup(), services.demo(), services.places(), runner,
                messages, this::route);
        vm.enrolWith((file, code, firstAdministrator) -> services.sync().setUpFromEnrolment(file, code,
                firstAdministrator));
        if (packageToOpen != null) {
            // a new installation opened by double-clicking a package: its centre's enrolment file
            vm.enrolmentFileProperty().set(packageToOpen);
            packageToOpen = null;
        }
        show(new SetupView(vm, messages, this::changeLanguage).root());
        setup = vm;
        stage.setTitle(messages.get("app.title") + " – " + messages.get("setup.title"));
    }

    /** What the window shows next, read off the FX thread. */
    private record Start(java.util.Optional<Installation> installation, boolean needsAdministrator,
                         String recoveryCode) {
    }

    private void showMain(Installation installation, String user) {
        this.user = user;
        MainWindow main = new MainWindow(services, installation, user, runner, messages, this::changeLanguage,
                this::logOut, this::restore);
        show(main.root());
        this.main = main;
        stage.setTitle(messages.get("app.title") + " – " + installation.place().name());
        idleLock.watch(stage.getScene());
        if (notice != null) {
            main.openBackups(notice.sentence(), notice.failure());
            notice = null;
        }
        if (packageToOpen != null) {
            main.importPackage(packageToOpen);
            packageToOpen = null;
        }
    }

    /** Logs out (the header's button, or 15 idle minutes): the login screen, with the name filled in when locked. */
    private void logOut(boolean locked) {
        lockedUser = locked ? services.session().user().map(vn.tramyte.security.User::loginName).orElse(null) : null;
        idleLock.stop();
        services.users().logout();
        route();
    }

    /**
     * A package double-clicked while the window is open ({@link PackageHandOver}): the window comes to the
     * front and imports it on the sync page, or keeps it for after the login.
     */
    void receive(java.nio.file.Path pkg) {
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        if (main != null) {
            main.importPackage(pkg);
        } else if (setup != null) {
            setup.enrolmentFileProperty().set(pkg);
        } else {
            packageToOpen = pkg;
        }
    }

    private void show(Parent root) {
        main = null;
        setup = null;
        Scene scene = stage.getScene();
        scene.setRoot(root);
        String css = Objects.requireNonNull(AppShell.class.getResource("/app/tramyte.css")).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    /** A sentence for the backups page, and whether it says something went wrong. */
    private record Notice(String sentence, boolean failure) {
    }

    private record Reopened(Services services, Notice notice) {
    }

    /**
     * Restores a backup the user chose and confirmed: the pages go, the database is closed, the backup
     * put in its place (or nothing changes and the sentence says why), the database opened again and
     * the window rebuilt on it, showing the outcome on the backups page.
     */
    private void restore(java.nio.file.Path backupFile) {
        if (services != null) {
            services.backups().mayRestore(); // the page is shown only to those who may; checked again here
            idleLock.stop();
        }
        Services closing = services;
        services = null;
        vn.tramyte.db.DatabaseKey folderKey = key;
        show(busy(messages.get("backup.page.restoring")));
        String who = user;
        runner.run(() -> {
            if (closing != null) {
                closing.close();
            }
            Notice said;
            try {
                said = new Notice(vn.tramyte.backup.BackupText.done(messages, vn.tramyte.backup.BackupService
                        .restoreClosed(who, config.dataDir(), backupFile, config.clock(), folderKey)), false);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(AppShell.class).warn("restore of {} refused", backupFile, e);
                said = new Notice(messages.describe(e), true);
            }
            return new Reopened(Services.openWith(config.dataDir(), config.clock(), folderKey), said);
        }, reopened -> {
            adopt(reopened.services());
            notice = reopened.notice();
            route();
        }, this::fatal);
    }

    /**
     * On a damaged database: the newest backup restored from here, after the same question as on the
     * backups page (what it holds, what a station loses). A backup that cannot be restored is said in place.
     */
    private javafx.scene.control.Button restoreNewest(javafx.scene.control.TextArea sentence) {
        javafx.scene.control.Button restore = new javafx.scene.control.Button(messages.get("error.cannotOpen.restore"));
        restore.setId("cannotOpenRestore");
        restore.getStyleClass().add("accent");
        restore.setOnAction(e -> {
            restore.setDisable(true);
            runner.run(() -> {
                java.nio.file.Path newest = vn.tramyte.db.Backups.newest(config.dataDir()).orElseThrow(() ->
                        new vn.tramyte.common.UserError("backup.error.noSuchFile", config.dataDir()
                                .resolve(vn.tramyte.db.Backups.FOLDER).toString()));
                if (key == null) {
                    key = Services.keyForSetup(config.dataDir()); // a folder nobody claimed yet; else the login gave it
                }
                return java.util.Map.entry(newest, vn.tramyte.backup.BackupService.inspectIn(config.dataDir(), newest,
                        key));
            }, found -> {
                restore.setDisable(false);
                vn.tramyte.backup.ui.RestoreQuestion.ask(stage, messages, vn.tramyte.backup.BackupText.question(messages,
                        found.getValue()), () -> restore(found.getKey()));
            }, failure -> {
                restore.setDisable(false);
                sentence.setText(messages.describe(failure));
            });
        });
        return restore;
    }

    private Parent busy(String text) {
        ProgressIndicator progress = new ProgressIndicator();
        Label label = new Label(text);
        label.setId("busyText");
        VBox box = new VBox(16, progress, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void changeLanguage(String language) {
        if (changedLanguage(language)) {
            route();
        }
    }

    private boolean changedLanguage(String language) {
        if (language.equals(messages.language())) {
            return false;
        }
        settings.setLanguage(language);
        messages = Messages.forLanguage(language);
        return true;
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
        if (error instanceof vn.tramyte.common.UserError u && u.problems().get(0).key().equals("error.databaseDamaged")) {
            box.getChildren().add(2, restoreNewest(sentence));
            close.setDefaultButton(false);
        }
        box.setAlignment(Pos.CENTER);
        box.setPadding(new javafx.geometry.Insets(32));
        show(box);
        stage.setTitle(messages.get("app.title") + " – " + messages.get("error.cannotOpen"));
    }

    void checkIdleLock() {
        if (idleLock != null) {
            idleLock.check();
        }
    }

    @Override
    public void close() {
        if (idleLock != null) {
            idleLock.stop();
        }
        idleCompaction.stop();
        runner.close();
        if (services != null) {
            services.close();
        }
    }
}
