package vn.tramyte.person.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.common.SearchText;
import vn.tramyte.person.Age;
import vn.tramyte.person.EthnicGroup;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;

/** The people register: every person of the station, filtered as the user types. */
public final class PeopleViewModel {
    private final PersonService people;
    private final PlaceService places;
    private final String user;
    private final Installation installation;
    private final TaskRunner runner;
    private final Messages messages;
    private final Runnable onChanged;

    private final ObservableList<PersonRow> all = FXCollections.observableArrayList();
    private final FilteredList<PersonRow> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private volatile Map<String, String> stationNames = Map.of();

    public PeopleViewModel(PersonService people, PlaceService places, String user, Installation installation,
                           TaskRunner runner, Messages messages, Runnable onChanged) {
        this.people = people;
        this.places = places;
        this.user = user;
        this.installation = installation;
        this.runner = runner;
        this.messages = messages;
        this.onChanged = onChanged;
        search.addListener((o, a, b) -> applyFilter());
        shown.predicateProperty().addListener((o, a, b) -> updateSummary());
        all.addListener((javafx.collections.ListChangeListener<PersonRow>) c -> updateSummary());
    }

    public void refresh() {
        runner.run(() -> {
            stationNames = showsStation() ? places.stationsOf(installation.place()).stream()
                    .collect(java.util.stream.Collectors.toMap(Place::code, Place::shortName)) : Map.of();
            return people.all();
        }, rows -> {
            all.setAll(rows);
            applyFilter();
        }, e -> error.set(messages.describe(e)));
    }

    /** At a centre: which station a person belongs to, by the commune's name. */
    public String stationText(PersonRow row) {
        return stationNames.getOrDefault(row.stationCode(), row.stationCode());
    }

    private void applyFilter() {
        String q = search.get();
        shown.setPredicate(SearchText.normalize(q).isEmpty() ? null : vn.tramyte.person.PersonSearch.of(q));
    }

    private void updateSummary() {
        summary.set(messages.format("people.summary", shown.size(), all.size()));
    }

    /** Only a station enters records; a centre views its stations' records. */
    public boolean canEdit() {
        return installation.mode() == Mode.STATION;
    }

    public boolean showsStation() {
        return installation.mode().supervises();
    }

    public PersonEditorViewModel newPerson() {
        return editor(null);
    }

    public PersonEditorViewModel edit(PersonRow row) {
        return editor(row);
    }

    private PersonEditorViewModel editor(PersonRow row) {
        return new PersonEditorViewModel(people, places, user, runner, messages, List.copyOf(all),
                row, today(), () -> {
                    refresh();
                    onChanged.run();
                });
    }

    LocalDate today() {
        return people.today();
    }

    public String ageText(PersonRow row) {
        Age age = Age.between(row.birthDate(), today());
        return row.birthYearOnly() ? messages.format("age.years", age.value()) : messages.format(age.messageKey(), age.value());
    }

    public String ethnicityText(PersonRow row) {
        return row.ethnicityCode() == null ? "" : people.ethnicGroups().byCode(EthnicGroup.LIST_1979, row.ethnicityCode())
                .map(g -> g.name(messages.language())).orElse(row.ethnicityCode());
    }

    public String sexText(PersonRow row) {
        return messages.get(row.sex().messageKey());
    }

    /**
     * The household of a person: the mother first, then her children, oldest first. For a child
     * the mother is their recorded mother; a person with neither mother nor children is alone.
     */
    public List<PersonRow> household(PersonRow p) {
        if (p == null) {
            return List.of();
        }
        PersonRow mother = p.motherId() == null ? p
                : all.stream().filter(r -> r.id().equals(p.motherId())).findFirst().orElse(p);
        List<PersonRow> family = new java.util.ArrayList<>();
        family.add(mother);
        all.stream().filter(r -> mother.id().equals(r.motherId()))
                .sorted(java.util.Comparator.comparing(PersonRow::birthDate)).forEach(family::add);
        return family;
    }

    /** One line of the household view: the role, name, birth date and age. */
    public String householdLine(PersonRow member, PersonRow head) {
        String role = messages.get(member.equals(head) && member.motherId() == null
                ? (member.sex() == vn.tramyte.person.Sex.FEMALE ? "people.household.mother" : "people.household.person")
                : "people.household.child");
        return messages.format("people.household.line", role, member.fullName(),
                vn.tramyte.common.DateText.show(member.birthDate(), member.birthYearOnly()), ageText(member));
    }

    public ObservableList<PersonRow> rows() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
