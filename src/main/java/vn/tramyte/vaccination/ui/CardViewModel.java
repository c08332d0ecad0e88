package vn.tramyte.vaccination.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.tramyte.common.DateText;
import vn.tramyte.common.Messages;
import vn.tramyte.common.SearchText;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.UserError;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonSearch;
import vn.tramyte.person.PersonService;
import vn.tramyte.person.Sex;
import vn.tramyte.vaccination.CardEntry;
import vn.tramyte.vaccination.ChildCard;
import vn.tramyte.vaccination.DosePlace;
import vn.tramyte.vaccination.GivenDose;
import vn.tramyte.vaccination.RecordResult;
import vn.tramyte.vaccination.StoredDose;
import vn.tramyte.vaccination.Target;
import vn.tramyte.vaccination.TetanusProtection;
import vn.tramyte.vaccination.VaccinationService;
import vn.tramyte.vaccination.Vaccine;

/**
 * The card tab of the vaccination page: find a person as you type, the child's card (or a woman's
 * tetanus doses), and the doses given the same day recorded in one step.
 */
public final class CardViewModel {
    private final VaccinationService vax;
    private final PersonService people;
    private final TaskRunner runner;
    private final Messages m;
    private final VaccineText text;
    private final String user;
    private final boolean canEdit;
    private final Consumer<Throwable> fail;
    private final Runnable afterSave;

    private final ObservableList<PersonRow> all = FXCollections.observableArrayList();
    private final FilteredList<PersonRow> matches = new FilteredList<>(all, p -> false);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<PersonRow> person = new SimpleObjectProperty<>();
    private final ObservableList<CardLine> card = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper personSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fullImmunization = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cardPlaceholder = new ReadOnlyStringWrapper();
    private final ObservableList<String> history = FXCollections.observableArrayList();

    private final ObservableList<DoseChoice> choices = FXCollections.observableArrayList();
    private final ObservableList<Vaccine> otherVaccines = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> doseDate = new SimpleObjectProperty<>();
    private final ObjectProperty<DosePlace> place = new SimpleObjectProperty<>(DosePlace.STATION);
    private final StringProperty lot = new SimpleStringProperty("");
    private final BooleanProperty paperCard = new SimpleBooleanProperty(false);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper savedMessage = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /** {@code afterSave} refreshes the page's other lists once doses are recorded. */
    CardViewModel(VaccinationService vax, PersonService people, TaskRunner runner, Messages messages, String user,
                  boolean canEdit, Consumer<Throwable> fail, Runnable afterSave) {
        cardPlaceholder.set(messages.get("vaccination.ui.noCard"));
        this.vax = vax;
        this.people = people;
        this.runner = runner;
        this.m = messages;
        this.text = new VaccineText(vax, messages);
        this.user = user;
        this.canEdit = canEdit;
        this.fail = fail;
        this.afterSave = afterSave;
        doseDate.set(vax.today());
        search.addListener((o, a, b) -> applySearch());
        person.addListener((o, a, b) -> showPerson());
        doseDate.addListener((o, a, b) -> refreshChoices());
    }

    /** Reads the people to search. */
    void refresh() {
        runner.run(people::all, rows -> {
            all.setAll(rows);
            applySearch();
        }, fail);
    }

    private void applySearch() {
        String q = search.get();
        Predicate<PersonRow> found = PersonSearch.of(q);
        matches.setPredicate(SearchText.normalize(q).isEmpty() ? p -> false : p -> p.alive() && found.test(p));
    }

    /** One line of the search results: name, birth date, village, mother. */
    public String personText(PersonRow p) {
        StringBuilder b = new StringBuilder(p.fullName()).append(" · ")
                .append(DateText.show(p.birthDate(), p.birthYearOnly()));
        if (p.villageName() != null) {
            b.append(" · ").append(p.villageName());
        }
        if (p.motherName() != null) {
            b.append(" · ").append(m.format("vaccination.ui.motherOf", p.motherName()));
        }
        return b.toString();
    }

    public void choose(PersonRow p) {
        person.set(p);
    }

    private boolean isChild(PersonRow p) {
        return vax.isChild(p, vax.today());
    }

    private void showPerson() {
        PersonRow p = person.get();
        problems.clear();
        warnings.clear();
        savedMessage.set("");
        paperCard.set(false);
        lot.set("");
        doseDate.set(vax.today());
        // an adult has no child's card: the empty table says so instead of "choose a child"
        cardPlaceholder.set(m.get(p == null || isChild(p) ? "vaccination.ui.noCard" : "vaccination.ui.noCardAdult"));
        if (p == null) {
            personSummary.set("");
            card.clear();
            history.clear();
            fullImmunization.set("");
            choices.clear();
            otherVaccines.clear();
            return;
        }
        personSummary.set(personText(p));
        Target target = isChild(p) ? Target.CHILD : Target.WOMAN;
        otherVaccines.setAll(vax.catalogue().forTarget(target));
        refreshCard();
    }

    /** The card, read in the background at once: the doses, and the child's card or the woman's tetanus. */
    private record CardData(List<StoredDose> doses, ChildCard child, VaccinationService.WomanTetanus woman) {
    }

