package vn.tramyte.vaccination.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Problem;
import vn.tramyte.common.SearchText;
import vn.tramyte.common.UserError;
import vn.tramyte.common.DateText;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonSearch;
import vn.tramyte.person.PersonService;
import vn.tramyte.person.Sex;
import vn.tramyte.place.PlaceService;
import vn.tramyte.place.ui.CommuneFilter;
import vn.tramyte.vaccination.CardEntry;
import vn.tramyte.vaccination.CardStatus;
import vn.tramyte.vaccination.ChildCard;
import vn.tramyte.vaccination.DosePlace;
import vn.tramyte.vaccination.DueList;
import vn.tramyte.vaccination.DueListExport;
import vn.tramyte.vaccination.DueRow;
import vn.tramyte.vaccination.ExportFormat;
import vn.tramyte.vaccination.GivenDose;
import vn.tramyte.vaccination.RecordResult;
import vn.tramyte.vaccination.RegisterPdf;
import vn.tramyte.vaccination.RegisterRow;
import vn.tramyte.vaccination.RegisterTally;
import vn.tramyte.vaccination.StoredDose;
import vn.tramyte.vaccination.Target;
import vn.tramyte.vaccination.TetanusProtection;
import vn.tramyte.vaccination.TetanusStatus;
import vn.tramyte.vaccination.VaccinationService;
import vn.tramyte.vaccination.Vaccine;
import vn.tramyte.vaccination.VaccineTotal;

/**
 * The vaccination page: find a person as you type, the child's card (or a woman's tetanus
 * doses), record the doses given the same day in one step, the due list of a vaccination day,
 * the defaulters and register A2.1; at a centre these lists show one commune or all of them.
 */
public final class VaccinationViewModel {
    /** Stands for "every village" in the village choice. */
    public static final String ALL_VILLAGES = CommuneFilter.ALL;

    private final VaccinationService vax;
    private final PersonService people;
    private final PlaceService places;
    private final TaskRunner runner;
    private final Messages m;
    private final String user;
    private final boolean canEdit;

    private final ObservableList<PersonRow> all = FXCollections.observableArrayList();
    private final FilteredList<PersonRow> matches = new FilteredList<>(all, p -> false);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<PersonRow> person = new SimpleObjectProperty<>();
    private final ObservableList<CardLine> card = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper personSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fullImmunization = new ReadOnlyStringWrapper("");
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

    private final CommuneFilter communes;
    private final ObjectProperty<LocalDate> dueDay = new SimpleObjectProperty<>();
    private final ObservableList<DueLine> dueLines = FXCollections.observableArrayList();
    private final ObservableList<DueLine> defaulterLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper dueTotals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper defaulterSummary = new ReadOnlyStringWrapper("");
    private volatile DueList lastDueList;

    private final ObjectProperty<Integer> registerYear = new SimpleObjectProperty<>();
    private final ObservableList<Integer> registerYears = FXCollections.observableArrayList();
    private final ObservableList<RegisterRow> register = FXCollections.observableArrayList();
    private final ObservableList<RegisterTally> registerTallies = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper registerSummary = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");

    public VaccinationViewModel(VaccinationService vax, PersonService people, PlaceService places, TaskRunner runner,
                                Messages messages, String user, boolean canEdit) {
        this.vax = vax;
        this.people = people;
        this.places = places;
        this.runner = runner;
        this.m = messages;
        this.user = user;
        this.canEdit = canEdit;
        this.communes = new CommuneFilter(places, runner, messages, this::fail);
        LocalDate today = vax.today();
        doseDate.set(today);
        dueDay.set(today);
        for (int y = today.getYear(); y >= today.getYear() - 5; y--) {
            registerYears.add(y);
        }
        registerYear.set(today.getYear() - 1);
        search.addListener((o, a, b) -> applySearch());
        person.addListener((o, a, b) -> showPerson());
        doseDate.addListener((o, a, b) -> refreshChoices());
        dueDay.addListener((o, a, b) -> refreshDueList());
        communes.onChange(() -> {
            refreshDueList();
            refreshRegister();
        });
        registerYear.addListener((o, a, b) -> refreshRegister());
    }

    public void refresh() {
        communes.refresh();
        runner.run(people::all, rows -> {
            all.setAll(rows);
            applySearch();
        }, this::fail);
        refreshDueList();
        refreshRegister();
    }

    // ---- search and the person's record

