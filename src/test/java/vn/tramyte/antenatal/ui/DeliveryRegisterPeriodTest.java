package vn.tramyte.antenatal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.antenatal.Attendant;
import vn.tramyte.antenatal.Baby;
import vn.tramyte.antenatal.BirthOutcome;
import vn.tramyte.antenatal.Delivery;
import vn.tramyte.antenatal.DeliveryPlace;
import vn.tramyte.antenatal.MotherOutcome;
import vn.tramyte.antenatal.NewBaby;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;

/** The delivery register opens on the last month that has deliveries, not on an empty current month. */
class DeliveryRegisterPeriodTest {
    @TempDir
    Path dir;
    Services s;

    @BeforeEach
    void station() {
        s = TestStation.station(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private void delivered(String name, LocalDate on) {
        var villages = s.places().ownVillages();
        UUID woman = s.people().save(TestStation.WORKER, new PersonDraft(null, name, Sex.FEMALE,
                LocalDate.of(1997, 3, 8), false, "03", villages.isEmpty() ? null : villages.get(0).id(), null, null,
                null, null), villages.isEmpty() ? "Bản Đốc" : null);
        s.antenatal().recordDelivery(TestStation.WORKER, woman, null, new Delivery(on, DeliveryPlace.STATION,
                Attendant.MIDWIFE, MotherOutcome.ALIVE, List.of(new Baby(BirthOutcome.LIVE, Sex.FEMALE, 3100))),
                List.of(NewBaby.named(new Baby(BirthOutcome.LIVE, Sex.FEMALE, 3100), "Lò Thị Mai")));
    }

    private AntenatalViewModel open() {
        AntenatalViewModel vm = new AntenatalViewModel(s.antenatal(), s.people(), s.places(), TaskRunner.synchronous(),
                Messages.forLanguage("vi"), TestStation.WORKER, true, () -> { });
        vm.refresh();
        return vm;
    }

    @Test
    void anEmptyCurrentMonthGivesWayToTheLastMonthWithDeliveries() {
        delivered("Lò Thị Hoa", LocalDate.of(2026, 6, 3));
        delivered("Cầm Thị Xuân", LocalDate.of(2026, 8, 14));
        AntenatalViewModel vm = open();
        assertEquals(LocalDate.of(2026, 8, 1), vm.registers().deliveryFrom.get());
        assertEquals(LocalDate.of(2026, 8, 31), vm.registers().deliveryTo.get());
        assertEquals(1, vm.registers().deliveryRegister().size());
        assertEquals("Cầm Thị Xuân", vm.registers().deliveryRegister().get(0).woman().fullName());
        // the antenatal register keeps its own period, this month
        assertEquals(LocalDate.of(2026, 11, 1), vm.registers().periodFrom.get());
    }

    @Test
    void aCurrentMonthWithDeliveriesIsKept() {
        delivered("Lò Thị Hoa", LocalDate.of(2026, 11, 10));
        AntenatalViewModel vm = open();
        assertEquals(LocalDate.of(2026, 11, 1), vm.registers().deliveryFrom.get());
        assertEquals(1, vm.registers().deliveryRegister().size());
    }

    @Test
    void aPeriodTheUserChoosesIsShownEvenWhenEmpty() {
        delivered("Lò Thị Hoa", LocalDate.of(2026, 8, 14));
        AntenatalViewModel vm = open();
        vm.registers().deliveryFrom.set(LocalDate.of(2026, 10, 1));
        vm.registers().deliveryTo.set(LocalDate.of(2026, 10, 31));
        vm.registers().refresh();
        assertEquals(LocalDate.of(2026, 10, 1), vm.registers().deliveryFrom.get());
        assertTrue(vm.registers().deliveryRegister().isEmpty());
    }
}
