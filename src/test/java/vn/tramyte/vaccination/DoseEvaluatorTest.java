package vn.tramyte.vaccination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.vaccination.Fixtures.BIRTH;
import static vn.tramyte.vaccination.Fixtures.EVALUATOR;
import static vn.tramyte.vaccination.Fixtures.date;
import static vn.tramyte.vaccination.Fixtures.dose;
import static vn.tramyte.vaccination.Fixtures.recorded;
import static vn.tramyte.vaccination.Fixtures.storedValid;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;
import vn.tramyte.person.Sex;

class DoseEvaluatorTest {
    private static final Vaccinee CHILD = new Vaccinee(BIRTH, Sex.MALE);
    private static final LocalDate TODAY = date("2026-06-15");

    private static DoseEvaluation evaluate(List<RecordedDose> existing, GivenDose... doses) {
        return EVALUATOR.evaluate(CHILD, existing, List.of(doses), TODAY);
    }

    private static DoseVerdict verdictOf(List<RecordedDose> existing, GivenDose dose) {
        return evaluate(existing, dose).acceptedOrThrow().get(0).verdict();
    }

    @Test
    void bcgAndHepatitisBGivenOnTheBirthDayAreBothValid() {
        DoseEvaluation e = evaluate(List.of(), dose("BCG", "2026-01-31"), dose("HEPB0", "2026-01-31"));
        assertTrue(e.isAccepted());
        assertEquals(List.of("BCG", "HEPB0"), e.accepted().stream().map(RecordedDose::vaccineCode).toList());
        assertTrue(e.accepted().stream().allMatch(RecordedDose::isValid));
        assertEquals(List.of(), e.warnings());
    }

    @Test
    void pentaOneAndOpvOneGivenTogetherAtTwoMonthsAreValid() {
        DoseEvaluation e = evaluate(List.of(), dose("PENTA1", "2026-03-31"), dose("OPV1", "2026-03-31"));
        assertTrue(e.accepted().stream().allMatch(RecordedDose::isValid));
    }

    @Test
    void doseDatedInTheFutureIsRefused() {
        DoseEvaluation e = evaluate(List.of(), dose("PENTA1", "2026-06-16"));
        assertFalse(e.isAccepted());
        assertEquals(List.of(Problem.of("date", "vaccination.problem.dateInFuture", "PENTA1", "16/06/2026",
                "15/06/2026")), e.problems());
    }

    @Test
    void doseDatedBeforeBirthIsRefused() {
        assertEquals(List.of(Problem.of("date", "vaccination.problem.beforeBirth", "BCG", "30/01/2026",
                "31/01/2026")), evaluate(List.of(), dose("BCG", "2026-01-30")).problems());
    }

    @Test
    void unknownCodeIsRefused() {
        assertEquals(List.of(Problem.of("vaccine", "vaccination.problem.unknownVaccine", "HPV1")),
                evaluate(List.of(), dose("hpv1", "2026-03-01")).problems());
    }

    @Test
    void sameValidDoseTwiceIsRefusedWhateverTheDate() {
        List<RecordedDose> existing = recorded(dose("BCG", "2026-02-01"));
        assertEquals(List.of(Problem.of("vaccine", "vaccination.problem.alreadyGiven", "BCG", "01/02/2026")),
                evaluate(existing, dose("BCG", "2026-03-01")).problems());
        assertEquals(List.of(Problem.of("vaccine", "vaccination.problem.alreadyGiven", "BCG", "01/02/2026")),
                evaluate(existing, dose("BCG", "2026-01-31")).problems());
    }

    @Test
    void sameDoseTwiceInOneBatchIsRefused() {
        DoseEvaluation e = evaluate(List.of(), dose("OPV1", "2026-04-01"), dose("OPV1", "2026-04-01"));
        assertEquals(List.of(new DoseEvaluation.Refusal(1, dose("OPV1", "2026-04-01"),
                Problem.of("vaccine", "vaccination.problem.alreadyGiven", "OPV1", "01/04/2026"))), e.refusals());
    }

    @Test
    void notValidDoseEnteredAgainOnTheSameDayIsRefused() {
        List<RecordedDose> existing = recorded(dose("PENTA1", "2026-03-01"));
        assertEquals(List.of(Problem.of("vaccine", "vaccination.problem.enteredTwice", "PENTA1", "01/03/2026")),
                evaluate(existing, dose("PENTA1", "2026-03-01")).problems());
    }

    @Test
    void refusedBatchRecordsNothing() {
        DoseEvaluation e = evaluate(List.of(), dose("BCG", "2026-02-01"), dose("HEPB0", "2027-01-01"));
        assertTrue(e.accepted().isEmpty());
        UserError error = assertThrows(UserError.class, e::acceptedOrThrow);
        assertEquals("vaccination.problem.dateInFuture", error.problems().get(0).key());
    }

    @Test
    void womansDoseForAChildOrAManIsRefused() {
        assertEquals(List.of(Problem.of("vaccine", "vaccination.problem.womenOnly", "TT1", 10)),
                evaluate(List.of(), dose("TT1", "2026-05-01")).problems());
        Vaccinee man = new Vaccinee(date("1995-04-02"), Sex.MALE);
        assertEquals("vaccination.problem.womenOnly",
                EVALUATOR.evaluate(man, List.of(), List.of(dose("TT1", "2026-05-01")), TODAY).problems().get(0).key());
    }

