package vn.tramyte.vaccination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.UserError;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;
import vn.tramyte.testing.TestPeople;

/* On H2 and on PostgreSQL (issue 16). */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("vn.tramyte.testing.Engine#both")
class VaccinationServiceTest {
    @org.junit.jupiter.params.Parameter
    vn.tramyte.testing.Engine engine;

    static final String W = TestStation.WORKER;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    @TempDir
    Path dir;
    Services s;
    UUID mother;
    UUID baby;

    @BeforeEach
    void station() {
        s = engine.station(dir);
        mother = s.people().save(W, TestPeople.hoa().draft(), "Bản Đốc");
        baby = child("Lò Văn An", LocalDate.of(2026, 9, 20));
    }

    UUID child(String name, LocalDate birth) {
        return s.people().save(W, new PersonDraft(null, name, Sex.MALE, birth, false, "03",
                s.places().ownVillages().get(0).id(), mother, null, null, null));
    }

    /** Records the doses a child was given on one day, as the vaccination card does. */
    void give(UUID child, LocalDate day, String... codes) {
        s.vaccination().record(W, child, java.util.Arrays.stream(codes).map(c -> GivenDose.at(c, day)).toList());
    }

    @AfterEach
    void close() {
        if (s != null) { // null when the engine was skipped (no PostgreSQL on this machine)
            s.close();
        }
    }

