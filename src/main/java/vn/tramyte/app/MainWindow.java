package vn.tramyte.app;

import vn.tramyte.common.ui.LanguagePicker;
import vn.tramyte.common.TaskRunner;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tramyte.common.Messages;
import vn.tramyte.person.ui.PeopleView;
import vn.tramyte.person.ui.PeopleViewModel;
import vn.tramyte.antenatal.ui.AntenatalView;
import vn.tramyte.antenatal.ui.AntenatalViewModel;
import vn.tramyte.death.ui.DeathView;
import vn.tramyte.death.ui.DeathViewModel;
import vn.tramyte.nutrition.ui.NutritionView;
import vn.tramyte.nutrition.ui.NutritionViewModel;
import vn.tramyte.report.ui.ReportChartViewModel;
import vn.tramyte.report.ui.ReportTableViewModel;
import vn.tramyte.report.ui.ReportsView;
import vn.tramyte.report.ui.TargetsViewModel;
import vn.tramyte.sync.ui.SyncView;
import vn.tramyte.sync.ui.SyncViewModel;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.vaccination.ui.VaccinationView;
import vn.tramyte.vaccination.ui.VaccinationViewModel;

/** The main window: header, navigation by feature, the feature's page, status bar. */
final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final Services services;
    private final Installation installation;
    private final String user;
    private final TaskRunner runner;
    private final Messages m;
    private final StatusViewModel status;
    private final Map<Feature, Parent> pages = new EnumMap<>(Feature.class);
    private final Map<Feature, ToggleButton> navButtons = new EnumMap<>(Feature.class);
    private SyncViewModel sync;
    private final vn.tramyte.backup.ui.BackupsViewModel.Restorer restorer;
    private vn.tramyte.backup.ui.BackupsViewModel backups;

    private final Consumer<Boolean> onLogOut;

    /** @param onLogOut logs out: true when the session locked itself, false for the header's button */
    MainWindow(Services services, Installation installation, String user, TaskRunner runner, Messages messages,
               Consumer<String> onLanguage, Consumer<Boolean> onLogOut,
               vn.tramyte.backup.ui.BackupsViewModel.Restorer restorer) {
        this.onLogOut = onLogOut;
        this.services = services;
        this.restorer = restorer;
        this.installation = installation;
        this.user = user;
        this.runner = runner;
        this.m = messages;
        this.status = new StatusViewModel(services, installation, runner, messages);
        root.getStyleClass().add("main-window");
        // a date field that cannot read what was typed says why, in the user's language
        root.addEventHandler(vn.tramyte.common.ui.DateFields.BAD_DATE, e -> vn.tramyte.common.ui.DateFields.explain(e, m));
        root.setTop(header(onLanguage));
        root.setLeft(navigation());
        root.setBottom(statusBar());
        status.refresh();
    }

    Parent root() {
        return root;
    }

    /** "Trạm Y tế Mường Kim", "Trung tâm Y tế Than Uyên" or "Sở Y tế Lai Châu". */
    private String placeHeader() {
        return m.format(installation.mode() == Mode.STATION ? "header.station"
                : installation.mode() == Mode.CENTRE ? "header.centre" : "header.province",
                installation.place().shortName());
    }

    private Parent header(Consumer<String> onLanguage) {
        Label brand = new Label(m.get("app.title"));
        brand.getStyleClass().add("brand");
        Label place = new Label(placeHeader());
        place.setId("placeName");
        place.getStyleClass().add("place-name");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, brand, place, spacer, new Label(m.get("language.label")),
                LanguagePicker.create(m, onLanguage));
        if (installation.demo()) {
            Label demo = new Label(m.get("status.demo"));
            demo.getStyleClass().add("demo-badge");
            bar.getChildren().add(2, demo);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("app-header");
        return bar;
    }

    /** Who is logged in, with their role; changing one's password and logging out. */
    private Parent account() {
        vn.tramyte.security.User who = services.session().user().orElseThrow();
        javafx.scene.control.MenuItem password = new javafx.scene.control.MenuItem(m.get("security.changePassword"));
        password.setId("changePassword");
        password.setOnAction(e -> new vn.tramyte.security.ui.ChangePasswordDialog(
                new vn.tramyte.security.ui.ChangePasswordViewModel(services.users(), runner, m), m)
                .show(root.getScene().getWindow()));
        javafx.scene.control.MenuItem logOut = new javafx.scene.control.MenuItem(m.get("security.logOut"));
        logOut.setId("logOut");
        logOut.setOnAction(e -> onLogOut.accept(false));
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(
                m.format("security.header.user", who.fullName(), m.get(who.role().labelKey())), null, password, logOut);
        menu.setId("accountMenu");
        return menu;
    }

    /** The pages this role can use: a page of actions it may not take is not shown (issue 13). */
    private boolean shown(Feature feature) {
        vn.tramyte.security.Session session = services.session();
        return switch (feature) {
            case SYNC -> session.may(vn.tramyte.security.Permission.EXPORT_PACKAGE)
                    || session.may(vn.tramyte.security.Permission.IMPORT_PACKAGE)
                    || session.may(vn.tramyte.security.Permission.CENTRE_PACKAGES);
            case USERS -> session.may(vn.tramyte.security.Permission.MANAGE_USERS);
            case BACKUPS -> session.may(vn.tramyte.security.Permission.RESTORE)
                    || session.may(vn.tramyte.security.Permission.BACKUP_AND_SETTINGS);
            case AUDIT -> session.may(vn.tramyte.security.Permission.AUDIT);
            default -> true;
        };
    }

    private Parent navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox(2);
        nav.getStyleClass().add("nav");
        for (Feature f : Feature.values()) {
            if (!shown(f)) {
                continue;
            }
            ToggleButton b = new ToggleButton(m.get(f.messageKey()));
            b.setId("nav-" + f.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-item");
            b.setOnAction(e -> {
                b.setSelected(true);
                open(f);
            });
            navButtons.put(f, b);
            nav.getChildren().add(b);
            if (f == Feature.PEOPLE) {
                b.setSelected(true);
            }
        }
        open(Feature.PEOPLE);
        return nav;
    }

    private void open(Feature feature) {
        Parent page = pages.computeIfAbsent(feature, this::page);
        root.setCenter(page);
        vn.tramyte.common.ui.TableHeaders.keepWhole(page);
    }

    private Parent page(Feature feature) {
        if (feature == Feature.PEOPLE) {
            PeopleViewModel vm = new PeopleViewModel(services.people(), services.places(), user,
                    installation, runner, m, status::refresh);
            var importer = new vn.tramyte.importer.ui.CsvImportButton(
                    new vn.tramyte.importer.ui.CsvImportViewModel(services.csvImport(), runner, m, user, vm::refresh), m);
            return new PeopleView(vm, m, importer.root(), importer.progress()).root();
        }
        if (feature == Feature.NUTRITION) {
            NutritionViewModel vm = new NutritionViewModel(services.nutrition(), services.places(), runner, m, user,
                    installation.mode() == Mode.STATION);
            return new NutritionView(vm, m).root();
        }
        if (feature == Feature.VACCINATION) {
            VaccinationViewModel vm = new VaccinationViewModel(services.vaccination(), services.people(),
                    services.places(), runner, m, user, installation.mode() == Mode.STATION);
            return new VaccinationView(vm, m).root();
        }
        if (feature == Feature.ANTENATAL) {
            return new AntenatalView(new AntenatalViewModel(services.antenatal(), services.people(), services.places(),
                    runner, m, user, installation.mode() == Mode.STATION, this::peopleChanged), m).root();
        }
        if (feature == Feature.DEATHS) {
            return new DeathView(new DeathViewModel(services.deaths(), services.people(), services.places(), runner, m,
                    user, installation.mode() == Mode.STATION, this::peopleChanged), m).root();
        }
        if (feature == Feature.SYNC) {
            SyncViewModel vm = new SyncViewModel(services.sync(), services.people(), services.places(), runner, m,
                    installation.mode().supervises(), installation.mode() == Mode.PROVINCE);
            vm.onPeopleMoved(this::peopleChanged);
            sync = vm;
            return new SyncView(vm, m).root();
        }
        if (feature == Feature.REPORTS) {
            ReportTableViewModel table = new ReportTableViewModel(services.reports(), services.reportFiles(),
                    services.places(), installation, runner, m);
            return new ReportsView(table, new ReportChartViewModel(services.reports(), table, runner, m),
                    new TargetsViewModel(services.targets(), installation, runner, m, user), m).root();
        }
        if (feature == Feature.USERS) {
            return new vn.tramyte.security.ui.UsersView(new vn.tramyte.security.ui.UsersViewModel(services.users(),
                    runner, m), m).root();
        }
        if (feature == Feature.BACKUPS) {
            backups = new vn.tramyte.backup.ui.BackupsViewModel(services.backups(), runner, m, user, restorer);
            return new vn.tramyte.backup.ui.BackupsView(backups, m).root();
        }
        if (feature == Feature.AUDIT) {
            String place = placeHeader();
            return new vn.tramyte.audit.ui.AuditView(new vn.tramyte.audit.ui.AuditViewModel(services.audit(), runner,
                    m, place, services.database().clock()), m).root();
        }
        throw new IllegalArgumentException("no page for " + feature);
    }

    /**
     * A package the health worker double-clicked: the sync page opens and imports it, showing its
     * report there as if it had been chosen on that page.
     */
    void importPackage(java.nio.file.Path file) {
        if (!navButtons.containsKey(Feature.SYNC)) {
            return; // this role imports nothing; the sync page is not shown
        }
        navButtons.get(Feature.SYNC).setSelected(true);
        open(Feature.SYNC);
        sync.importPaths(java.util.List.of(file));
    }

    /** The backups page, saying how a restore went (the window was opened again on the restored database). */
    void openBackups(String sentence, boolean failure) {
        navButtons.get(Feature.BACKUPS).setSelected(true);
        open(Feature.BACKUPS);
        backups.tell(sentence, failure);
    }

    /** New children or a death: the other pages are rebuilt when next opened, and the counts refreshed. */
    private void peopleChanged() {
        pages.keySet().removeIf(f -> f != Feature.ANTENATAL && f != Feature.DEATHS && f != Feature.SYNC);
        status.refresh();
    }

    private Parent statusBar() {
        Label place = new Label();
        place.setId("statusPlace");
        place.textProperty().bind(status.placeProperty());
        Label counts = new Label();
        counts.setId("statusCounts");
        counts.textProperty().bind(status.countsProperty());
        Label folder = new Label(m.format("status.dataFolder", services.database().dataDir().toString()));
        folder.getStyleClass().add("text-muted");
        // a narrow window puts the data folder on a second line rather than cutting the texts
        // who is logged in comes first: a shared PC shows whose session is open
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(24, 2, account(), place, counts, folder);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
