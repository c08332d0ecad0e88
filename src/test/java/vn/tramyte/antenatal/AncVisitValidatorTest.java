package vn.tramyte.antenatal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.antenatal.AncTestData.delivered;
import static vn.tramyte.antenatal.AncTestData.open;
import static vn.tramyte.antenatal.AncTestData.visit;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Problem;
import vn.tramyte.testing.TestClock;

class AncVisitValidatorTest {
    private static final LocalDate TODAY = TestClock.TODAY;
    private static final LocalDate LMP = LocalDate.of(2026, 5, 1);
    private final AncVisitValidator validator = new AncVisitValidator();

    private List<Problem> check(AncVisit v) {
        return validator.validate(v, open(LMP), TODAY);
    }

    private static AncVisit measured(Double weight, Integer sys, Integer dia, Double fundal, FetalHeart heart,
                                     Double hb, Integer tablets) {
        return new AncVisit(LocalDate.of(2026, 9, 1), weight, sys, dia, fundal, heart, UrineProtein.NEGATIVE,
                HivTest.NEGATIVE, hb, TetanusDose.TT2, tablets != null, tablets, "Lò Thị Mai");
    }

    @Test
    void aCompleteVisitInsideThePregnancyHasNoProblem() {
        assertEquals(List.of(), check(measured(55.5, 120, 80, 24.0, FetalHeart.rate(140), 11.5, 30)));
    }

    @Test
    void aVisitWithNoMeasurementIsAccepted() {
        assertEquals(List.of(), check(AncVisit.on(LocalDate.of(2026, 9, 1))));
    }

    @Test
    void aVisitWithoutADateIsRefused() {
        assertEquals(List.of(Problem.of("date", "antenatal.problem.visitDateRequired")), check(AncVisit.on(null)));
    }

    @Test
    void aVisitBeforeTheLmpIsRefusedButOnTheLmpIsAccepted() {
        assertEquals(List.of(Problem.of("date", "antenatal.problem.visitBeforeLmp", "30/04/2026", "01/05/2026")),
                check(AncVisit.on(LocalDate.of(2026, 4, 30))));
        assertEquals(List.of(), check(AncVisit.on(LMP)));
    }

