package vn.tramyte.antenatal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PregnancyDatesTest {
    private static final LocalDate LMP = LocalDate.of(2026, 1, 1);

    @Test
    void expectedDeliveryIsTheLmpPlus280DaysAndBack() {
        assertEquals(LocalDate.of(2026, 10, 8), PregnancyDates.eddFromLmp(LMP));
        assertEquals(LMP, PregnancyDates.lmpFromEdd(LocalDate.of(2026, 10, 8)));
    }

    @Test
    void expectedDeliveryCountsTheLeapDayOfFebruary() {
        assertEquals(LocalDate.of(2024, 3, 7), PregnancyDates.eddFromLmp(LocalDate.of(2023, 6, 1)));
        assertEquals(LocalDate.of(2023, 6, 1), PregnancyDates.lmpFromEdd(LocalDate.of(2024, 3, 7)));
    }

    @Test
    void theLmpIsWeekZeroDayZeroAndTheFirstSixDaysAreWeekZero() {
        assertEquals(new GestationalAge(0, 0), PregnancyDates.gestationalAge(LMP, LMP));
        assertEquals(new GestationalAge(0, 6), PregnancyDates.gestationalAge(LMP, LocalDate.of(2026, 1, 7)));
        assertEquals(new GestationalAge(1, 0), PregnancyDates.gestationalAge(LMP, LocalDate.of(2026, 1, 8)));
        assertEquals(Trimester.FIRST, PregnancyDates.trimester(LMP, LMP));
    }

    @Test
    void gestationalAgeIsCompletedWeeksAndDays() {
        assertEquals(new GestationalAge(40, 0), PregnancyDates.gestationalAge(LMP, LocalDate.of(2026, 10, 8)));
        assertEquals("13+6", PregnancyDates.gestationalAge(LMP, LocalDate.of(2026, 4, 8)).toString());
        assertEquals(97, new GestationalAge(13, 6).totalDays());
    }

    @Test
    void week13Day6IsFirstTrimesterAndWeek14Day0IsSecond() {
        assertEquals(new GestationalAge(13, 6), PregnancyDates.gestationalAge(LMP, LocalDate.of(2026, 4, 8)));
        assertEquals(Trimester.FIRST, PregnancyDates.trimester(LMP, LocalDate.of(2026, 4, 8)));
        assertEquals(new GestationalAge(14, 0), PregnancyDates.gestationalAge(LMP, LocalDate.of(2026, 4, 9)));
        assertEquals(Trimester.SECOND, PregnancyDates.trimester(LMP, LocalDate.of(2026, 4, 9)));
    }

    @Test
    void week27Day6IsSecondTrimesterAndWeek28Day0IsThird() {
        assertEquals(new GestationalAge(27, 6), PregnancyDates.gestationalAge(LMP, LocalDate.of(2026, 7, 15)));
        assertEquals(Trimester.SECOND, PregnancyDates.trimester(LMP, LocalDate.of(2026, 7, 15)));
        assertEquals(new GestationalAge(28, 0), PregnancyDates.gestationalAge(LMP, LocalDate.of(2026, 7, 16)));
        assertEquals(Trimester.THIRD, PregnancyDates.trimester(LMP, LocalDate.of(2026, 7, 16)));
    }

    @Test
    void trimestersStartOnTheLmpAndAfter14And28Weeks() {
        assertEquals(LMP, PregnancyDates.startOf(Trimester.FIRST, LMP));
        assertEquals(LocalDate.of(2026, 4, 9), PregnancyDates.startOf(Trimester.SECOND, LMP));
        assertEquals(LocalDate.of(2026, 7, 16), PregnancyDates.startOf(Trimester.THIRD, LMP));
        assertEquals(LocalDate.of(2026, 7, 15), PregnancyDates.dateAt(LMP, 27, 6));
    }

    @Test
    void week44Day6IsTheLastPlausibleAgeAnd45IsBeyond() {
        assertFalse(PregnancyDates.beyondMaximum(new GestationalAge(44, 6)));
        assertTrue(PregnancyDates.beyondMaximum(new GestationalAge(45, 0)));
    }

    @Test
    void aDateBeforeTheLmpHasNoGestationalAge() {
        assertThrows(IllegalArgumentException.class,
                () -> PregnancyDates.gestationalAge(LMP, LocalDate.of(2025, 12, 31)));
        assertThrows(IllegalArgumentException.class, () -> Trimester.ofCompletedWeeks(-1));
        assertThrows(IllegalArgumentException.class, () -> new GestationalAge(3, 7));
    }
}
