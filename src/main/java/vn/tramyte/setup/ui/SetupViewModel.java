package vn.tramyte.setup.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.common.SearchText;
import vn.tramyte.common.UserError;
import vn.tramyte.demo.DemoProgress;
import vn.tramyte.demo.DemoService;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.Role;
import vn.tramyte.setup.SetupService;

/** First run: choose station or centre, the place and the first user; or open the demo. */
public final class SetupViewModel {
    private final SetupService setup;
    private final DemoService demo;
    private final PlaceService places;
    private final TaskRunner runner;
    private final Messages messages;
    private final Runnable onDone;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.STATION);
    private final ObjectProperty<CodeList> codeList = new SimpleObjectProperty<>(CodeList.Y2025);
    private final StringProperty placeFilter = new SimpleStringProperty("");
    private final ObservableList<Place> placeChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>();
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty loginName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty demoBuilding = new SimpleBooleanProperty(false);
    private final javafx.beans.property.DoubleProperty demoProgress = new javafx.beans.property.SimpleDoubleProperty(0);
    private final StringProperty demoProgressText = new SimpleStringProperty("");
    private List<Place> allChoices = List.of();
    private final javafx.beans.property.ObjectProperty<java.nio.file.Path> enrolmentFile =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final StringProperty enrolmentCode = new SimpleStringProperty("");
    private Enroller enroller;

    /** Sets a station up from its centre's enrolment file and one-time code. */
    @FunctionalInterface
    public interface Enroller {
        void setUp(java.nio.file.Path file, String code, NewUser firstAdministrator);
    }

    public SetupViewModel(SetupService setup, DemoService demo, PlaceService places, TaskRunner runner,
                          Messages messages, Runnable onDone) {
        this.setup = setup;
        this.demo = demo;
        this.places = places;
        this.runner = runner;
        this.messages = messages;
        this.onDone = onDone;
        mode.addListener((o, a, b) -> loadChoices());
        codeList.addListener((o, a, b) -> loadChoices());
        placeFilter.addListener((o, a, b) -> filter());
        loadChoices();
    }

    private void loadChoices() {
        Mode m = mode.get();
        CodeList list = codeList.get();
        runner.run(() -> places.choices(m, list), choices -> {
            allChoices = choices;
            filter();
        }, this::fail);
    }

    private void filter() {
        String q = SearchText.normalize(placeFilter.get());
        Place selected = place.get();
        placeChoices.setAll(allChoices.stream()
                .filter(p -> q.isEmpty() || SearchText.matchesWords(SearchText.normalize(p.label()), q)
                        || p.code().startsWith(q))
                .toList());
        place.set(placeChoices.contains(selected) ? selected : null);
    }

    /** Sets the installation up; on success the window moves on to the main screen. */
    public void start() {
        error.set("");
        if (place.get() == null) {
            error.set(messages.get(mode.get() == Mode.STATION ? "setup.error.chooseStation" : "setup.error.chooseCentre"));
            return;
        }
        NewUser user = firstAdministrator();
        if (user == null) {
            return;
        }
        Mode m = mode.get();
        Place p = place.get();
        busy.set(true);
        runner.run(() -> setup.setUp(m, p.codeList(), p.code(), user), done -> {
            busy.set(false);
            onDone.run();
        }, this::fail);
    }

    /**
     * The first administrator as typed (full name, login name, password twice), or null with the
     * sentence saying what to fix.
     */
    private NewUser firstAdministrator() {
        if (SearchText.clean(userName.get()).length() < 2) {
            error.set(messages.get("setup.error.userRequired"));
            return null;
        }
        if (loginName.get() == null || loginName.get().isBlank()) {
            error.set(messages.get("setup.error.loginRequired"));
            return null;
        }
        vn.tramyte.common.UserError refused = vn.tramyte.security.Passwords.refusal(password.get(),
                passwordAgain.get());
        if (refused != null) {
            error.set(refused.describe(messages));
            return null;
        }
        return new NewUser(userName.get(), loginName.get(), Role.ADMINISTRATOR, password.get().toCharArray());
    }

    /**
     * Fills this empty data folder with the demo (Than Uyên centre, or its Mường Kim station) and
     * opens it; meanwhile the progress says which station is being made and how far it has come.
     */
    public void openDemo(boolean station) {
        error.set("");
        busy.set(true);
        demoBuilding.set(true);
        demoProgress.set(0);
        demoProgressText.set(messages.get("setup.demo.progress.starting"));
        DemoProgress progress = (step, item, total, fraction) -> runner.onUiThread(() -> {
            demoProgress.set(fraction);
            demoProgressText.set(messages.format(progressKey(step), item, total));
        });
        runner.run(() -> demo.create(station ? DemoService.STATION_DEMO : null, progress), done -> {
            demoProgress.set(1);
            busy.set(false);
            demoBuilding.set(false);
            onDone.run();
        }, this::fail);
    }

    private static String progressKey(DemoProgress.Step step) {
        return switch (step) {
            case MAKING -> "setup.demo.progress.making";
            case SAVING -> "setup.demo.progress.saving";
            case PACKAGES -> "setup.demo.progress.packages";
            case ENROLMENT -> "setup.demo.progress.enrolment";
        };
    }

    /** Offers "set up from an enrolment file + code" (wired by the shell to the sync service). */
    public void enrolWith(Enroller enroller) {
        this.enroller = enroller;
    }

    public boolean enrolmentOffered() {
        return enroller != null;
    }

    public javafx.beans.property.ObjectProperty<java.nio.file.Path> enrolmentFileProperty() {
        return enrolmentFile;
    }

    public StringProperty enrolmentCodeProperty() {
        return enrolmentCode;
    }

    public void startFromEnrolment() {
        error.set("");
        if (enrolmentFile.get() == null) {
            error.set(messages.get("setup.enrolment.fileRequired"));
            return;
        }
        if (enrolmentCode.get() == null || enrolmentCode.get().replaceAll("[^0-9]", "").length() != 16) {
            error.set(messages.get("setup.enrolment.codeRequired"));
            return;
        }
        java.nio.file.Path file = enrolmentFile.get();
        String code = enrolmentCode.get();
        busy.set(true);
        runner.run(() -> {
            // the first administrator is made on the next screen, as for a data folder of an earlier version
            enroller.setUp(file, code, null);
            return Boolean.TRUE;
        }, done -> {
            busy.set(false);
            onDone.run();
        }, this::fail);
    }

    private void fail(Throwable e) {
        busy.set(false);
        demoBuilding.set(false);
        error.set(e instanceof UserError u ? u.describe(messages)
                : messages.describe(e));
    }

    public BooleanBinding canStart() {
        return Bindings.createBooleanBinding(() -> !busy.get(), busy);
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObjectProperty<CodeList> codeListProperty() {
        return codeList;
    }

    public StringProperty placeFilterProperty() {
        return placeFilter;
    }

    public ObservableList<Place> placeChoices() {
        return placeChoices;
    }

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty loginNameProperty() {
        return loginName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Whether the demo is being built (the demo card shows its progress instead of its buttons). */
    public BooleanProperty demoBuildingProperty() {
        return demoBuilding;
    }

    /** How far the demo has come, from 0 to 1. */
    public javafx.beans.property.DoubleProperty demoProgressProperty() {
        return demoProgress;
    }

    /** What the demo is doing now, e.g. "Đang lưu dữ liệu mẫu: trạm 3/12". */
    public StringProperty demoProgressTextProperty() {
        return demoProgressText;
    }
}