    @Test
    void childsDoseForAWomanIsRefusedAndHerTetanusDoseAccepted() {
        Vaccinee woman = new Vaccinee(date("1998-07-20"), Sex.FEMALE);
        assertEquals(List.of(Problem.of("vaccine", "vaccination.problem.childrenOnly", "PENTA1", 16, 27)),
                EVALUATOR.evaluate(woman, List.of(), List.of(dose("PENTA1", "2026-05-01")), TODAY).problems());
        assertTrue(EVALUATOR.evaluate(woman, List.of(), List.of(dose("TT1", "2026-05-01")), TODAY).accepted()
                .get(0).isValid());
    }

    @Test
    void doseBeforeMinimumAgeIsRecordedButFlagged() {
        DoseEvaluation e = evaluate(List.of(), dose("PENTA1", "2026-03-10"));
        assertTrue(e.isAccepted());
        assertEquals(DoseVerdict.invalid(InvalidReason.BEFORE_MIN_AGE, date("2026-03-14"), null),
                e.accepted().get(0).verdict());
        assertEquals(List.of(Problem.of("date", "vaccination.invalid.beforeMinimumAge", "PENTA1", "14/03/2026", "")),
                e.warnings());
    }

    @Test
    void doseBeforeMinimumIntervalIsFlagged() {
        List<RecordedDose> existing = recorded(dose("PENTA1", "2026-03-31"));
        assertEquals(DoseVerdict.invalid(InvalidReason.BEFORE_MIN_INTERVAL, date("2026-04-28"), "PENTA1"),
                verdictOf(existing, dose("PENTA2", "2026-04-27")));
        assertTrue(verdictOf(existing, dose("PENTA2", "2026-04-28")).isValid());
    }

    @Test
    void dosesOfOneSeriesTypedTogetherAreJudgedInOrder() {
        DoseEvaluation e = evaluate(List.of(), dose("PENTA2", "2026-04-01"), dose("PENTA1", "2026-04-01"));
        assertTrue(e.accepted().get(1).isValid());
        assertEquals(InvalidReason.BEFORE_MIN_INTERVAL, e.accepted().get(0).verdict().reason());
    }

    @Test
    void notValidDoseMayBeGivenAgainAndTheNextDoseCountsFromTheValidOne() {
        List<RecordedDose> history = recorded(dose("PENTA1", "2026-03-05"), dose("PENTA1", "2026-04-10"));
        assertFalse(history.get(0).isValid());
        assertTrue(history.get(1).isValid());
        // 28 days after the valid dose of 10/04, not after the early one of 05/03
        assertEquals(DoseVerdict.invalid(InvalidReason.BEFORE_MIN_INTERVAL, date("2026-05-08"), "PENTA1"),
                verdictOf(history, dose("PENTA2", "2026-05-01")));
        assertTrue(verdictOf(history, dose("PENTA2", "2026-05-08")).isValid());
    }

    @Test
    void doseWithNoValidPreviousDoseIsFlagged() {
        assertEquals(DoseVerdict.invalid(InvalidReason.PREVIOUS_DOSE_MISSING, null, "OPV1"),
                verdictOf(List.of(), dose("OPV2", "2026-05-01")));
        List<RecordedDose> earlyOpv1 = recorded(dose("OPV1", "2026-03-01"));
        assertEquals(DoseVerdict.invalid(InvalidReason.PREVIOUS_DOSE_MISSING, null, "OPV1"),
                verdictOf(earlyOpv1, dose("OPV2", "2026-05-01")));
    }

    @Test
    void doseAfterMaximumAgeIsFlagged() {
        DoseEvaluator evaluator = EVALUATOR;
        DoseEvaluation e = evaluator.evaluate(CHILD, List.of(), List.of(dose("BCG", "2027-02-01")),
                date("2027-03-01"));
        assertEquals(DoseVerdict.invalid(InvalidReason.AFTER_MAX_AGE, date("2027-01-30"), null),
                e.accepted().get(0).verdict());
        assertTrue(verdictOf(List.of(), dose("HEPB0", "2026-02-07")).isValid());
        assertEquals(InvalidReason.AFTER_MAX_AGE, verdictOf(List.of(), dose("HEPB0", "2026-02-08")).reason());
    }

    @Test
    void japaneseEncephalitisIntervalsAreOneWeekThenOneYear() {
        LocalDate today = date("2028-06-01");
        List<RecordedDose> je = EVALUATOR.evaluate(CHILD, List.of(), List.of(dose("JE1", "2027-02-01"),
                dose("JE2", "2027-02-07"), dose("JE2", "2027-02-08"), dose("JE3", "2028-02-07")), today)
                .acceptedOrThrow();
        assertEquals(List.of(true, false, true, false), je.stream().map(RecordedDose::isValid).toList());
        assertEquals(date("2028-02-08"), je.get(3).verdict().limitDate());
    }

    @Test
    void storedVerdictsOfEarlierDosesAreNotJudgedAgain() {
        // PENTA1 at 5 weeks was valid under the catalogue of its day: PENTA2 counts from it
        List<RecordedDose> existing = List.of(storedValid("PENTA1", "2026-03-07"));
        assertTrue(verdictOf(existing, dose("PENTA2", "2026-04-04")).isValid());
    }
}
