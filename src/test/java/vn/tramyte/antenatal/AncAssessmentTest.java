package vn.tramyte.antenatal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.antenatal.AncTestData.delivered;
import static vn.tramyte.antenatal.AncTestData.open;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** LMP 1 January 2026: 13+6 is 8 April, 14+0 is 9 April, 27+6 is 15 July, 28+0 is 16 July. */
class AncAssessmentTest {
    private static final LocalDate LMP = LocalDate.of(2026, 1, 1);
    private static final LocalDate W13D6 = LocalDate.of(2026, 4, 8);
    private static final LocalDate W14D0 = LocalDate.of(2026, 4, 9);
    private static final LocalDate W27D6 = LocalDate.of(2026, 7, 15);
    private static final LocalDate W28D0 = LocalDate.of(2026, 7, 16);
    private static final LocalDate DELIVERY = LocalDate.of(2026, 10, 5);
    private static final LocalDate LATER = LocalDate.of(2026, 11, 22);

    private static AncAssessment deliveredWith(List<LocalDate> visits) {
        return AncAssessment.of(delivered(LMP, DELIVERY), visits, true, LATER);
    }

    @Test
    void visitsAreCountedPerTrimesterAtTheWeek13And27Edges() {
        AncAssessment a = deliveredWith(List.of(W13D6, W14D0, W27D6, W28D0));
        assertEquals(Map.of(Trimester.FIRST, 1, Trimester.SECOND, 2, Trimester.THIRD, 1), a.visitsPerTrimester());
        assertEquals(4, a.visitCount());
    }

    @Test
    void threeVisitsAtWeeks13Plus6And14Plus0And28Plus0CoverThreeTrimesters() {
        assertTrue(deliveredWith(List.of(W13D6, W14D0, W28D0)).threeVisitsInThreeTrimesters());
    }

    @Test
    void aThirdVisitAtWeek27Plus6IsStillSecondTrimesterSoThreeTrimestersAreNotCovered() {
        AncAssessment a = deliveredWith(List.of(W13D6, W14D0, W27D6));
        assertEquals(0, a.visitsIn(Trimester.THIRD));
        assertFalse(a.threeVisitsInThreeTrimesters());
    }

    @Test
    void aFirstVisitAtWeek14Plus0LeavesTheFirstTrimesterEmptyEvenWithFourVisits() {
        AncAssessment a = deliveredWith(List.of(W14D0, LocalDate.of(2026, 5, 1), W27D6, W28D0));
        assertEquals(0, a.visitsIn(Trimester.FIRST));
        assertFalse(a.threeVisitsInThreeTrimesters());
        assertTrue(a.fourOrMoreVisits());
    }

    @Test
    void oneVisitInEachTrimesterIsNotEnoughWithoutThreeVisits() {
        assertFalse(deliveredWith(List.of(W13D6, W28D0)).threeVisitsInThreeTrimesters());
    }

    @Test
    void aVisitOnTheDeliveryDayCountsTowardsFourVisits() {
        AncAssessment a = deliveredWith(List.of(LocalDate.of(2026, 3, 1), W14D0, W28D0, DELIVERY));
        assertTrue(a.fourOrMoreVisits());
        assertTrue(a.threeVisitsInThreeTrimesters());
        assertEquals(Set.of(), a.flags());
    }

    @Test
    void aVisitAfterTheDeliveryOrBeforeTheLmpDoesNotCount() {
        AncAssessment a = deliveredWith(List.of(LocalDate.of(2025, 12, 31), W14D0, W28D0,
                DELIVERY.plusDays(1)));
        assertEquals(2, a.visitCount());
        assertFalse(a.fourOrMoreVisits());
    }

    @Test
    void aVisitAfterTheReferenceDateIsNotCountedYet() {
        AncAssessment a = AncAssessment.of(open(LMP), List.of(W13D6, W14D0, W28D0, LocalDate.of(2026, 9, 2)), true,
                LocalDate.of(2026, 9, 1));
        assertEquals(3, a.visitCount());
    }