    PersonRow row(UUID id) {
        return s.people().all().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theShippedCatalogueIsPutInTheDatabaseOnceWithVersionOne() {
        assertEquals(1, s.vaccination().catalogueVersion());
        assertEquals(VaccineCatalogue.loadDefault().all(), s.vaccination().catalogue().all());
        s.vaccination().ensureCatalogue();
        assertEquals(1, s.vaccination().catalogueVersion());
    }

    @Test
    void bcgAndHepB0GivenTheSameDayAreRecordedInOneStepAndAudited() {
        long before = s.database().lastChangeSeq();
        RecordResult r = s.vaccination().record(W, baby, List.of(GivenDose.at("BCG", LocalDate.of(2026, 9, 21)),
                new GivenDose("hepb0", LocalDate.of(2026, 9, 21), DosePlace.HOSPITAL, "L123", false)));
        assertEquals(2, r.ids().size());
        assertTrue(r.warnings().isEmpty());
        assertEquals(before + 2, s.database().lastChangeSeq());
        List<StoredDose> doses = s.vaccination().doses(baby);
        assertEquals(List.of("BCG", "HEPB0"), doses.stream().map(d -> d.dose().vaccineCode()).sorted().toList());
        StoredDose hepb = doses.stream().filter(d -> d.dose().vaccineCode().equals("HEPB0")).findFirst().orElseThrow();
        assertEquals(DosePlace.HOSPITAL, hepb.dose().place());
        assertEquals("L123", hepb.dose().lot());
        ChildCard card = s.vaccination().card(row(baby), TODAY);
        assertEquals(CardStatus.GIVEN, card.entry("BCG").orElseThrow().status());
        // PENTA1 is due two months after birth: 20/11/2026, two days before today
        assertEquals(CardStatus.DUE, card.entry("PENTA1").orElseThrow().status());
        assertEquals(LocalDate.of(2026, 11, 20), card.entry("PENTA1").orElseThrow().dueDate());
    }

    @Test
    void aBatchWithOneRefusedDoseRecordsNothing() {
        UserError e = assertThrows(UserError.class, () -> s.vaccination().record(W, baby,
                List.of(GivenDose.at("BCG", LocalDate.of(2026, 9, 21)), GivenDose.at("OPV1", LocalDate.of(2026, 12, 1)))));
        assertEquals("vaccination.problem.dateInFuture", e.problems().get(0).key());
        assertTrue(s.vaccination().doses(baby).isEmpty());
        assertThrows(UserError.class, () -> s.vaccination().record(W, baby,
                List.of(GivenDose.at("BCG", LocalDate.of(2026, 9, 1)))), "before birth");
        s.vaccination().record(W, baby, List.of(GivenDose.at("BCG", LocalDate.of(2026, 9, 21))));
        UserError twice = assertThrows(UserError.class, () -> s.vaccination().record(W, baby,
                List.of(GivenDose.at("BCG", LocalDate.of(2026, 10, 1)))));
        assertEquals("vaccination.problem.alreadyGiven", twice.problems().get(0).key());
    }

    @Test
    void aDoseTooEarlyIsRecordedNotValidAndTheVerdictSurvivesACatalogueChange() {
        // PENTA1 at 30 days: before the minimum age of 42 days
        RecordResult r = s.vaccination().record(W, baby, List.of(GivenDose.at("PENTA1", LocalDate.of(2026, 10, 20))));
        assertEquals(1, r.warnings().size());
        assertEquals("vaccination.invalid.beforeMinimumAge", r.warnings().get(0).key());
        ChildCard card = s.vaccination().card(row(baby), TODAY);
        assertEquals(CardStatus.INVALID, card.entry("PENTA1").orElseThrow().status());
        assertTrue(card.entry("PENTA1").orElseThrow().dueOrOverdue());
        // the centre lowers PENTA1's minimum age to 20 days and sends it: the dose stays not valid
        List<Vaccine> edited = new ArrayList<>();
        for (Vaccine v : s.vaccination().catalogue().all()) {
            edited.add(v.code().equals("PENTA1") ? new Vaccine(v.code(), v.series(), v.dose(), v.target(), v.nameVi(),
                    v.nameEn(), v.dueMonths(), 20, v.minIntervalDays(), v.maxAgeDays(), v.bornFrom(),
                    v.fullImmunization(), v.protection(), v.source()) : v);
        }
        assertEquals(2, s.vaccination().receiveCatalogue(W, edited, 2));
        assertFalse(s.vaccination().doses(baby).get(0).recorded().isValid());
        assertEquals(InvalidReason.BEFORE_MIN_AGE, s.vaccination().doses(baby).get(0).recorded().verdict().reason());
    }

    @Test
    void theDueListOfAVillageDayShowsEachChildDueWithTheMotherAndLeavesOutTheDead() {
        UUID older = child("Lò Văn Bình", LocalDate.of(2026, 6, 10));
        s.vaccination().record(W, older, List.of(GivenDose.at("BCG", LocalDate.of(2026, 6, 11)),
                GivenDose.at("HEPB0", LocalDate.of(2026, 6, 11))));
        LocalDate day = LocalDate.of(2026, 12, 5);
        List<DueRow> rows = s.vaccination().dueList(day, Set.of("Bản Đốc"), null);
        assertTrue(rows.stream().anyMatch(r -> r.child().name().equals("Lò Văn An")
                && r.vaccine().code().equals("PENTA1") && r.status() == DueStatus.DUE));
        assertTrue(rows.stream().allMatch(r -> "Lò Thị Hoa".equals(r.child().motherName())));
        // Bình: PENTA1 due 10/08/2026, more than four weeks late on 05/12/2026: a defaulter
        assertTrue(s.vaccination().defaulters(day, Set.of()).stream()
                .anyMatch(r -> r.child().name().equals("Lò Văn Bình") && r.vaccine().code().equals("PENTA1")));
        assertFalse(s.vaccination().defaulters(day, Set.of()).stream()
                .anyMatch(r -> r.child().name().equals("Lò Văn An") && r.vaccine().code().equals("PENTA1")));
        assertTrue(s.vaccination().dueList(day, Set.of("Nậm Mở"), null).isEmpty());
        s.database().writeVoid(W, tx -> s.people().setDiedOn(tx, older, LocalDate.of(2026, 11, 1)));
        assertTrue(s.vaccination().dueList(day, Set.of(), null).stream()
                .noneMatch(r -> r.child().name().equals("Lò Văn Bình")));
    }

    @Test
    void theScheduleOfTheChildrenBornInAPeriodCarriesEachDosesVerdictOldestFirst() {
        // Dũng: OPV1 at 19 days old (recorded, not valid), then OPV1 and PENTA1 at seven weeks; Chi born before
        UUID dung = child("Lò Văn Dũng", LocalDate.of(2025, 6, 1));
        give(dung, LocalDate.of(2025, 6, 20), "OPV1");
        give(dung, LocalDate.of(2025, 7, 20), "PENTA1", "OPV1");
        give(child("Lò Thị Chi", LocalDate.of(2024, 12, 31)), LocalDate.of(2025, 1, 2), "BCG");
        String station = s.database().read(tx -> s.places().ownStationCode(tx));
        for (String scope : java.util.Arrays.asList(null, station)) {
            java.util.Map<UUID, List<RecordedDose>> doses = s.database().read(tx -> new VaccinationRepository()
                    .scheduleOfBornBetween(tx, scope, LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)));
            assertEquals(Set.of(dung), doses.keySet(), "born after 31/12/2024");
            List<RecordedDose> his = doses.get(dung);
            assertEquals(List.of("OPV1", "OPV1", "PENTA1"), his.stream().map(RecordedDose::vaccineCode).toList());
            assertEquals(InvalidReason.BEFORE_MIN_AGE, his.get(0).verdict().reason(), "the invalid dose's reason");
            assertEquals(LocalDate.of(2025, 6, 20), his.get(0).date());
            assertTrue(his.get(1).isValid() && his.get(2).isValid());
        }
        assertTrue(s.database().read(tx -> new VaccinationRepository().scheduleOfBornBetween(tx, "99999",
                LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31))).isEmpty(), "another station's");
    }

    @Test
    void registerA21ListsTheChildrenBornInTheYearWithTheirDatesAndFullImmunization() {
        UUID full = child("Lò Thị Chi", LocalDate.of(2025, 1, 15));
        give(full, LocalDate.of(2025, 1, 16), "BCG");
        give(full, LocalDate.of(2025, 3, 15), "PENTA1", "OPV1");
        give(full, LocalDate.of(2025, 4, 15), "PENTA2", "OPV2");
        give(full, LocalDate.of(2025, 5, 15), "PENTA3", "OPV3");
        give(full, LocalDate.of(2025, 10, 20), "MEASLES1");
        child("Lò Văn Dũng", LocalDate.of(2025, 6, 1));
        List<RegisterRow> rows = s.vaccination().register(2025);
        assertEquals(List.of("Lò Thị Chi", "Lò Văn Dũng"), rows.stream().map(r -> r.child().fullName()).toList());
        assertEquals(LocalDate.of(2025, 3, 15), rows.get(0).date("PENTA1"));
        assertTrue(rows.get(0).fullImmunization().completed());
        assertEquals(LocalDate.of(2025, 10, 20), rows.get(0).fullImmunization().completedOn());
        assertFalse(rows.get(1).fullImmunization().completed());
    }

    @Test
    void aWomansTetanusDosesGiveProtection() {
        s.vaccination().record(W, mother, List.of(GivenDose.at("TT1", LocalDate.of(2026, 3, 1))));
        s.vaccination().record(W, mother, List.of(GivenDose.at("TT2", LocalDate.of(2026, 4, 5))));
        TetanusStatus t = s.vaccination().tetanus(mother);
        assertEquals(2, t.validDoses(TODAY).size());
        assertTrue(t.protectedOn(TODAY, null).isProtected());
        assertEquals("TT3", t.nextDose(TODAY).orElseThrow().code());
        UserError e = assertThrows(UserError.class, () -> s.vaccination().record(W, baby,
                List.of(GivenDose.at("TT1", LocalDate.of(2026, 10, 1)))));
        assertEquals("vaccination.problem.womenOnly", e.problems().get(0).key());
    }

    @Test
    void aCentreRecordsNoDoses(@TempDir Path centreDir) {
        try (Services c = engine.centre(centreDir)) {
            UserError e = assertThrows(UserError.class, () -> c.vaccination().record(W, UUID.randomUUID(),
                    List.of(GivenDose.at("BCG", TODAY))));
            assertEquals("vaccination.error.centreReadOnly", e.problems().get(0).key());
        }
    }
}
