package vn.tramyte.antenatal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.tramyte.antenatal.AncTestData.open;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tramyte.testing.TestClock;

class AncListsTest {
    private static final LocalDate TODAY = TestClock.TODAY;

    private static Pregnancy due(LocalDate edd) {
        return open(PregnancyDates.lmpFromEdd(edd));
    }

    @Test
    void womenDueWithinTheNextNWeeksAreListedByExpectedDate() {
        Pregnancy lastDay = due(LocalDate.of(2026, 12, 20));
        Pregnancy dayAfter = due(LocalDate.of(2026, 12, 21));
        Pregnancy soon = due(LocalDate.of(2026, 11, 30));
        List<Pregnancy> list = AncLists.expectedToDeliver(List.of(lastDay, dayAfter, soon), TODAY, 4);
        assertEquals(List.of(soon, lastDay), list);
    }

    @Test
    void womenPastTheirExpectedDateComeFirstUntil44Weeks() {
        Pregnancy overdue = due(LocalDate.of(2026, 11, 15));
        Pregnancy stale = open(LocalDate.of(2026, 1, 1));
        Pregnancy soon = due(LocalDate.of(2026, 11, 30));
        assertEquals(List.of(overdue, soon), AncLists.expectedToDeliver(List.of(soon, stale, overdue), TODAY, 2));
    }

    @Test
    void deliveredWomenAreNotExpectedToDeliver() {
        Pregnancy done = due(LocalDate.of(2026, 12, 1)).delivered(LocalDate.of(2026, 11, 20));
        assertEquals(List.of(), AncLists.expectedToDeliver(List.of(done), TODAY, 4));
    }

    @Test
    void zeroWeeksListsThoseDueTodayOrOverdue() {
        Pregnancy today = due(TODAY);
        Pregnancy tomorrow = due(TODAY.plusDays(1));
        assertEquals(List.of(today), AncLists.expectedToDeliver(List.of(today, tomorrow), TODAY, 0));
        assertThrows(IllegalArgumentException.class, () -> AncLists.expectedToDeliver(List.of(), TODAY, -1));
    }

    @Test
    void aVisitOnTheFirstDayOfTheCurrentTrimesterCounts() {
        Pregnancy p = open(LocalDate.of(2026, 8, 1));
        assertEquals(LocalDate.of(2026, 11, 7), PregnancyDates.startOf(Trimester.SECOND, p.lmp()));
        assertEquals(List.of(), AncLists.noVisitInCurrentTrimester(List.of(p),
                Map.of(p.id(), List.of(LocalDate.of(2026, 11, 7))), TODAY));
    }

    @Test
    void aVisitInThePreviousTrimesterDoesNotCount() {
        Pregnancy p = open(LocalDate.of(2026, 8, 1));
        assertEquals(List.of(p), AncLists.noVisitInCurrentTrimester(List.of(p),
                Map.of(p.id(), List.of(LocalDate.of(2026, 11, 6))), TODAY));
    }

    @Test
    void womenWithNoVisitAtAllAreListedMostAdvancedFirst() {
        Pregnancy early = open(LocalDate.of(2026, 10, 1));
        Pregnancy late = open(LocalDate.of(2026, 4, 1));
        Pregnancy seenToday = open(LocalDate.of(2026, 4, 2));
        Pregnancy delivered = open(LocalDate.of(2026, 3, 1)).delivered(LocalDate.of(2026, 11, 1));
        assertEquals(List.of(late, early), AncLists.noVisitInCurrentTrimester(
                List.of(early, seenToday, delivered, late), Map.of(seenToday.id(), List.of(TODAY)), TODAY));
    }
}
