package vn.tramyte.vaccination.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;
import vn.tramyte.vaccination.CardStatus;

class VaccinationViewModelTest {
    @TempDir
    Path dir;
    Services s;
    VaccinationViewModel vm;

    @BeforeEach
    void station() {
        s = TestStation.station(dir);
        UUID mother = s.people().save(TestStation.WORKER, TestPeople.hoa().draft(), "Bản Đốc");
        s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn An", Sex.MALE, LocalDate.of(2026, 10, 20),
                false, "03", s.places().ownVillages().get(0).id(), mother, null, null, null));
        vm = new VaccinationViewModel(s.vaccination(), s.people(), s.places(), TaskRunner.synchronous(),
                new Messages(Messages.ENGLISH), TestStation.WORKER, true);
        vm.refresh();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private void chooseAn() {
        vm.cardTab().searchProperty().set("an lo");
        assertEquals(1, vm.cardTab().matches().size());
        vm.cardTab().choose(vm.cardTab().matches().get(0));
    }

    @Test
    void aGrownManIsNotToldHeLacksTetanusProtectionNorOfferedAWomansDose() {
        s.people().save(TestStation.WORKER, new PersonDraft(null, "Điêu Văn Long", Sex.MALE, LocalDate.of(1990, 3, 2),
                false, "03", null, null, null, null, null));
        vm.refresh();
        vm.cardTab().searchProperty().set("dieu van long");
        vm.cardTab().choose(vm.cardTab().matches().get(0));
        assertEquals("No schedule for a man past childhood: the doses he was given are only recorded here.",
                vm.cardTab().fullImmunizationProperty().get());
        assertTrue(vm.cardTab().choices().isEmpty());
        assertEquals("An adult has no child's vaccination card: the doses given are listed below.",
                vm.cardTab().cardPlaceholderProperty().get());
    }

    /** Issue 17: a woman's empty card table does not ask to choose a child; a child's page still does before one is chosen. */
    @Test
    void theEmptyCardOfAWomanSaysAnAdultHasNoChildsCard() {
        assertEquals("Choose a child to see the vaccination card.", vm.cardTab().cardPlaceholderProperty().get());
        vm.cardTab().searchProperty().set("lo thi hoa");
        vm.cardTab().choose(vm.cardTab().matches().get(0));
        assertTrue(vm.cardTab().card().isEmpty());
        assertEquals("An adult has no child's vaccination card: the doses given are listed below.",
                vm.cardTab().cardPlaceholderProperty().get());
        chooseAn();
        assertEquals("Choose a child to see the vaccination card.", vm.cardTab().cardPlaceholderProperty().get());
    }

    @Test
    void theDueDosesAreOfferedAndAFutureDateIsRefusedWithASentence() {
        chooseAn();
        assertEquals("Not yet fully immunized; missing: BCG (tuberculosis), DTP-HepB-Hib (5-in-1) dose 1, "
                + "DTP-HepB-Hib (5-in-1) dose 2, DTP-HepB-Hib (5-in-1) dose 3, Oral polio (OPV) dose 1, "
                + "Oral polio (OPV) dose 2, Oral polio (OPV) dose 3, Measles dose 1",
                vm.cardTab().fullImmunizationProperty().get());
        // a month old: BCG is overdue, the birth dose of hepatitis B is no longer given
        assertEquals("BCG", vm.cardTab().choices().get(0).vaccine().code());
        assertEquals("BCG (tuberculosis) (Overdue)", vm.cardTab().choices().get(0).label());
        assertTrue(vm.cardTab().choices().stream().noneMatch(c -> c.vaccine().code().equals("HEPB0")));
        vm.cardTab().doseDateProperty().set(LocalDate.of(2026, 12, 1));
        vm.cardTab().choices().stream().filter(c -> c.vaccine().code().equals("BCG")).findFirst().orElseThrow()
                .selectedProperty().set(true);
        vm.cardTab().save();
        assertEquals(1, vm.cardTab().problems().size());
        assertTrue(vm.cardTab().problems().get(0).contains("01/12/2026 is in the future"), vm.cardTab().problems().get(0));
        assertTrue(s.vaccination().doses(vm.cardTab().personProperty().get().id()).isEmpty());
    }

    @Test
    void aDoseTooEarlyIsRecordedWithAWarningAndTheCardSaysGiveAgain() {
        chooseAn();
        // PENTA1 at one month, added by hand: recorded, not valid
        vm.cardTab().addOther(s.vaccination().catalogue().byCode("PENTA1").orElseThrow());
        vm.cardTab().save();
        assertTrue(vm.cardTab().problems().isEmpty(), vm.cardTab().problems().toString());
        assertEquals(1, vm.cardTab().warnings().size());
        assertTrue(vm.cardTab().warnings().get(0).startsWith("DTP-HepB-Hib (5-in-1) dose 1 was given before the minimum age"),
                vm.cardTab().warnings().get(0));
        CardLine penta = vm.cardTab().card().stream().filter(l -> l.vaccine().code().equals("PENTA1")).findFirst().orElseThrow();
        assertEquals(CardStatus.INVALID, penta.status());
        assertTrue(penta.note().startsWith("DTP-HepB-Hib (5-in-1) dose 1 was given before"), penta.note());
        assertTrue(vm.cardTab().history().get(0).contains("DTP-HepB-Hib (5-in-1) dose 1"), vm.cardTab().history().get(0));
        assertTrue(vm.cardTab().history().stream().noneMatch(h -> h.contains("PENTA1")), vm.cardTab().history().toString());
    }

    @Test
    void theDueListIsGroupedByVillageWithTotals() {
        vm.dueTab().dueDayProperty().set(LocalDate.of(2026, 12, 20));
        assertTrue(vm.dueTab().dueLines().get(0).isHeading());
        assertEquals("Bản Đốc (1 child)", vm.dueTab().dueLines().get(0).heading());
        assertEquals("Doses needed: BCG (tuberculosis): 1 · DTP-HepB-Hib (5-in-1) dose 1: 1 · Oral polio (OPV) dose 1: 1"
                + " · Rotavirus dose 1: 1 · Pneumococcal conjugate (PCV) dose 1: 1", vm.dueTab().dueTotalsProperty().get());
    }

    @Test
    void atAStationThereIsNoCommuneChoiceAndTheVillagesAreTheStations() {
        assertTrue(!vm.communes().centre(), "no commune choice or column at a station");
        assertEquals(java.util.List.of(VaccinationViewModel.ALL_VILLAGES, "Bản Đốc"), vm.dueTab().villages());
        vm.registerTab().registerYearProperty().set(2026);
        assertEquals("1 child, 0 fully immunized", vm.registerTab().registerSummaryProperty().get());
    }
}
