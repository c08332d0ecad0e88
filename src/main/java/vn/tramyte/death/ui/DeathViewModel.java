package vn.tramyte.death.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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
import vn.tramyte.death.CauseGroup;
import vn.tramyte.death.DeathDraft;
import vn.tramyte.death.DeathPlace;
import vn.tramyte.death.DeathRow;
import vn.tramyte.death.DeathService;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonService;
import vn.tramyte.person.Sex;
import vn.tramyte.place.PlaceService;
import vn.tramyte.place.Village;
import vn.tramyte.place.ui.CommuneFilter;

/**
 * The page "Tử vong": the death form (registered person or not), the computed classes, the
 * register (at a centre of one commune or all of them).
 */
public final class DeathViewModel {
    private final DeathService deaths;
    private final PersonService people;
    private final PlaceService places;
    private final TaskRunner runner;
    private final Messages m;
    private final String user;
    private final boolean canEdit;
    private final Runnable onPeopleChanged;
    private final CommuneFilter communes;

    private List<PersonRow> everyone = List.of();
    public final StringProperty query = new SimpleStringProperty("");
    public final ObservableList<PersonRow> found = FXCollections.observableArrayList();
    public final ObjectProperty<PersonRow> person = new SimpleObjectProperty<>();
    public final BooleanProperty unregistered = new SimpleBooleanProperty(false);
    public final StringProperty fullName = new SimpleStringProperty("");
    public final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    public final StringProperty ageYears = new SimpleStringProperty("");
    public final ObservableList<Village> villages = FXCollections.observableArrayList();
    public final ObjectProperty<Village> village = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> deathDate = new SimpleObjectProperty<>();
    public final ObjectProperty<DeathPlace> place = new SimpleObjectProperty<>();
    public final ObjectProperty<CauseGroup> causeGroup = new SimpleObjectProperty<>();
    public final StringProperty causeText = new SimpleStringProperty("");
    /** Yes / no / not answered: the maternal question. */
    public final ObjectProperty<Boolean> pregnancyRelated = new SimpleObjectProperty<>();
    public final BooleanProperty asksPregnancyQuestion = new SimpleBooleanProperty(false);
    public final StringProperty classification = new SimpleStringProperty("");
    public final ObjectProperty<DeathRow> editing = new SimpleObjectProperty<>();

    public final ObjectProperty<LocalDate> periodFrom = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> periodTo = new SimpleObjectProperty<>();
    public final ObservableList<DeathRow> register = FXCollections.observableArrayList();
    public final StringProperty message = new SimpleStringProperty("");
    public final StringProperty error = new SimpleStringProperty("");

    public DeathViewModel(DeathService deaths, PersonService people, PlaceService places, TaskRunner runner,
                          Messages messages, String user, boolean canEdit, Runnable onPeopleChanged) {
        this.deaths = deaths;
        this.people = people;
        this.places = places;
        this.runner = runner;
        this.m = messages;
        this.user = user;
        this.canEdit = canEdit;
        this.onPeopleChanged = onPeopleChanged;
        this.communes = new CommuneFilter(places, runner, messages, this::fail);
        communes.onChange(this::refreshRegister);
        LocalDate today = deaths.today();
        periodFrom.set(today.withDayOfYear(1));
        periodTo.set(today);
        deathDate.set(today);
        query.addListener((o, a, b) -> filter());
        for (var p : List.of(person, sex, birthDate, deathDate, causeGroup, pregnancyRelated)) {
            p.addListener((o, a, b) -> preview());
        }
        unregistered.addListener((o, a, b) -> preview());
        ageYears.addListener((o, a, b) -> preview());
    }

    public boolean canEdit() {
        return canEdit;
    }

    /** The commune choice of the register (shown at a centre). */
    public CommuneFilter communes() {
        return communes;
    }

    public void refresh() {
        communes.refresh();
        runner.run(people::all, rows -> {
            everyone = rows;
            filter();
        }, this::fail);
        runner.run(places::ownVillages, villages::setAll, this::fail);
        refreshRegister();
    }

    public void refreshRegister() {
        LocalDate from = periodFrom.get();
        LocalDate to = periodTo.get();
        String commune = communes.chosen();
        runner.run(() -> deaths.register(from, to, commune), register::setAll, this::fail);
    }

    private void filter() {
        String q = SearchText.normalize(query.get() == null ? "" : query.get());
        List<PersonRow> rows = everyone.stream().filter(PersonRow::alive)
                .filter(r -> q.isEmpty() || SearchText.matchesWords(r.searchName(), q)).limit(200).toList();
        found.setAll(rows);
        if (rows.size() == 1) {
            person.set(rows.get(0));
        }
    }

