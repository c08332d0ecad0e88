package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.person.PersonRow;
import vn.tramyte.testing.TestStation;

class PeopleWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @BeforeEach
    void station() {
        TestStation.station(dir).close();
    }

    @Test
    void aPersonTypedIntoTheFormAppearsInTheList() throws Exception {
        startWindow(dir, "vi");
        TableView<PersonRow> table = waitFor("#peopleTable");
        typePerson("Lò Thị Hoa", "#sexFemale", "12/04/1998", "Ban Doc");
        waitUntil(() -> table.getItems().size() == 1);
        PersonRow row = table.getItems().get(0);
        assertEquals("Lò Thị Hoa", row.fullName());
        assertEquals("Ban Doc", row.villageName());
        Label counts = lookup("#statusCounts").query();
        waitUntil(() -> counts.getText().equals("Thôn/bản: 1 · Người dân: 1"));
    }

    @Test
    void aBirthDateInTheFutureIsRefusedWithASentenceAndNothingIsSaved() throws Exception {
        startWindow(dir, "en");
        TableView<PersonRow> table = waitFor("#peopleTable");
        typePerson("Lò Văn Khánh", "#sexMale", "01/12/2026", null);
        Label errors = lookup("#editorErrors").query();
        waitUntil(() -> !errors.getText().isEmpty());
        assertEquals("Birth date: 01/12/2026 is in the future (today is 22/11/2026). Check the birth date.",
                errors.getText());
        clickOn("Cancel");
        waitUntil(() -> lookup("#fullName").tryQuery().isEmpty());
        assertTrue(table.getItems().isEmpty());
    }
}
