package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.death.DeathRow;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;

/** The deaths page in the window: a date of death in the future is one sentence and saves nothing; then it is listed. */
class DeathsWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @BeforeEach
    void stationWithAChild() {
        try (Services s = TestStation.station(dir)) {
            s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Phúc", Sex.MALE,
                    LocalDate.of(2026, 11, 1), false, "03", null, null, null, null, null), "Bản Đốc");
        }
    }

    private void typeDeathDate(String text) {
        DatePicker date = lookup("#deathDate").query();
        doubleClickOn(date.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write(text).type(KeyCode.ENTER);
    }

    @Test
    void aDeathInTheFutureIsRefusedWithOneSentenceThenTheRightDateIsListed() throws Exception {
        startWindow(dir, "en");
        waitFor("#nav-deaths");
        clickOn("#nav-deaths");
        ComboBox<PersonRow> person = waitFor("#deathPerson");
        clickOn("#deathPersonSearch").write("phuc");
        waitUntil(() -> person.getValue() != null);
        assertEquals("Lò Văn Phúc", person.getValue().fullName());

        typeDeathDate("01/12/2026");
        clickOn("#saveDeath");
        Label error = lookup("#deathError").query();
        waitUntil(() -> !error.getText().isEmpty());
        assertEquals("Date of death: 01/12/2026 is in the future (today is 22/11/2026). Check it again.",
                error.getText());
        TableView<DeathRow> table = lookup("#deathTable").query();
        waitUntilIdle();
        assertTrue(table.getItems().isEmpty(), "nothing saved");

        typeDeathDate("10/11/2026");
        Label classes = lookup("#deathClassification").query();
        waitUntil(() -> classes.getText().contains("Neonatal death (under 28 days)"));
        clickOn("#saveDeath");
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("Lò Văn Phúc", table.getItems().get(0).fullName());
        assertEquals(LocalDate.of(2026, 11, 10), table.getItems().get(0).deathDate());
        assertEquals("", error.getText());
        Label message = lookup("#deathMessage").query();
        assertTrue(message.getText().startsWith("Death of Lò Văn Phúc recorded."), message.getText());
        stopWindow();
        try (Services s = TestStation.open(dir)) {
            assertEquals(1, s.deaths().register(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null).size(),
                    "one death saved: the refused one left nothing");
        }
    }
}