    private void applySearch() {
        String q = search.get();
        java.util.function.Predicate<vn.tramyte.person.PersonRow> found = PersonSearch.of(q);
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
                child ? null : vax.tetanusOn(p, today)), data -> {
            history.setAll(data.doses().stream().map(this::historyText).toList());
            if (data.child() != null) {
                card.setAll(data.child().entries().stream().map(this::line).toList());
                fullImmunization.set(fullImmunizationText(data.child().fullImmunization()));
            } else {
                card.clear();
                TetanusProtection prot = data.woman().protection();
                String next = data.woman().nextDose().map(v -> m.format("vaccination.ui.nextTetanus",
                        v.name(m.language()), DateText.show(data.woman().nextDoseFrom(), false))).orElse("");
                fullImmunization.set(m.format(prot.messageKey(), prot.messageArgs()) + (next.isEmpty() ? "" : ". " + next));
            }
            refreshChoices();
        }, this::fail);
    }

    private String historyText(StoredDose d) {
        GivenDose g = d.dose();
        String text = m.format("vaccination.ui.historyLine", DateText.show(g.date(), false), vaccineName(g.vaccineCode()),
                g.place() == null ? "" : m.get(g.place().messageKey()), g.lot() == null ? "" : g.lot());
        if (!d.recorded().isValid()) {
            text += " — " + sentence(d.recorded().verdict().describe(g.vaccineCode()));
        }
        return text;
    }

    private CardLine line(CardEntry e) {
        String date;
        String note = "";
        if (e.status() == CardStatus.GIVEN) {
            date = DateText.show(e.dose().date(), false);
        } else {
            date = e.dueDate() == null ? "" : m.format("vaccination.ui.dueOn", DateText.show(e.dueDate(), false));
            if (e.status() == CardStatus.INVALID) {
                note = sentence(e.dose().verdict().describe(e.vaccine().code()));
            }
        }
        String status = m.get(e.status().messageKey());
        if (e.status() == CardStatus.INVALID && e.due() != null && e.due().dueOrOverdue()) {
            status = status + " · " + m.get(e.due().cardStatus().messageKey());
        }
        return new CardLine(e.vaccine(), e.status(), e.vaccine().name(m.language()), status, date, note);
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
        }, choices::setAll, this::fail);
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
                    r.doses().stream().map(d -> vaccineName(d.vaccineCode())).collect(Collectors.joining(", ")),
                    DateText.show(doseDate.get(), false)));
            r.warnings().forEach(w -> warnings.add(sentence(w)));
            refreshCard();
            refreshDueList();
            refreshRegister();
        }, e -> {
            busy.set(false);
            if (e instanceof UserError u) {
                u.problems().forEach(pr -> problems.add(sentence(pr)));
            } else {
                fail(e);
            }
        });
    }

    // ---- due list, defaulters

    public void refreshDueList() {
        LocalDate d = dueDay.get();
        if (d == null) {
            return;
        }
        Set<String> chosen = communes.chosenVillages();
        String commune = communes.chosen();
        runner.run(() -> vax.computeDueList(d, commune, chosen), list -> {
            lastDueList = list;
            dueLines.setAll(grouped(list.rows()));
            List<DueRow> late = list.defaulters(vax.settings().defaulterWeeks());
            defaulterLines.setAll(grouped(late));
            dueTotals.set(totalsText(list.totals()));
            defaulterSummary.set(m.format("vaccination.ui.defaulterSummary", late.stream()
                    .map(r -> r.child().id()).distinct().count(), vax.settings().defaulterWeeks()));
        }, this::fail);
    }

    private String village(DueRow r) {
        return Objects.toString(r.child().village(), m.get("vaccination.noVillage"));
    }

    /** The commune shown beside a line: at a centre only (a station's list is its own). */
    private String commune(DueRow r) {
        return communes.centre() ? r.child().commune() : null;
    }

    /** The group a due row is shown under: its village (of its commune at a centre). */
    private List<String> group(DueRow r) {
        return java.util.Arrays.asList(commune(r), village(r));
    }

    private List<DueLine> grouped(List<DueRow> rows) {
        List<DueLine> lines = new ArrayList<>();
        List<String> current = null;
        for (DueRow r : rows) {
            List<String> group = group(r);
            String village = village(r);
            if (!group.equals(current)) {
                long children = rows.stream().filter(x -> group(x).equals(group)).map(x -> x.child().id())
                        .distinct().count();
                lines.add(new DueLine(village, m.format("vaccination.ui.villageHeading", village, children), null,
                        commune(r)));
                current = group;
            }
            lines.add(new DueLine(village, null, r, commune(r)));
        }
        return lines;
    }

    private String totalsText(List<VaccineTotal> totals) {
        if (totals.isEmpty()) {
            return m.get("vaccination.ui.nothingDue");
        }
        return m.format("vaccination.ui.totals", totals.stream()
                .map(t -> m.format("vaccination.ui.total", t.vaccine().name(m.language()), t.total()))
                .collect(Collectors.joining(" · ")));
    }

    /** Writes the due list shown (the defaulters when {@code defaultersOnly}) to a file. */
    public void exportDueList(Path file, ExportFormat format, boolean defaultersOnly) {
        DueList list = lastDueList;
        if (list == null || file == null) {
            return;
        }
        List<DueRow> rows = defaultersOnly ? list.defaulters(vax.settings().defaulterWeeks()) : list.rows();
        String village = communes.villageProperty().get();
        String v = village == null || village.isEmpty() ? m.get("vaccination.allVillages") : village;
        DueListExport.Context context = new DueListExport.Context(communes.placeLine(), v, communes.centre(),
                vax.today());
        runner.run(() -> {
            new DueListExport(m).write(list, rows, context, format, file);
            return file;
        }, f -> info.set(m.format("vaccination.ui.exported", f.toString())), this::fail);
    }

    public String dueText(DueRow r) {
        return DateText.show(r.dueDate(), false);
    }

    public String statusText(DueRow r) {
        String s = m.get(r.status().cardStatus().messageKey());
        if (r.daysLate() > 0 && r.status() != vn.tramyte.vaccination.DueStatus.DUE) {
            s = LateText.of(m, s, r.dueDate(), r.daysLate());
        }
        return r.giveAgain() ? s + " · " + m.get("vaccination.ui.giveAgain") : s;
    }

    // ---- register A2.1

    public void refreshRegister() {
        Integer y = registerYear.get();
        if (y == null) {
            return;
        }
        String commune = communes.chosen();
        runner.run(() -> vax.register(y, commune), rows -> {
            register.setAll(rows);
            List<RegisterTally> tallies = RegisterTally.perCommune(rows);
            registerTallies.setAll(tallies);
            // a centre's figures are per commune: never one tally of several communes
            registerSummary.set(communes.centre() && !tallies.isEmpty() ? tallies.stream().map(t -> communes.name(t.stationCode()) + ": "
                    + m.format("vaccination.ui.registerSummary", t.children(), t.fullyImmunized()))
                    .collect(Collectors.joining(" · "))
                    : m.format("vaccination.ui.registerSummary", rows.size(),
                            rows.stream().filter(r -> r.fullImmunization().completed()).count()));
        }, this::fail);
    }

    /** The register's vaccine columns: every child dose of the catalogue. */
    public List<Vaccine> registerColumns() {
        return vax.catalogue().forTarget(Target.CHILD);
    }

    public void printRegister(Path file) {
        Integer y = registerYear.get();
        if (y == null || file == null) {
            return;
        }
        List<RegisterRow> rows = List.copyOf(register);
        vn.tramyte.common.ListPdf.Heading heading = new vn.tramyte.common.ListPdf.Heading(communes.placeLine(),
                m.format("vaccination.register.title", Integer.toString(y)), List.of(), vax.today());
        java.util.function.Function<String, String> communeName = communes.centre() ? communes::name : null;
        runner.run(() -> {
            new RegisterPdf(m).write(heading, rows, registerColumns(), communeName, file);
            return file;
        }, f -> info.set(m.format("vaccination.ui.exported", f.toString())), this::fail);
    }

    /** The vaccine's name in the user's language; the code only if the catalogue does not know it. */
    private String vaccineName(String code) {
        return vax.catalogue().byCode(code).map(v -> v.name(m.language())).orElse(code);
    }

    /** A sentence of the vaccination rules, naming vaccines as the user knows them (not by their codes). */
    private String sentence(Problem problem) {
        Object[] args = problem.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String code && vax.catalogue().byCode(code).isPresent()) {
                args[i] = vaccineName(code);
            }
        }
        return m.format(problem.key(), args);
    }

    private String fullImmunizationText(vn.tramyte.vaccination.FullImmunization f) {
        if (f.completed()) {
            return m.format(f.messageKey(), f.messageArgs());
        }
        return m.format(f.messageKey(), f.missing().stream().map(this::vaccineName).collect(Collectors.joining(", ")));
    }

    private void fail(Throwable e) {
        error.set(e instanceof UserError u ? u.describe(m)
                : m.describe(e));
    }

    // ---- properties

    public boolean canEdit() {
        return canEdit;
    }

    public Messages messages() {
        return m;
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

    public ObjectProperty<LocalDate> dueDayProperty() {
        return dueDay;
    }

    /** The commune and village choice of the due list, defaulters and register (commune at a centre). */
    public CommuneFilter communes() {
        return communes;
    }

    public ObjectProperty<String> dueVillageProperty() {
        return communes.villageProperty();
    }

    public ObservableList<String> villages() {
        return communes.villages();
    }

    public ObservableList<DueLine> dueLines() {
        return dueLines;
    }

    public ObservableList<DueLine> defaulterLines() {
        return defaulterLines;
    }

    public ReadOnlyStringProperty dueTotalsProperty() {
        return dueTotals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty defaulterSummaryProperty() {
        return defaulterSummary.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> registerYearProperty() {
        return registerYear;
    }

    public ObservableList<Integer> registerYears() {
        return registerYears;
    }

    public ObservableList<RegisterRow> register() {
        return register;
    }

    /** Register A2.1's figures, one line per commune. */
    public ObservableList<RegisterTally> registerTallies() {
        return registerTallies;
    }

    public ReadOnlyStringProperty registerSummaryProperty() {
        return registerSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }
}