    @Test
    void noSecondTrimesterVisitIsFlaggedFromWeek20Plus0NotAt19Plus6() {
        Pregnancy p = open(LMP);
        List<LocalDate> firstOnly = List.of(LocalDate.of(2026, 3, 1));
        assertEquals(new GestationalAge(19, 6), p.gestationalAgeOn(LocalDate.of(2026, 5, 20)));
        assertEquals(Set.of(), AncAssessment.of(p, firstOnly, true, LocalDate.of(2026, 5, 20)).flags());
        assertEquals(Set.of(CardFlag.NO_SECOND_TRIMESTER_VISIT),
                AncAssessment.of(p, firstOnly, true, LocalDate.of(2026, 5, 21)).flags());
    }

    @Test
    void aSecondTrimesterVisitClearsTheFlag() {
        assertEquals(Set.of(), AncAssessment.of(open(LMP), List.of(W14D0), true, LocalDate.of(2026, 6, 1)).flags());
    }

    @Test
    void fewerThanFourVisitsIsFlaggedAtTermFromWeek37Plus0() {
        Pregnancy p = open(LMP);
        List<LocalDate> three = List.of(W13D6, W14D0, W28D0);
        assertEquals(new GestationalAge(36, 6), p.gestationalAgeOn(LocalDate.of(2026, 9, 16)));
        assertEquals(Set.of(), AncAssessment.of(p, three, true, LocalDate.of(2026, 9, 16)).flags());
        assertEquals(Set.of(CardFlag.FEWER_THAN_FOUR_VISITS),
                AncAssessment.of(p, three, true, LocalDate.of(2026, 9, 17)).flags());
    }

    @Test
    void fewerThanFourVisitsIsFlaggedOnAPretermDelivery() {
        AncAssessment a = AncAssessment.of(delivered(LMP, LocalDate.of(2026, 9, 2)), List.of(W13D6, W14D0, W28D0),
                true, LATER);
        assertEquals(new GestationalAge(34, 6), a.gestationalAge());
        assertTrue(a.delivered());
        assertEquals(Set.of(CardFlag.FEWER_THAN_FOUR_VISITS), a.flags());
    }

    @Test
    void fourVisitsAtTermRaiseNoFlag() {
        AncAssessment a = AncAssessment.of(open(LMP), List.of(W13D6, W14D0, W28D0, LocalDate.of(2026, 9, 1)), true,
                LocalDate.of(2026, 9, 20));
        assertTrue(a.deliveredOrAtTerm());
        assertEquals(Set.of(), a.flags());
    }

    @Test
    void notTetanusProtectedIsFlaggedFromTheInput() {
        AncAssessment a = AncAssessment.of(open(LMP), List.of(), false, LocalDate.of(2026, 2, 1));
        assertEquals(Set.of(CardFlag.NOT_TETANUS_PROTECTED), a.flags());
    }

    @Test
    void aDeliveredPregnancyStopsAgeingAtTheDelivery() {
        AncAssessment a = deliveredWith(List.of());
        assertEquals(new GestationalAge(39, 4), a.gestationalAge());
    }

    @Test
    void aCardLookedAtBeforeTheDeliverySeesHerStillPregnant() {
        AncAssessment a = AncAssessment.of(delivered(LMP, DELIVERY), List.of(W13D6), true, LocalDate.of(2026, 6, 1));
        assertFalse(a.delivered());
        assertEquals(Set.of(CardFlag.NO_SECOND_TRIMESTER_VISIT), a.flags());
    }

    @Test
    void theAssessmentCanBeMadeFromTheVisitsThemselves() {
        AncAssessment a = AncAssessment.ofVisits(open(LMP), List.of(AncVisit.on(W13D6), AncVisit.on(W14D0)), true,
                LocalDate.of(2026, 6, 1));
        assertEquals(2, a.visitCount());
    }
}
