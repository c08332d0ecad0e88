package vn.tramyte.antenatal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.antenatal.Attendant;
import vn.tramyte.antenatal.DeliveryPlace;
import vn.tramyte.antenatal.PregnancyCard;
import vn.tramyte.antenatal.PregnancyDraft;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/** The antenatal page at a station: each form refuses a bad number by its field and saves nothing; saves show. */
class AntenatalViewModelTest {
    @TempDir
    Path dir;
    Services s;
    UUID pregnancy;
    AntenatalViewModel vm;
    final AtomicInteger peopleChanged = new AtomicInteger();

    @BeforeEach
    void stationWithAPregnantWoman() {
        s = TestStation.station(dir);
        UUID hoa = s.people().save(TestStation.WORKER, TestPeople.hoa().draft(), "Bản Đốc");
        pregnancy = s.antenatal().savePregnancy(TestStation.WORKER, hoa, new PregnancyDraft(null,
                LocalDate.of(2026, 2, 20), null, 2, 1, null));
        vm = new AntenatalViewModel(s.antenatal(), s.people(), s.places(), TaskRunner.synchronous(),
                new Messages(Messages.ENGLISH), TestStation.WORKER, true, peopleChanged::incrementAndGet);
        vm.refresh();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private PregnancyCard stored() {
        return s.antenatal().card(pregnancy, LocalDate.of(2026, 11, 22)).orElseThrow();
    }

    private void chooseHoa() {
        assertEquals(List.of("Lò Thị Hoa"), vm.pregnant().list().stream().map(c -> c.woman().fullName()).toList());
        vm.pregnant().select(vm.pregnant().list().get(0));
    }

    @Test
    void aVisitWithoutAWomanChosenIsRefused() {
        vm.visit().saveVisit();
        assertEquals("Pick a pregnant woman in the list before recording a visit.", vm.errorProperty().get());
        assertTrue(stored().visits().isEmpty());
    }

    @Test
    void aWeightThatIsNotANumberIsNamedAndTheVisitIsNotSaved() {
        chooseHoa();
        vm.visit().weightKg.set("5o");
        vm.visit().systolic.set("110");
        vm.visit().saveVisit();
        assertEquals("Weight (kg): \"5o\" is not a number. Type a number, e.g. 52.5.", vm.errorProperty().get());
        assertEquals("", vm.messageProperty().get());
        assertTrue(stored().visits().isEmpty());
        assertEquals("110", vm.visit().systolic.get(), "what was typed stays to be corrected");
    }

    @Test
    void aVisitSavedShowsOnTheCardAndInTheA3Register() {
        chooseHoa();
        vm.visit().weightKg.set("52,5");
        vm.visit().systolic.set("110");
        vm.visit().diastolic.set("70");
        vm.visit().saveVisit();
        assertEquals("", vm.errorProperty().get());
        assertEquals("Antenatal visit of Lò Thị Hoa recorded.", vm.messageProperty().get());
        assertEquals(1, vm.pregnant().selected().orElseThrow().visits().size(), "the card shows the visit");
        assertEquals(52.5, vm.pregnant().selected().orElseThrow().visits().get(0).visit().weightKg());
        assertEquals(1, stored().visits().size());
        assertEquals("", vm.visit().weightKg.get(), "the form is empty for the next visit");
        assertEquals(List.of("Lò Thị Hoa"), vm.registers().a3Register().stream().map(c -> c.woman().fullName())
                .toList());
    }

    @Test
    void aPregnancyCorrectedStaysOnePregnancy() {
        chooseHoa();
        vm.editSelectedPregnancy();
        assertEquals("2", vm.pregnancy().gravida.get());
        assertEquals("Lò Thị Hoa", vm.pregnancy().womanChoice().womanProperty().get().fullName());
        vm.pregnancy().para.set("x");
        vm.pregnancy().savePregnancy();
        assertTrue(vm.errorProperty().get().contains("\"x\" is not a number"), vm.errorProperty().get());
        assertEquals(1, stored().pregnancy().para());
        vm.pregnancy().para.set("0");
        vm.pregnancy().savePregnancy();
        assertEquals("Pregnancy registered for Lò Thị Hoa.", vm.messageProperty().get());
        assertNull(vm.pregnancy().editingPregnancy.get());
        assertEquals(0, stored().pregnancy().para());
        assertEquals(1, vm.pregnant().list().size(), "corrected, not added");
    }

    @Test
    void babiesNotYetNamedAreSavedWithNamesTheFormGaveThemAndANameTypedStays() {
        DeliveryFormViewModel d = vm.delivery();
        assertEquals("Child of Lò Thị Hoa", d.babies.get(0).name.get());
        d.babyCount.set(2);
        assertEquals("First child of Lò Thị Hoa", d.babies.get(0).name.get());
        d.babies.get(1).name.set("Lò Thị Hạnh");
        d.babyCount.set(3);
        d.babyCount.set(2);
        assertEquals("Lò Thị Hạnh", d.babies.get(1).name.get(), "a name typed is not replaced");
        d.place.set(DeliveryPlace.STATION);
        d.attendant.set(Attendant.MIDWIFE);
        d.babies.get(0).sex.set(Sex.MALE);
        d.babies.get(1).sex.set(Sex.FEMALE);
        d.saveDelivery();
        assertEquals("Delivery of Lò Thị Hoa recorded; 2 child records created.", vm.messageProperty().get(),
                vm.errorProperty().get());
        assertEquals(List.of("First child of Lò Thị Hoa", "Lò Thị Hạnh"), s.people().all().stream()
                .filter(p -> "Lò Thị Hoa".equals(p.motherName())).map(PersonRow::fullName).sorted().toList());
    }

    @Test
    void aDeliveryWithABadWeightSavesNothingThenTwinsBecomeTwoChildren() {
        DeliveryFormViewModel d = vm.delivery();
        assertEquals("Lò Thị Hoa", d.womanChoice().womanProperty().get().fullName(), "the only woman is chosen");
        d.place.set(DeliveryPlace.STATION);
        d.attendant.set(Attendant.MIDWIFE);
        d.babyCount.set(2);
        d.babies.get(0).sex.set(Sex.MALE);
        d.babies.get(0).weightG.set("2400");
        d.babies.get(1).sex.set(Sex.FEMALE);
        d.babies.get(1).weightG.set("hai nghìn");
        d.saveDelivery();
        assertEquals("Weight (g): \"hai nghìn\" is not a number. Type a number, e.g. 52.5.", vm.errorProperty().get());
        assertEquals(1, s.people().all().size());
        assertEquals(0, peopleChanged.get());

        d.babies.get(1).weightG.set("2650");
        d.babies.get(0).name.set("Lò Văn Phúc");
        d.babies.get(1).name.set("Lò Thị Hạnh");
        d.saveDelivery();
        assertEquals("Delivery of Lò Thị Hoa recorded; 2 child records created.", vm.messageProperty().get(),
                vm.errorProperty().get());
        assertEquals(1, peopleChanged.get(), "the people page is told");
        assertEquals(3, s.people().all().size());
        assertEquals(List.of("Lò Thị Hạnh", "Lò Văn Phúc"), s.people().all().stream()
                .filter(p -> "Lò Thị Hoa".equals(p.motherName())).map(PersonRow::fullName).sorted().toList());
        assertTrue(vm.pregnant().list().isEmpty(), "delivered: no longer in the list of pregnant women");
        assertEquals(1, vm.registers().deliveryRegister().size());
        assertEquals(1, d.babyCount.get(), "the form is ready for the next delivery");
    }
}
