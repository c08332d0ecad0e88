package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

class PeopleRegisterWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @BeforeEach
    void stationWithAFamily() {
        try (Services s = TestStation.station(dir)) {
            UUID mother = s.people().save(TestStation.WORKER,
                    TestPeople.hoa().personalId("012198001234").phone("0912345678").draft(),
                    "Ban Doc");
            UUID village = s.places().ownVillages().get(0).id();
            s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn An", Sex.MALE,
                    LocalDate.of(2024, 5, 2), false, "03", village, mother, null, null, null));
            s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Thị Mai", Sex.FEMALE,
                    LocalDate.of(2026, 1, 9), false, "03", village, mother, null, null, null));
        }
    }

    @Test
    void aPossibleDuplicateIsShownBeforeSavingAndTheUserDecides() throws Exception {
        startWindow(dir, "vi");
        TableView<PersonRow> table = waitFor("#peopleTable");
        waitUntil(() -> table.getItems().size() == 3);
        typePerson("Lò Thị  Hoà", "#sexFemale", "14/04/1998", null);
        Label duplicates = lookup("#editorDuplicates").query();
        waitUntil(() -> !duplicates.getText().isEmpty());
        assertTrue(duplicates.getText().startsWith("Có thể người này đã có trong sổ:\n• Lò Thị Hoa (12/04/1998)"),
                duplicates.getText());
        assertEquals(3, table.getItems().size(), "nothing saved yet");
        clickOn("#savePerson");
        waitUntil(() -> table.getItems().size() == 4);
    }

    @Test
    void searchFindsByPhoneAndTheHouseholdShowsTheMotherWithHerChildren() throws Exception {
        startWindow(dir, "en");
        TableView<PersonRow> table = waitFor("#peopleTable");
        waitUntil(() -> table.getItems().size() == 3);
        clickOn("#peopleSearch").write("0912345");
        waitUntil(() -> table.getItems().size() == 1);
        interact(() -> lookup("#peopleSearch").queryAs(TextField.class).setText("2026"));
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).fullName().equals("Lò Thị Mai"));
        interact(() -> table.getSelectionModel().select(0));
        ListView<String> household = lookup("#household").query();
        waitUntil(() -> household.getItems().size() == 3);
        assertEquals("Mother: Lò Thị Hoa – 12/04/1998 (28 years)", household.getItems().get(0));
        assertTrue(household.getItems().get(1).startsWith("Child: Lò Văn An – 02/05/2024"), household.getItems().toString());
        assertTrue(household.getItems().get(2).startsWith("Child: Lò Thị Mai – 09/01/2026"), household.getItems().toString());
    }
}
