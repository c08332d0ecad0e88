package vn.tramyte.sync.ui;

import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import vn.tramyte.common.DateText;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.UserError;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonService;
import vn.tramyte.sync.StationSyncStatus;
import vn.tramyte.sync.SyncService;

/**
 * The transfer tab of a centre's sync page: a person who moved (and the children recorded with
 * her as their mother) goes to the station of the commune she now lives in.
 */
public final class TransferViewModel {
    private final SyncService sync;
    private final PersonService people;
    private final TaskRunner runner;
    private final Messages m;
    private final ObservableList<StationSyncStatus> stations;
    private final BooleanProperty busy;
    private final Function<String, String> stationLabel;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<PersonRow> found = FXCollections.observableArrayList();
    private final ObjectProperty<PersonRow> person = new SimpleObjectProperty<>();
    private final ObservableList<PersonRow> children = FXCollections.observableArrayList();
    private final ObservableList<StationSyncStatus> targets = FXCollections.observableArrayList();
    private final ObjectProperty<StationSyncStatus> target = new SimpleObjectProperty<>();
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private Runnable peopleMoved = () -> { };

    /** {@code stations} are the page's stations (the targets follow them); {@code busy} is the page's. */
    TransferViewModel(SyncService sync, PersonService people, TaskRunner runner, Messages messages,
                      ObservableList<StationSyncStatus> stations, BooleanProperty busy,
                      Function<String, String> stationLabel) {
        this.sync = sync;
        this.people = people;
        this.runner = runner;
        this.m = messages;
        this.stations = stations;
        this.busy = busy;
        this.stationLabel = stationLabel;
        person.addListener((o, was, now) -> personChosen(now));
        target.addListener((o, was, now) -> confirmationChanged());
        stations.addListener((ListChangeListener<StationSyncStatus>) c -> targetsChanged());
    }

    /** Called after a person moved (the other pages show people's stations). */
    void onPeopleMoved(Runnable action) {
        this.peopleMoved = action;
    }

    public void searchPeople() {
        String q = query.get() == null ? "" : query.get().trim();
        if (q.isEmpty()) {
            found.clear();
            return;
        }
        runner.run(() -> people.search(q), rows -> {
            person.set(null);
            found.setAll(rows);
        }, this::fail);
    }

    private void personChosen(PersonRow chosen) {
        children.clear();
        result.set("");
        failed.set(false);
        targetsChanged();
        if (chosen == null) {
            confirmationChanged();
            return;
        }
        runner.run(() -> people.all().stream().filter(r -> chosen.id().equals(r.motherId())).toList(), rows -> {
            if (Objects.equals(person.get(), chosen)) {
                children.setAll(rows);
                confirmationChanged();
            }
        }, this::fail);
    }

    private void targetsChanged() {
        PersonRow p = person.get();
        StationSyncStatus chosen = target.get();
        targets.setAll(stations.stream().filter(StationSyncStatus::enrolled)
                .filter(s -> p == null || !s.stationCode().equals(p.stationCode())).toList());
        target.set(chosen == null ? null : targets.stream()
                .filter(s -> s.stationCode().equals(chosen.stationCode())).findFirst().orElse(null));
        confirmationChanged();
    }

    private void confirmationChanged() {
        PersonRow p = person.get();
        StationSyncStatus t = target.get();
        if (p == null || t == null) {
            confirmation.set("");
            return;
        }
        String sentence = m.format("sync.transfer.confirm", p.fullName(),
                DateText.show(p.birthDate(), p.birthYearOnly()), stationLabel.apply(p.stationCode()),
                stationLabel.apply(t.stationCode()));
        if (!children.isEmpty()) {
            sentence += " " + m.format("sync.transfer.withChildren", children.size(),
                    children.stream().map(PersonRow::fullName).collect(Collectors.joining(", ")));
        }
        confirmation.set(sentence + " " + m.get("sync.transfer.howItTravels"));
    }

    /** Moves the chosen person (and her children) to the chosen station; the service's refusal is shown as it is. */
    public void transfer() {
        PersonRow p = person.get();
        StationSyncStatus t = target.get();
        if (p == null || t == null) {
            return;
        }
        int moving = children.size();
        busy.set(true);
        failed.set(false);
        result.set("");
        runner.run(() -> {
            sync.transfer(p.id(), t.stationCode());
            // the person and the children who went with her, as they are now
            return people.all().stream()
                    .filter(r -> r.id().equals(p.id()) || p.id().equals(r.motherId())).toList();
        }, rows -> {
            busy.set(false);
            found.setAll(rows);
            person.set(null);
            target.set(null);
            result.set(moving == 0
                    ? m.format("sync.transfer.done", p.fullName(), stationLabel.apply(t.stationCode()))
                    : m.format("sync.transfer.doneWithChildren", p.fullName(), moving,
                        stationLabel.apply(t.stationCode())));
            failed.set(false);
            peopleMoved.run();
        }, this::fail);
    }

    private void fail(Throwable t) {
        busy.set(false);
        failed.set(true);
        result.set(t instanceof UserError u ? u.describe(m) : m.describe(t));
    }

    // ---- properties

    public StringProperty transferQueryProperty() {
        return query;
    }

    /** People whose name (or birth year, id number, phone) matches the query. */
    public ObservableList<PersonRow> found() {
        return found;
    }

    public ObjectProperty<PersonRow> transferPersonProperty() {
        return person;
    }

    /** The children recorded with the chosen person as their mother: they move with her. */
    public ObservableList<PersonRow> transferChildren() {
        return children;
    }

    /** The stations a person can move to: this centre's enrolled stations except the person's own. */
    public ObservableList<StationSyncStatus> transferTargets() {
        return targets;
    }

    public ObjectProperty<StationSyncStatus> transferTargetProperty() {
        return target;
    }

    /** What the move will do, in a sentence, once a person and a station are chosen. */
    public ReadOnlyStringProperty transferConfirmationProperty() {
        return confirmation;
    }

    public ReadOnlyStringProperty transferResultProperty() {
        return result;
    }

    public BooleanProperty transferFailedProperty() {
        return failed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** "03637 Mường Kim" for a station code. */
    public String stationLabel(String code) {
        return stationLabel.apply(code);
    }
}
