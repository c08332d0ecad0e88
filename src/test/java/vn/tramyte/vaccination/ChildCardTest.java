package vn.tramyte.vaccination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.vaccination.Fixtures.BIRTH;
import static vn.tramyte.vaccination.Fixtures.CATALOGUE;
import static vn.tramyte.vaccination.Fixtures.date;
import static vn.tramyte.vaccination.Fixtures.dose;
import static vn.tramyte.vaccination.Fixtures.recorded;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChildCardTest {
    private static ChildCard card(String isoDay, GivenDose... doses) {
        return ChildCard.of(BIRTH, recorded(doses), CATALOGUE, date(isoDay));
    }

    private static CardEntry entry(ChildCard card, String code) {
        return card.entry(code).orElseThrow();
    }

    @Test
    void dueDatesAreTheBirthDatePlusCalendarMonths() {
        ChildCard c = card("2026-02-15");
        assertEquals(date("2026-03-31"), entry(c, "PENTA1").dueDate());
        assertEquals(date("2026-03-31"), entry(c, "OPV1").dueDate());
        assertEquals(date("2026-06-30"), entry(c, "IPV1").dueDate());
        assertEquals(date("2026-10-31"), entry(c, "MEASLES1").dueDate());
        assertEquals(date("2027-07-31"), entry(c, "MR").dueDate());
        assertEquals(date("2026-01-31"), entry(c, "BCG").dueDate());
    }

    @Test
    void cardListsEveryChildDoseAndNoWomansDose() {
        List<String> codes = card("2026-02-15").entries().stream().map(e -> e.vaccine().code()).toList();
        assertEquals(CATALOGUE.forTarget(Target.CHILD).stream().map(Vaccine::code).toList(), codes);
    }

    @Test
    void dueOnTheDueDateAndOverdueAfterTwentyEightDays() {
        assertEquals(CardStatus.NOT_YET_DUE, entry(card("2026-03-30"), "PENTA1").status());
        assertEquals(CardStatus.DUE, entry(card("2026-03-31"), "PENTA1").status());
        assertEquals(CardStatus.DUE, entry(card("2026-04-28"), "PENTA1").status());
        assertEquals(CardStatus.OVERDUE, entry(card("2026-04-29"), "PENTA1").status());
        assertEquals(29, entry(card("2026-04-29"), "PENTA1").daysLate(date("2026-04-29")));
    }

    @Test
    void givenDoseShowsItsDate() {
        CardEntry bcg = entry(card("2026-02-15", dose("BCG", "2026-01-31")), "BCG");
        assertEquals(CardStatus.GIVEN, bcg.status());
        assertEquals(date("2026-01-31"), bcg.dose().date());
        assertNull(bcg.dueDate());
    }

    @Test
    void nextDoseOfASeriesIsNotDueBeforeThePreviousIsGiven() {
        ChildCard c = card("2026-05-15");
        assertEquals(CardStatus.OVERDUE, entry(c, "PENTA1").status());
        assertEquals(CardStatus.NOT_YET_DUE, entry(c, "PENTA2").status());
        assertNull(entry(c, "PENTA2").dueDate());
        assertEquals(List.of("BCG", "PENTA1", "OPV1", "ROTA1", "PCV1"),
                c.dueOrOverdue().stream().map(e -> e.vaccine().code()).toList());
    }

    @Test
    void nextDoseIsDueTheMinimumIntervalAfterALatePreviousDose() {
        ChildCard c = card("2026-06-01", dose("PENTA1", "2026-05-10"));
        assertEquals(date("2026-06-07"), entry(c, "PENTA2").dueDate());
        assertEquals(CardStatus.NOT_YET_DUE, entry(c, "PENTA2").status());
    }

    @Test
    void notValidDoseIsShownAndStillDue() {
        ChildCard c = card("2026-04-10", dose("PENTA1", "2026-03-05"));
        CardEntry penta1 = entry(c, "PENTA1");
        assertEquals(CardStatus.INVALID, penta1.status());
        assertEquals(InvalidReason.BEFORE_MIN_AGE, penta1.dose().verdict().reason());
        assertEquals(date("2026-03-31"), penta1.dueDate());
        assertEquals(DueStatus.DUE, penta1.due());
        assertTrue(c.dueOrOverdue().contains(penta1));
        assertEquals(CardStatus.NOT_YET_DUE, entry(c, "PENTA2").status());
    }

    @Test
    void afterANotValidDoseTheNextDoseIsDueFromTheValidOne() {
        ChildCard c = card("2026-05-01", dose("PENTA1", "2026-03-05"), dose("PENTA1", "2026-04-10"));
        assertEquals(CardStatus.GIVEN, entry(c, "PENTA1").status());
        assertEquals(date("2026-04-10"), entry(c, "PENTA1").dose().date());
        assertEquals(date("2026-05-08"), entry(c, "PENTA2").dueDate());
    }

    @Test
    void doseNotGivenBeforeTheUpperAgeIsNoLongerApplicable() {
        ChildCard atOne = card("2027-02-01");
        assertEquals(CardStatus.NOT_APPLICABLE, entry(atOne, "BCG").status());
        assertEquals(CardStatus.NOT_APPLICABLE, entry(atOne, "HEPB0").status());
        assertEquals(CardStatus.NOT_APPLICABLE, entry(atOne, "ROTA1").status());
        assertEquals(CardStatus.NOT_APPLICABLE, entry(atOne, "ROTA2").status());
        assertEquals(CardStatus.OVERDUE, entry(atOne, "PENTA1").status());
        assertEquals(CardStatus.OVERDUE, entry(card("2027-01-30"), "BCG").status());
    }

    @Test
    void doseThatCouldOnlyBeDueAfterTheUpperAgeIsNotApplicable() {
        // ROTA1 on day 170: ROTA2 would be due on day 198, past the 182 days of the rotavirus series
        ChildCard c = card("2026-07-25", dose("ROTA1", "2026-07-20"));
        assertEquals(CardStatus.GIVEN, entry(c, "ROTA1").status());
        assertEquals(CardStatus.NOT_APPLICABLE, entry(c, "ROTA2").status());
    }

    @Test
    void vaccineIntroducedLaterIsNotApplicableToOlderCohorts() {
        ChildCard born2025 = ChildCard.of(date("2025-06-01"), List.of(), CATALOGUE, date("2026-02-01"));
        assertEquals(CardStatus.NOT_APPLICABLE, entry(born2025, "PCV1").status());
        assertEquals(CardStatus.NOT_APPLICABLE, entry(born2025, "PCV2").status());
        assertEquals(CardStatus.DUE, entry(card("2026-04-01"), "PCV1").status());
        ChildCard born2016 = ChildCard.of(date("2016-06-01"), List.of(), CATALOGUE, date("2026-02-01"));
        assertEquals(CardStatus.NOT_APPLICABLE, entry(born2016, "TD").status());
    }

    @Test
    void dosesAfterTheCardsDayAreNotCounted() {
        ChildCard c = card("2026-04-01", dose("PENTA1", "2026-04-02"));
        assertEquals(CardStatus.DUE, entry(c, "PENTA1").status());
    }

    @Test
    void dosesOutsideTheChildScheduleAreKeptApart() {
        RecordedDose removed = new RecordedDose(dose("OLDVAX", "2026-02-01"), DoseVerdict.VALID);
        ChildCard c = ChildCard.of(BIRTH, List.of(removed), CATALOGUE, date("2026-03-01"));
        assertEquals(List.of(removed), c.otherDoses());
    }
}