    @Test
    void aVisitAfterTheDeliveryIsRefusedButOnTheDeliveryDayIsAccepted() {
        Pregnancy p = delivered(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 10, 5));
        assertEquals(List.of(Problem.of("date", "antenatal.problem.visitAfterDelivery", "06/10/2026", "05/10/2026")),
                validator.validate(AncVisit.on(LocalDate.of(2026, 10, 6)), p, TODAY));
        assertEquals(List.of(), validator.validate(AncVisit.on(LocalDate.of(2026, 10, 5)), p, TODAY));
    }

    @Test
    void aVisitInTheFutureIsRefusedButTodayIsAccepted() {
        assertEquals(List.of(Problem.of("date", "antenatal.problem.visitInFuture", "23/11/2026", "22/11/2026")),
                check(AncVisit.on(LocalDate.of(2026, 11, 23))));
        assertEquals(List.of(), check(AncVisit.on(TODAY)));
    }

    @Test
    void aVisitAtWeek44Day6IsAcceptedAndAtWeek45IsRefused() {
        LocalDate lmp = LocalDate.of(2025, 12, 1);
        Pregnancy p = open(lmp);
        assertEquals(LocalDate.of(2026, 10, 11), PregnancyDates.dateAt(lmp, 44, 6));
        assertEquals(List.of(), validator.validate(AncVisit.on(LocalDate.of(2026, 10, 11)), p, TODAY));
        assertEquals(List.of(Problem.of("date", "antenatal.problem.visitBeyondMaxWeeks", "12/10/2026", 45, 44)),
                validator.validate(AncVisit.on(LocalDate.of(2026, 10, 12)), p, TODAY));
    }

    @Test
    void weightOutside30To150KgIsRefusedWithTheRange() {
        assertEquals(List.of(), check(measured(30.0, null, null, null, null, null, null)));
        assertEquals(List.of(), check(measured(150.0, null, null, null, null, null, null)));
        assertEquals(List.of(Problem.of("weightKg", "antenatal.problem.weightOutOfRange", 29.9, 30, 150)),
                check(measured(29.9, null, null, null, null, null, null)));
        assertEquals(List.of(Problem.of("weightKg", "antenatal.problem.weightOutOfRange", 520.0, 30, 150)),
                check(measured(520.0, null, null, null, null, null, null)));
    }

    @Test
    void systolicOutside60To250IsRefusedWithTheRange() {
        assertEquals(List.of(), check(measured(null, 60, 40, null, null, null, null)));
        assertEquals(List.of(), check(measured(null, 250, 140, null, null, null, null)));
        assertEquals(List.of(Problem.of("systolicMmHg", "antenatal.problem.systolicOutOfRange", 260, 60, 250)),
                check(measured(null, 260, 90, null, null, null, null)));
        assertEquals(List.of(Problem.of("systolicMmHg", "antenatal.problem.systolicOutOfRange", 59, 60, 250)),
                check(measured(null, 59, 40, null, null, null, null)));
    }

    @Test
    void diastolicOutside30To150IsRefusedWithTheRange() {
        assertEquals(List.of(), check(measured(null, null, 30, null, null, null, null)));
        assertEquals(List.of(), check(measured(null, null, 150, null, null, null, null)));
        assertEquals(List.of(Problem.of("diastolicMmHg", "antenatal.problem.diastolicOutOfRange", 29, 30, 150)),
                check(measured(null, null, 29, null, null, null, null)));
        assertEquals(List.of(Problem.of("diastolicMmHg", "antenatal.problem.diastolicOutOfRange", 151, 30, 150)),
                check(measured(null, null, 151, null, null, null, null)));
    }

    @Test
    void diastolicMustBeBelowSystolic() {
        assertEquals(List.of(Problem.of("diastolicMmHg", "antenatal.problem.diastolicNotBelowSystolic", 80, 80)),
                check(measured(null, 80, 80, null, null, null, null)));
        assertEquals(List.of(Problem.of("diastolicMmHg", "antenatal.problem.diastolicNotBelowSystolic", 120, 80)),
                check(measured(null, 80, 120, null, null, null, null)));
        assertEquals(List.of(), check(measured(null, 81, 80, null, null, null, null)));
    }

    @Test
    void fundalHeightOutside5To50CmIsRefusedWithTheRange() {
        assertEquals(List.of(), check(measured(null, null, null, 5.0, null, null, null)));
        assertEquals(List.of(), check(measured(null, null, null, 50.0, null, null, null)));
        assertEquals(List.of(Problem.of("fundalHeightCm", "antenatal.problem.fundalHeightOutOfRange", 4.5, 5, 50)),
                check(measured(null, null, null, 4.5, null, null, null)));
        assertEquals(List.of(Problem.of("fundalHeightCm", "antenatal.problem.fundalHeightOutOfRange", 240.0, 5, 50)),
                check(measured(null, null, null, 240.0, null, null, null)));
    }

    @Test
    void fetalHeartRateOutside60To220IsRefusedButPresentWithoutRateIsAccepted() {
        assertEquals(List.of(), check(measured(null, null, null, null, FetalHeart.rate(60), null, null)));
        assertEquals(List.of(), check(measured(null, null, null, null, FetalHeart.rate(220), null, null)));
        assertEquals(List.of(Problem.of("fetalHeart", "antenatal.problem.fetalHeartOutOfRange", 221, 60, 220)),
                check(measured(null, null, null, null, FetalHeart.rate(221), null, null)));
        assertEquals(List.of(Problem.of("fetalHeart", "antenatal.problem.fetalHeartOutOfRange", 14, 60, 220)),
                check(measured(null, null, null, null, FetalHeart.rate(14), null, null)));
        assertEquals(List.of(), check(measured(null, null, null, null, FetalHeart.heard(), null, null)));
        assertEquals(List.of(), check(measured(null, null, null, null, FetalHeart.absent(), null, null)));
    }

    @Test
    void haemoglobinOutside3To20IsRefusedWithTheRange() {
        assertEquals(List.of(), check(measured(null, null, null, null, null, 3.0, null)));
        assertEquals(List.of(), check(measured(null, null, null, null, null, 20.0, null)));
        assertEquals(List.of(Problem.of("haemoglobinGPerDl", "antenatal.problem.haemoglobinOutOfRange", 110.0, 3, 20)),
                check(measured(null, null, null, null, null, 110.0, null)));
        assertEquals(List.of(Problem.of("haemoglobinGPerDl", "antenatal.problem.haemoglobinOutOfRange", 2.9, 3, 20)),
                check(measured(null, null, null, null, null, 2.9, null)));
    }

    @Test
    void ironFolicTabletCountOutside1To180IsRefused() {
        assertEquals(List.of(), check(measured(null, null, null, null, null, null, 180)));
        assertEquals(List.of(Problem.of("ironFolicTablets", "antenatal.problem.ironFolicTabletsOutOfRange", 0, 1, 180)),
                check(measured(null, null, null, null, null, null, 0)));
        assertEquals(List.of(Problem.of("ironFolicTablets", "antenatal.problem.ironFolicTabletsOutOfRange", 300, 1,
                180)), check(measured(null, null, null, null, null, null, 300)));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        List<Problem> problems = validator.validate(visit(LocalDate.of(2026, 11, 30), 8.0, 300, 310), open(LMP),
                TODAY);
        assertEquals(List.of("antenatal.problem.visitInFuture", "antenatal.problem.weightOutOfRange",
                "antenatal.problem.systolicOutOfRange", "antenatal.problem.diastolicOutOfRange",
                "antenatal.problem.diastolicNotBelowSystolic"), problems.stream().map(Problem::key).toList());
    }

    @Test
    void tabletsCannotBeCountedWhenIronFolicWasNotGiven() {
        assertThrows(IllegalArgumentException.class, () -> new AncVisit(TODAY, null, null, null, null, null, null,
                null, null, null, false, 30, null));
        assertTrue(measured(null, null, null, null, null, null, 30).ironFolicGiven());
    }
}
