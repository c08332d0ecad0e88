package vn.tramyte.antenatal.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.common.SearchText;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;

/** The woman of the pregnancy and delivery forms: the living women found by the words typed. */
public final class WomanChoice {
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<PersonRow> women = FXCollections.observableArrayList();
    private final ObjectProperty<PersonRow> woman = new SimpleObjectProperty<>();
    private List<PersonRow> allWomen = List.of();

    WomanChoice() {
        query.addListener((o, a, b) -> filter());
    }

    /** The people of the station; the living women among them can be chosen. */
    void load(List<PersonRow> people) {
        allWomen = people.stream().filter(r -> r.sex() == Sex.FEMALE && r.alive()).toList();
        filter();
    }

    private void filter() {
        String q = SearchText.normalize(query.get() == null ? "" : query.get());
        List<PersonRow> found = allWomen.stream().filter(r -> q.isEmpty() || SearchText.matchesWords(r.searchName(), q))
                .limit(200).toList();
        women.setAll(found);
        if (found.size() == 1) {
            woman.set(found.get(0));
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<PersonRow> women() {
        return women;
    }

    public ObjectProperty<PersonRow> womanProperty() {
        return woman;
    }
}
