package vn.tramyte.antenatal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Problem;
import vn.tramyte.person.Person;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestClock;

class PregnancyValidatorTest {
    private static final LocalDate TODAY = TestClock.TODAY;
    private static final UUID WOMAN_ID = UUID.randomUUID();
    private static final Person MAI = woman(Sex.FEMALE, LocalDate.of(1998, 4, 10));
    private final PregnancyValidator validator = new PregnancyValidator();

    private static Person woman(Sex sex, LocalDate birth) {
        return new Person(WOMAN_ID, "12345", "Lò Thị Mai", sex, birth, false, "03", null, null, null, null, null, null);
    }

    private static PregnancyDraft draft(LocalDate lmp, LocalDate edd) {
        return new PregnancyDraft(null, lmp, edd, 2, 1, null);
    }

    private List<Problem> check(PregnancyDraft d) {
        return validator.validate(MAI, d, null, List.of(), TODAY);
    }

    @Test
    void anLmpAloneGivesTheExpectedDeliveryDate() {
        assertEquals(List.of(), check(draft(LocalDate.of(2026, 5, 1), null)));
        Pregnancy p = Pregnancy.of(UUID.randomUUID(), WOMAN_ID, draft(LocalDate.of(2026, 5, 1), null));
        assertEquals(LocalDate.of(2027, 2, 5), p.edd());
        assertTrue(p.open());
    }

    @Test
    void anExpectedDeliveryDateAloneGivesTheLmp() {
        assertEquals(List.of(), check(draft(null, LocalDate.of(2027, 3, 1))));
        assertEquals(LocalDate.of(2026, 5, 25),
                Pregnancy.of(UUID.randomUUID(), WOMAN_ID, draft(null, LocalDate.of(2027, 3, 1))).lmp());
    }

    @Test
    void neitherLmpNorExpectedDeliveryDateIsRefused() {
        assertEquals(List.of(Problem.of("lmp", "antenatal.problem.lmpOrEddRequired")), check(draft(null, null)));
        assertThrows(IllegalArgumentException.class, () -> Pregnancy.of(null, WOMAN_ID, draft(null, null)));
    }

    @Test
    void anLmpInTheFutureIsRefusedButTodayIsAccepted() {
        assertEquals(List.of(Problem.of("lmp", "antenatal.problem.lmpInFuture", "23/11/2026", "22/11/2026")),
                check(draft(LocalDate.of(2026, 11, 23), null)));
        assertEquals(List.of(), check(draft(TODAY, null)));
    }

    @Test
    void anExpectedDeliveryDateMoreThan280DaysAheadIsRefused() {
        assertEquals(List.of(), check(draft(null, LocalDate.of(2027, 8, 29))));
        assertEquals(List.of(Problem.of("edd", "antenatal.problem.eddTooLate", "30/08/2027", "29/08/2027")),
                check(draft(null, LocalDate.of(2027, 8, 30))));
    }

    @Test
    void anOpenPregnancyWithAnLmpMoreThan44WeeksAgoIsRefused() {
        assertEquals(List.of(), check(draft(LocalDate.of(2026, 1, 12), null)));
        assertEquals(List.of(Problem.of("lmp", "antenatal.problem.openPregnancyTooOld", "11/01/2026", 45, 44)),
                check(draft(LocalDate.of(2026, 1, 11), null)));
    }

    @Test
    void aDeliveredPregnancyMayHaveAnOldLmp() {
        assertEquals(List.of(), validator.validate(MAI, draft(LocalDate.of(2025, 1, 11), null),
                LocalDate.of(2025, 10, 10), List.of(), TODAY));
    }

    @Test
    void anLmpAfterThePregnancysOwnDeliveryIsRefused() {
        assertEquals(List.of(Problem.of("lmp", "antenatal.problem.lmpAfterDelivery", "01/11/2025", "10/10/2025")),
                validator.validate(MAI, draft(LocalDate.of(2025, 11, 1), null), LocalDate.of(2025, 10, 10),
                        List.of(), TODAY));
    }

    @Test
    void anExpectedDeliveryDateWithinThreeDaysOfLmpPlus280IsConsistent() {
        LocalDate lmp = LocalDate.of(2026, 5, 1);
        // Naegele's calendar rule by hand: 1 May + 7 days + 9 months = 8 February, 283 days.
        assertEquals(List.of(), check(draft(lmp, LocalDate.of(2027, 2, 8))));
        assertEquals(List.of(), check(draft(lmp, LocalDate.of(2027, 2, 2))));
        assertEquals(List.of(Problem.of("edd", "antenatal.problem.eddDisagreesWithLmp", "09/02/2027", "01/05/2026",
                "05/02/2027")), check(draft(lmp, LocalDate.of(2027, 2, 9))));
        assertEquals(List.of(Problem.of("edd", "antenatal.problem.eddDisagreesWithLmp", "01/02/2027", "01/05/2026",
                "05/02/2027")), check(draft(lmp, LocalDate.of(2027, 2, 1))));
    }

