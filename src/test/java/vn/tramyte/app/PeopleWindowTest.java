package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
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

    @Test
    void aDayThatIsNotInTheCalendarIsSaidSoInAWholeSentenceAndSaveStaysInView() throws Exception {
        startWindow(dir, "vi");
        TableView<PersonRow> table = waitFor("#peopleTable");
        typePerson("Lò Văn Khánh", "#sexMale", "31/02/2025", null);
        Label errors = lookup("#editorErrors").query();
        waitUntil(() -> !errors.getText().isEmpty());
        assertEquals("Ngày sinh \"31/02/2025\": ngày này không có trong lịch (ví dụ 31/02). Kiểm tra lại ngày và tháng; "
                + "ngày viết trước tháng.", errors.getText());
        javafx.scene.control.Button save = lookup("#savePerson").query();
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            javafx.scene.Parent dialog = save.getScene().getRoot();
            dialog.layout();
            assertEquals(java.util.List.of(), ScreenCheck.cutTexts(dialog));
            javafx.geometry.Bounds b = save.localToScene(save.getBoundsInLocal());
            assertTrue(b.getMaxY() <= save.getScene().getHeight() && b.getMaxX() <= save.getScene().getWidth(),
                    "the save button is outside the dialog: " + b + " in " + save.getScene().getWidth() + "x"
                            + save.getScene().getHeight());
            ScreenCheck.screenshot(save.getScene(), "vi-station-people-editor-error");
        });
        assertTrue(table.getItems().isEmpty());
    }

    @Test
    void aLongSentenceStaysWholeInEnglishToo() throws Exception {
        startWindow(dir, "en");
        waitFor("#peopleTable");
        typePerson("Lò Văn Khánh", "#sexMale", "3l/12/2025", null);
        Label errors = lookup("#editorErrors").query();
        waitUntil(() -> !errors.getText().isEmpty());
        assertEquals("Birth date: \"3l/12/2025\" cannot be read. Enter it as day/month/year, e.g. 05/03/2025.",
                errors.getText());
        javafx.scene.control.Button save = lookup("#savePerson").query();
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            save.getScene().getRoot().layout();
            assertEquals(java.util.List.of(), ScreenCheck.cutTexts(save.getScene().getRoot()));
            javafx.geometry.Bounds b = save.localToScene(save.getBoundsInLocal());
            assertTrue(b.getMaxY() <= save.getScene().getHeight(), "the save button is outside the dialog: " + b);
        });
    }
}