    private DeathDraft draft() {
        Integer age = null;
        String a = ageYears.get() == null ? "" : ageYears.get().trim();
        if (!a.isEmpty()) {
            try {
                age = Integer.valueOf(a);
            } catch (NumberFormatException e) {
                age = -1;
            }
        }
        DeathRow e = editing.get();
        java.util.UUID id = e == null ? null : e.death().id();
        if (unregistered.get()) {
            return new DeathDraft(id, null, fullName.get(), sex.get(), birthDate.get(), false,
                    birthDate.get() == null ? age : null, null, village.get() == null ? null : village.get().id(),
                    deathDate.get(), place.get(), causeGroup.get(), causeText.get(), pregnancyRelated.get());
        }
        PersonRow p = person.get();
        return new DeathDraft(id, p == null ? null : p.id(), null, null, null, false, null, null, null,
                deathDate.get(), place.get(), causeGroup.get(), causeText.get(), pregnancyRelated.get());
    }

    /** Recomputes the classes and whether the maternal question is asked, as the form changes. */
    public void preview() {
        DeathDraft d = draft();
        if (!unregistered.get() && d.personId() == null) {
            classification.set("");
            asksPregnancyQuestion.set(false);
            return;
        }
        runner.run(() -> deaths.preview(d), p -> {
            asksPregnancyQuestion.set(p.asksPregnancyQuestion());
            if (p.pregnancyOnRecord() && pregnancyRelated.get() == null) {
                // her records show her pregnant: the question is answered for the worker, who may change it
                pregnancyRelated.set(Boolean.TRUE);
                return;
            }
            String classes = p.classification().classes().stream().map(c -> m.get(c.messageKey()))
                    .collect(Collectors.joining("; "));
            classification.set(classes.isEmpty() ? m.get("death.form.noClass")
                    : m.format("death.form.classes", classes));
        }, this::fail);
    }

    public void save() {
        error.set("");
        message.set("");
        if (!unregistered.get() && person.get() == null) {
            error.set(m.get("death.form.choosePerson"));
            return;
        }
        DeathDraft d = draft();
        if (!asksPregnancyQuestion.get() && Boolean.TRUE.equals(d.pregnancyRelated())) {
            pregnancyRelated.set(null);
            d = draft();
        }
        DeathDraft toSave = d;
        String name = unregistered.get() ? fullName.get() : person.get().fullName();
        runner.run(() -> deaths.save(user, toSave), id -> {
            message.set(m.format("death.saved", name));
            clearForm();
            refresh();
            onPeopleChanged.run();
        }, this::fail);
    }

    /** Puts a recorded death into the form for a correction. */
    public void edit(DeathRow row) {
        if (row == null) {
            return;
        }
        DeathDraft d = row.death().draft();
        editing.set(row);
        unregistered.set(!row.registered());
        if (row.registered()) {
            person.set(everyone.stream().filter(p -> p.id().equals(d.personId())).findFirst().orElse(null));
        } else {
            fullName.set(d.fullName());
            sex.set(d.sex());
            birthDate.set(d.birthDate());
            ageYears.set(d.ageYears() == null ? "" : String.valueOf(d.ageYears()));
            village.set(villages.stream().filter(v -> v.id().equals(d.villageId())).findFirst().orElse(null));
        }
        deathDate.set(d.deathDate());
        place.set(d.place());
        causeGroup.set(d.causeGroup());
        causeText.set(d.causeText() == null ? "" : d.causeText());
        pregnancyRelated.set(d.pregnancyRelated());
    }

    public void remove(DeathRow row) {
        if (row == null) {
            return;
        }
        runner.run(() -> {
            deaths.remove(user, row.death().id());
            return row;
        }, r -> {
            message.set(m.format("death.removed", r.fullName()));
            clearForm();
            refresh();
            onPeopleChanged.run();
        }, this::fail);
    }

    public void clearForm() {
        editing.set(null);
        person.set(null);
        query.set("");
        fullName.set("");
        sex.set(null);
        birthDate.set(null);
        ageYears.set("");
        village.set(null);
        place.set(null);
        causeGroup.set(null);
        causeText.set("");
        pregnancyRelated.set(null);
        classification.set("");
    }

    /** Writes the death register of the period, as the table shows it, to a PDF. */
    public void exportPdf(java.nio.file.Path file, vn.tramyte.common.ui.Forms.TableText table) {
        error.set("");
        String subtitle = m.format("antenatal.register.period", vn.tramyte.common.ui.Forms.show(periodFrom.get()),
                vn.tramyte.common.ui.Forms.show(periodTo.get()));
        vn.tramyte.common.ListPdf.Heading heading = new vn.tramyte.common.ListPdf.Heading(communes.placeLine(),
                m.get("death.register.title"), List.of(subtitle), deaths.today());
        runner.run(() -> {
            vn.tramyte.common.RegisterTablePdf.write(m, file, heading, table.headers(), table.widths(), table.rows());
            return file;
        }, f -> message.set(m.format("antenatal.register.pdfSaved", f.toString())), this::fail);
    }

    private void fail(Throwable e) {
        error.set(e instanceof UserError u ? u.describe(m)
                : m.describe(e));
    }
}
