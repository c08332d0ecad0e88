package vn.tramyte.person.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Problem;
import vn.tramyte.common.SearchText;
import vn.tramyte.common.UserError;
import vn.tramyte.common.DateText;
import vn.tramyte.person.EthnicGroup;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonService;
import vn.tramyte.person.Sex;
import vn.tramyte.place.PlaceService;
import vn.tramyte.place.Village;

/**
 * Adding or editing one person: holds what is typed, checks what it can at once, and
 * saves through the service, which has the last word. Problems come back as sentences.
 */
public final class PersonEditorViewModel {
    private final PersonService people;
    private final PlaceService places;
    private final String user;
    private final TaskRunner runner;
    private final Messages messages;
    private final List<PersonRow> register;
    private final PersonRow editing;
    private final LocalDate today;
    private final Runnable onSaved;

    private final StringProperty fullName = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final ObjectProperty<EthnicGroup> ethnicity = new SimpleObjectProperty<>();
    private final StringProperty village = new SimpleStringProperty("");
    private final ObjectProperty<PersonRow> mother = new SimpleObjectProperty<>();
    private final StringProperty personalId = new SimpleStringProperty("");
    private final StringProperty insuranceNo = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObservableList<Village> villages = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableSet<String> badFields = FXCollections.observableSet(new HashSet<>());
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<String> duplicates = FXCollections.observableArrayList();
    private boolean duplicatesShown;

    PersonEditorViewModel(PersonService people, PlaceService places, String user, TaskRunner runner, Messages messages,
                          List<PersonRow> register, PersonRow editing, LocalDate today, Runnable onSaved) {
        this.people = people;
        this.places = places;
        this.user = user;
        this.runner = runner;
        this.messages = messages;
        this.register = register;
        this.editing = editing;
        this.today = today;
        this.onSaved = onSaved;
        if (editing != null) {
            fill(editing);
        }
        runner.run(places::ownVillages, villages::setAll, e -> problems.setAll(messages.describe(e)));
        // a change of what identifies the person asks the duplicate question again
        fullName.addListener((o, a, b) -> forgetDuplicates());
        birthDate.addListener((o, a, b) -> forgetDuplicates());
        personalId.addListener((o, a, b) -> forgetDuplicates());
    }

    private void forgetDuplicates() {
        duplicatesShown = false;
        duplicates.clear();
    }

    /**
     * People already in the register who may be this new person (same name born within a few
     * days, or the same personal id), shown before the first save; saving again saves anyway.
     */
    public ObservableList<String> duplicates() {
        return duplicates;
    }

    private void fill(PersonRow r) {
        fullName.set(r.fullName());
        sex.set(r.sex());
        birthDate.set(DateText.show(r.birthDate(), r.birthYearOnly()));
        ethnicity.set(r.ethnicityCode() == null ? null
                : people.ethnicGroups().byCode(EthnicGroup.LIST_1979, r.ethnicityCode()).orElse(null));
        village.set(r.villageName() == null ? "" : r.villageName());
        personalId.set(r.personalId() == null ? "" : r.personalId());
        insuranceNo.set(r.insuranceNo() == null ? "" : r.insuranceNo());
        phone.set(r.phone() == null ? "" : r.phone());
        if (r.motherId() != null) {
            row(r.motherId()).ifPresent(mother::set);
        }
    }

    private Optional<PersonRow> row(UUID id) {
        return register.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public boolean isNew() {
        return editing == null;
    }

    /** Women of the register whose name matches, to pick a mother from. */
    public List<PersonRow> motherSuggestions(String text) {
        String q = SearchText.normalize(text);
        if (q.isEmpty()) {
            return List.of();
        }
        return register.stream()
                .filter(p -> p.sex() == Sex.FEMALE && (editing == null || !p.id().equals(editing.id())))
                .filter(p -> p.birthDate() != null && p.birthDate().isBefore(today.minusYears(10)))
                .filter(p -> SearchText.matchesWords(p.searchName(), q))
                .limit(20)
                .toList();
    }

    public String motherLabel(PersonRow p) {
        String v = p.villageName() == null ? "" : " – " + p.villageName();
        return p.fullName() + " (" + DateText.show(p.birthDate(), p.birthYearOnly()) + ")" + v;
    }

    /** Saves; on success calls onDone, on refusal fills {@link #problems()} and leaves the form open. */
    public void save(Runnable onDone) {
        problems.clear();
        badFields.clear();
        Optional<DateText.Parsed> parsed = DateText.parse(birthDate.get());
        if (!birthDate.get().isBlank() && parsed.isEmpty()) {
            show(List.of(Problem.of("birthDate", DateText.isImpossibleDay(birthDate.get())
                    ? "person.error.birthDateNotInCalendar" : "person.error.birthDateUnreadable", birthDate.get())));
            return;
        }
        String villageText = SearchText.clean(village.get());
        Optional<Village> known = villages.stream()
                .filter(v -> SearchText.normalize(v.name()).equals(SearchText.normalize(villageText))).findFirst();
        PersonDraft draft = new PersonDraft(editing == null ? null : editing.id(), fullName.get(), sex.get(),
                parsed.map(DateText.Parsed::date).orElse(null), parsed.map(DateText.Parsed::yearOnly).orElse(false),
                ethnicity.get() == null ? null : ethnicity.get().code(), known.map(Village::id).orElse(null),
                mother.get() == null ? null : mother.get().id(), personalId.get(), insuranceNo.get(), phone.get());
        String newVillage = known.isEmpty() && !villageText.isEmpty() ? villageText : null;
        busy.set(true);
        if (isNew() && !duplicatesShown) {
            runner.run(() -> people.possibleDuplicates(draft), found -> {
                if (found.isEmpty()) {
                    store(draft, newVillage, onDone);
                } else {
                    busy.set(false);
                    duplicatesShown = true;
                    duplicates.setAll(found.stream().map(this::duplicateLabel).toList());
                }
            }, e -> {
                busy.set(false);
                problems.setAll(messages.describe(e));
            });
            return;
        }
        store(draft, newVillage, onDone);
    }

    private String duplicateLabel(PersonRow p) {
        String label = motherLabel(p);
        return p.personalId() == null ? label : label + " – " + messages.format("person.duplicate.personalId",
                p.personalId());
    }

    private void store(PersonDraft draft, String newVillage, Runnable onDone) {
        busy.set(true);
        runner.run(() -> people.save(user, draft, newVillage), id -> {
            busy.set(false);
            onSaved.run();
            onDone.run();
        }, e -> {
            busy.set(false);
            if (e instanceof UserError u) {
                show(u.problems());
            } else {
                problems.setAll(messages.describe(e));
            }
        });
    }

    private void show(List<Problem> list) {
        for (Problem p : list) {
            problems.add(messages.format(p.key(), p.args()));
            if (p.field() != null) {
                badFields.add(p.field());
            }
        }
    }

    public List<EthnicGroup> ethnicGroups() {
        return people.ethnicGroups().all();
    }

    public String ethnicLabel(EthnicGroup g) {
        return g == null ? "" : g.code() + " – " + g.name(messages.language());
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public StringProperty birthDateProperty() {
        return birthDate;
    }

    public ObjectProperty<EthnicGroup> ethnicityProperty() {
        return ethnicity;
    }

    public StringProperty villageProperty() {
        return village;
    }

    public ObjectProperty<PersonRow> motherProperty() {
        return mother;
    }

    public StringProperty personalIdProperty() {
        return personalId;
    }

    public StringProperty insuranceNoProperty() {
        return insuranceNo;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObservableList<Village> villages() {
        return villages;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableSet<String> badFields() {
        return badFields;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
