package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.antenatal.Attendant;
import vn.tramyte.antenatal.DeliveryPlace;
import vn.tramyte.antenatal.PregnancyDraft;
import vn.tramyte.death.DeathRow;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;
import vn.tramyte.vaccination.ui.DueLine;

class AntenatalWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @BeforeEach
    void stationWithAPregnantWoman() {
        try (Services s = TestStation.station(dir)) {
            var hoa = s.people().save(TestStation.WORKER, TestPeople.hoa().draft(), "Bản Đốc");
            s.antenatal().savePregnancy(TestStation.WORKER, hoa, new PregnancyDraft(null, LocalDate.of(2026, 2, 20),
                    null, 2, 1, null));
        }
    }

    @Test
    void aDeliveryOfTwinsRecordedOnTheFormPutsBothChildrenInThePeopleList() throws Exception {
        startWindow(dir, "vi");
        clickOn(waitForNode("#nav-antenatal"));
        TableView<?> pregnant = waitFor("#pregnantTable");
        waitUntil(() -> pregnant.getItems().size() == 1);
        clickOn("Ghi lần đẻ");
        ComboBox<PersonRow> woman = waitFor("#deliveryWoman");
        waitUntil(() -> woman.getItems().size() == 1);
        interact(() -> {
            woman.setValue(woman.getItems().get(0));
            lookup("#deliveryPlace").<ComboBox<DeliveryPlace>>query().setValue(DeliveryPlace.STATION);
            lookup("#deliveryAttendant").<ComboBox<Attendant>>query().setValue(Attendant.MIDWIFE);
            lookup("#deliveryBabyCount").<Spinner<Integer>>query().getValueFactory().setValue(2);
            lookup("#baby1Sex").<ComboBox<Sex>>query().setValue(Sex.MALE);
            lookup("#baby2Sex").<ComboBox<Sex>>query().setValue(Sex.FEMALE);
            lookup("#baby1Weight").<TextField>query().setText("2400");
            lookup("#baby2Weight").<TextField>query().setText("2650");
            lookup("#baby1Name").<TextField>query().setText("Lò Văn Phúc");
            lookup("#baby2Name").<TextField>query().setText("Lò Thị Hạnh");
        });
        interact(() -> lookup("#saveDelivery").<javafx.scene.control.Button>query().fire());
        Label message = lookup("#deliveryMessage").query();
        waitUntil(() -> message.getText().startsWith("Đã ghi lần đẻ"));
        assertEquals("Đã ghi lần đẻ của Lò Thị Hoa; đã tạo hồ sơ cho 2 trẻ.", message.getText());
        waitUntil(() -> pregnant.getItems().isEmpty());

        clickOn("#nav-people");
        TableView<PersonRow> people = waitFor("#peopleTable");
        waitUntil(() -> people.getItems().size() == 3);
        List<String> names = people.getItems().stream().map(PersonRow::fullName).toList();
        assertTrue(names.contains("Lò Văn Phúc") && names.contains("Lò Thị Hạnh"), names.toString());
        assertTrue(people.getItems().stream().filter(p -> p.fullName().startsWith("Lò V"))
                .allMatch(p -> "Lò Thị Hoa".equals(p.motherName())));

        // both newborns are at once on the vaccination due list, for the birth dose and BCG
        clickOn("#nav-vaccination");
        clickOn(waitForNode("Danh sách đến hạn"));
        TableView<DueLine> due = waitFor("#dueTable");
        for (String child : List.of("Lò Văn Phúc", "Lò Thị Hạnh")) {
            for (String vaccine : List.of("HEPB0", "BCG")) {
                waitUntil(() -> due.getItems().stream().anyMatch(l -> !l.isHeading()
                        && l.row().child().name().equals(child) && l.row().vaccine().code().equals(vaccine)));
            }
        }
    }

    @Test
    void aDeathRecordedForARegisteredPersonShowsItsClassificationAndTheRegister() throws Exception {
        startWindow(dir, "en");
        clickOn(waitForNode("#nav-deaths"));
        ComboBox<PersonRow> person = waitFor("#deathPerson");
        waitUntil(() -> person.getItems().size() == 1);
        interact(() -> person.setValue(person.getItems().get(0)));
        Label classes = lookup("#deathClassification").query();
        waitUntil(() -> !classes.getText().isEmpty());
        // a woman of 28 who was pregnant: the form asks the maternal question
        waitUntil(() -> lookup("#deathPregnancy").query().isVisible());
        interact(() -> lookup("#deathPregnancy").<ComboBox<Boolean>>query().setValue(Boolean.TRUE));
        waitUntil(() -> classes.getText().equals("Classification: Maternal death"));
        interact(() -> lookup("#saveDeath").<javafx.scene.control.Button>query().fire());
        TableView<DeathRow> table = lookup("#deathTable").query();
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("Lò Thị Hoa", table.getItems().get(0).fullName());
    }

    private String waitForNode(String query) throws Exception {
        waitFor(query);
        return query;
    }
}