    private void refreshCard() {
        PersonRow p = person.get();
        if (p == null) {
            return;
        }
        LocalDate today = vax.today();
        boolean child = isChild(p);
        runner.run(() -> new CardData(vax.doses(p.id()), child ? vax.card(p, today) : null,
                child || p.sex() != Sex.FEMALE ? null : vax.tetanusOn(p, today)), data -> {
            history.setAll(data.doses().stream().map(text::history).toList());
            if (data.child() != null) {
                card.setAll(data.child().entries().stream().map(text::line).toList());
                fullImmunization.set(text.fullImmunization(data.child().fullImmunization()));
            } else if (data.woman() == null) {
                card.clear(); // a man past childhood: no schedule, his doses are only recorded
                fullImmunization.set(m.get("vaccination.ui.adultManNoSchedule"));
            } else {
                card.clear();
                TetanusProtection prot = data.woman().protection();
                String next = data.woman().nextDose().map(v -> m.format("vaccination.ui.nextTetanus",
                        v.name(m.language()), DateText.show(data.woman().nextDoseFrom(), false))).orElse("");
                fullImmunization.set(m.format(prot.messageKey(), prot.messageArgs()) + (next.isEmpty() ? "" : ". " + next));
            }
            refreshChoices();
        }, fail);
    }

    /** The doses to tick for the chosen date: those due or overdue then (for a woman, her next TT dose). */
    private void refreshChoices() {
        PersonRow p = person.get();
        LocalDate d = doseDate.get();
        if (p == null || d == null) {
            choices.clear();
            return;
        }
        runner.run(() -> {
            List<DoseChoice> list = new ArrayList<>();
            if (isChild(p)) {
                for (CardEntry e : vax.card(p, d).dueOrOverdue()) {
                    list.add(new DoseChoice(e.vaccine(), m.format("vaccination.ui.choice",
                            e.vaccine().name(m.language()), m.get(e.due().cardStatus().messageKey()))));
                }
            } else if (p.sex() == Sex.FEMALE) {
                vax.tetanus(p.id()).nextDose(d).ifPresent(v -> list.add(new DoseChoice(v,
                        m.format("vaccination.ui.choice", v.name(m.language()),
                                m.get("vaccination.ui.nextDose")))));
            }
            return list;
        }, choices::setAll, fail);
    }

    /** Adds a dose that is not due (a catch-up, or a dose copied from the paper card), ticked. */
    public void addOther(Vaccine v) {
        if (v == null) {
            return;
        }
        for (DoseChoice c : choices) {
            if (c.vaccine().code().equals(v.code())) {
                c.selectedProperty().set(true);
                return;
            }
        }
        DoseChoice c = new DoseChoice(v, m.format("vaccination.ui.choice", v.name(m.language()),
                m.get("vaccination.ui.added")));
        c.selectedProperty().set(true);
        choices.add(c);
    }

    /** Records the ticked doses in one step; refusals come back as sentences and nothing is saved. */
    public void save() {
        PersonRow p = person.get();
        problems.clear();
        warnings.clear();
        savedMessage.set("");
        if (p == null) {
            problems.add(m.get("vaccination.ui.chooseFirst"));
            return;
        }
        if (doseDate.get() == null) {
            problems.add(m.get("vaccination.ui.dateRequired"));
            return;
        }
        List<GivenDose> doses = choices.stream().filter(c -> c.selectedProperty().get())
                .map(c -> new GivenDose(c.vaccine().code(), doseDate.get(), place.get(), lot.get(), paperCard.get()))
                .toList();
        if (doses.isEmpty()) {
            problems.add(m.get("vaccination.error.noDose"));
            return;
        }
        busy.set(true);
        runner.run(() -> vax.record(user, p.id(), doses), (RecordResult r) -> {
            busy.set(false);
            savedMessage.set(m.format("vaccination.ui.saved", r.doses().size(),
                    r.doses().stream().map(d -> text.vaccineName(d.vaccineCode())).collect(Collectors.joining(", ")),
                    DateText.show(doseDate.get(), false)));
            r.warnings().forEach(w -> warnings.add(text.sentence(w)));
            refreshCard();
            afterSave.run();
        }, e -> {
            busy.set(false);
            if (e instanceof UserError u) {
                u.problems().forEach(pr -> problems.add(text.sentence(pr)));
            } else {
                fail.accept(e);
            }
        });
    }

    // ---- properties

    public boolean canEdit() {
        return canEdit;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<PersonRow> matches() {
        return matches;
    }

    public ObjectProperty<PersonRow> personProperty() {
        return person;
    }

    public ObservableList<CardLine> card() {
        return card;
    }

    public ObservableList<String> history() {
        return history;
    }

    public ReadOnlyStringProperty personSummaryProperty() {
        return personSummary.getReadOnlyProperty();
    }

    /** What the empty card table says: choose a child, or that an adult has no child's card. */
    public ReadOnlyStringProperty cardPlaceholderProperty() {
        return cardPlaceholder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty fullImmunizationProperty() {
        return fullImmunization.getReadOnlyProperty();
    }

    public ObservableList<DoseChoice> choices() {
        return choices;
    }

    public ObservableList<Vaccine> otherVaccines() {
        return otherVaccines;
    }

    public ObjectProperty<LocalDate> doseDateProperty() {
        return doseDate;
    }

    public ObjectProperty<DosePlace> placeProperty() {
        return place;
    }

    public StringProperty lotProperty() {
        return lot;
    }

    public BooleanProperty paperCardProperty() {
        return paperCard;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ReadOnlyStringProperty savedMessageProperty() {
        return savedMessage.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