    @Test
    void bothDatesGivenAreKeptAsGiven() {
        Pregnancy p = Pregnancy.of(null, WOMAN_ID, draft(LocalDate.of(2026, 5, 1), LocalDate.of(2027, 2, 8)));
        assertEquals(LocalDate.of(2027, 2, 8), p.edd());
        assertEquals(LocalDate.of(2026, 5, 1), p.lmp());
    }

    @Test
    void gravidityMustBeAtLeastOne() {
        List<Problem> problems = check(new PregnancyDraft(null, LocalDate.of(2026, 5, 1), null, 0, null, null));
        assertEquals(List.of(Problem.of("gravida", "antenatal.problem.gravidaOutOfRange", 0, 1, 20)), problems);
        assertEquals(List.of(Problem.of("gravida", "antenatal.problem.gravidaOutOfRange", 21, 1, 20)),
                check(new PregnancyDraft(null, LocalDate.of(2026, 5, 1), null, 21, null, null)));
    }

    @Test
    void parityMustBeBelowGravidity() {
        assertEquals(List.of(Problem.of("para", "antenatal.problem.paraNotBelowGravida", 2, 2)),
                check(new PregnancyDraft(null, LocalDate.of(2026, 5, 1), null, 2, 2, null)));
        assertEquals(List.of(), check(new PregnancyDraft(null, LocalDate.of(2026, 5, 1), null, 1, 0, null)));
        assertEquals(List.of(Problem.of("para", "antenatal.problem.paraOutOfRange", -1, 0, 19)),
                check(new PregnancyDraft(null, LocalDate.of(2026, 5, 1), null, 2, -1, null)));
    }

    @Test
    void gravidityAndParityMayBeLeftOut() {
        assertEquals(List.of(), check(new PregnancyDraft(null, LocalDate.of(2026, 5, 1), null, null, null, null)));
        assertNull(Pregnancy.of(null, WOMAN_ID, new PregnancyDraft(null, LocalDate.of(2026, 5, 1), null, null, null,
                null)).gravida());
    }

    @Test
    void aSecondOpenPregnancyForTheSameWomanIsRefused() {
        Pregnancy current = AncTestData.open(LocalDate.of(2026, 6, 1));
        assertEquals(List.of(Problem.of(null, "antenatal.problem.anotherOpenPregnancy", "01/06/2026", "08/03/2027")),
                validator.validate(MAI, draft(LocalDate.of(2026, 8, 1), null), null, List.of(current), TODAY));
    }

    @Test
    void anEarlierDeliveredPregnancyMayBeRegisteredWhileSheIsPregnantAgain() {
        Pregnancy current = AncTestData.open(LocalDate.of(2026, 6, 1));
        assertEquals(List.of(), validator.validate(MAI, draft(LocalDate.of(2024, 3, 1), null),
                LocalDate.of(2024, 12, 2), List.of(current), TODAY));
    }

    @Test
    void editingTheOpenPregnancyItselfIsNotASecondOne() {
        Pregnancy current = AncTestData.open(LocalDate.of(2026, 6, 1));
        PregnancyDraft edit = new PregnancyDraft(current.id(), LocalDate.of(2026, 6, 3), null, 3, 2,
                "Tiền sản giật");
        assertEquals(List.of(), validator.validate(MAI, edit, null, List.of(current), TODAY));
    }

    @Test
    void anLmpInsideAnEarlierPregnancyIsRefused() {
        Pregnancy earlier = AncTestData.delivered(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 10, 15));
        assertEquals(List.of(Problem.of("lmp", "antenatal.problem.lmpDuringAnotherPregnancy", "01/10/2025",
                "10/01/2025", "15/10/2025")),
                validator.validate(MAI, draft(LocalDate.of(2025, 10, 1), null), LocalDate.of(2026, 6, 1),
                        List.of(earlier), TODAY));
        assertEquals(List.of(), validator.validate(MAI, draft(LocalDate.of(2026, 2, 20), null), null,
                List.of(earlier), TODAY));
    }

    @Test
    void aPregnancyIsRegisteredOnlyForAWomanOfAtLeastTen() {
        assertEquals(List.of(Problem.of("woman", "antenatal.problem.womanNotFemale", "Lò Thị Mai")),
                validator.validate(woman(Sex.MALE, LocalDate.of(1998, 4, 10)), draft(LocalDate.of(2026, 5, 1), null),
                        null, List.of(), TODAY));
        assertEquals(List.of(Problem.of("woman", "antenatal.problem.womanTooYoung", "Lò Thị Mai", "01/06/2016", 10)),
                validator.validate(woman(Sex.FEMALE, LocalDate.of(2016, 6, 1)), draft(LocalDate.of(2026, 5, 1), null),
                        null, List.of(), TODAY));
    }

    @Test
    void overlongRiskNotesAreRefused() {
        String notes = "x".repeat(2001);
        assertEquals(List.of(Problem.of("riskNotes", "antenatal.problem.riskNotesTooLong", 2001, 2000)),
                check(new PregnancyDraft(null, LocalDate.of(2026, 5, 1), null, 2, 1, notes)));
    }
}
