package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;
import vn.tramyte.vaccination.CardStatus;
import vn.tramyte.vaccination.StoredDose;
import vn.tramyte.vaccination.ui.CardLine;
import vn.tramyte.vaccination.ui.DueLine;

class VaccinationWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @BeforeEach
    void stationWithAMother() {
        try (Services s = TestStation.station(dir)) {
            s.people().save(TestStation.WORKER, TestPeople.hoa().draft(), "Ban Doc");
        }
    }

    private CardLine line(TableView<CardLine> card, String code) {
        return card.getItems().stream().filter(l -> l.vaccine().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aChildRegisteredThenGivenBcgAndHepB0IsOnTheDueListForPenta1TwoMonthsLater() throws Exception {
        startWindow(dir, "vi");
        TableView<PersonRow> people = waitFor("#peopleTable");
        typePerson("Lò Văn An", "#sexMale", "21/11/2026", "Ban Doc");
        waitUntil(() -> people.getItems().size() == 2);

        clickOn((javafx.scene.Node) waitFor("#nav-vaccination"));
        TextField search = waitFor("#vaxSearch");
        clickOn(search).write("lo van an");
        ListView<PersonRow> results = lookup("#vaxResults").query();
        waitUntil(() -> results.getItems().size() == 1);
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        TableView<CardLine> card = waitFor("#vaxCard");
        waitUntil(() -> !card.getItems().isEmpty());
        assertEquals(CardStatus.DUE, line(card, "BCG").status());
        CheckBox bcg = waitFor("#dose-BCG");
        CheckBox hepb = waitFor("#dose-HEPB0");
        clickOn(bcg);
        clickOn(hepb);
        assertTrue(bcg.isSelected() && hepb.isSelected());
        clickOn("#saveDoses");
        waitUntil(() -> line(card, "BCG").status() == CardStatus.GIVEN);
        assertEquals(CardStatus.GIVEN, line(card, "HEPB0").status());
        assertEquals("22/11/2026", line(card, "BCG").dateText());
        assertEquals("Đã tiêm", line(card, "BCG").statusText());
        Label saved = lookup("#dosesSaved").query();
        assertEquals("Đã ghi 2 mũi ngày 22/11/2026: Viêm gan B sơ sinh, Lao (BCG)", saved.getText());

        clickOn("Danh sách đến hạn");
        DatePicker day = waitFor("#dueDay");
        doubleClickOn(day.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("21/01/2027").type(KeyCode.ENTER);
        TableView<DueLine> due = waitFor("#dueTable");
        waitUntil(() -> due.getItems().stream().anyMatch(l -> !l.isHeading()
                && l.row().child().name().equals("Lò Văn An") && l.row().vaccine().code().equals("PENTA1")));
        DueLine penta = due.getItems().stream().filter(l -> !l.isHeading()
                && l.row().vaccine().code().equals("PENTA1")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 21), penta.row().dueDate());
        assertTrue(due.getItems().get(0).isHeading());
        assertEquals("Ban Doc (1 trẻ)", due.getItems().get(0).heading());
        Label totals = lookup("#dueTotals").query();
        assertTrue(totals.getText().contains("DPT-VGB-Hib (5 trong 1) mũi 1: 1"), totals.getText());
        assertTrue(!totals.getText().contains("PENTA1"), totals.getText());
    }

    @Test
    void aVaccinationDayThatIsNotInTheCalendarIsSaidSoUnderTheField() throws Exception {
        startWindow(dir, "vi");
        clickOn((javafx.scene.Node) waitFor("#nav-vaccination"));
        clickOn("Danh sách đến hạn");
        DatePicker day = waitFor("#dueDay");
        doubleClickOn(day.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("31/02/2025").type(KeyCode.ENTER);
        waitUntil(() -> day.getTooltip() != null);
        assertEquals("Ngày \"31/02/2025\": ngày này không có trong lịch (ví dụ 31/02). Kiểm tra lại ngày và tháng; "
                + "ngày viết trước tháng.", day.getTooltip().getText());
        assertTrue(day.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("danger")));
        // a real date puts it right
        doubleClickOn(day.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("28/02/2025").type(KeyCode.ENTER);
        waitUntil(() -> day.getTooltip() == null);
        assertEquals(LocalDate.of(2025, 2, 28), day.getValue());
    }

    @Test
    void dosesAreEnteredWithTheKeyboardOnly() throws Exception {
        try (Services s = TestStation.open(dir)) {
            var mother = s.people().all().get(0).id();
            s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Thị Mai", Sex.FEMALE,
                    LocalDate.of(2026, 11, 20), false, "03", s.places().ownVillages().get(0).id(), mother, null,
                    null, null));
        }
        startWindow(dir, "en");
        clickOn((javafx.scene.Node) waitFor("#nav-vaccination"));
        TextField search = waitFor("#vaxSearch");
        clickOn(search).write("mai 2026");
        ListView<PersonRow> results = lookup("#vaxResults").query();
        waitUntil(() -> results.getItems().size() == 1);
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        CheckBox hepb = waitFor("#dose-HEPB0");
        waitUntil(hepb::isFocused);
        type(KeyCode.SPACE);
        type(KeyCode.TAB).type(KeyCode.SPACE);
        CheckBox bcg = lookup("#dose-BCG").query();
        assertTrue(hepb.isSelected() && bcg.isSelected());
        type(KeyCode.ENTER);
        Label saved = lookup("#dosesSaved").query();
        waitUntil(() -> !saved.getText().isEmpty());
        assertEquals("Recorded 2 doses on 22/11/2026: Hepatitis B birth dose, BCG (tuberculosis)", saved.getText());
        stopWindow();
        try (Services s = TestStation.open(dir)) {
            PersonRow mai = s.people().search("mai").get(0);
            List<StoredDose> doses = s.vaccination().doses(mai.id());
            assertEquals(2, doses.size());
        }
    }
}
