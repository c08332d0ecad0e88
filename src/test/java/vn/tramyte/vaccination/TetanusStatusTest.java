package vn.tramyte.vaccination;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.vaccination.Fixtures.CATALOGUE;
import static vn.tramyte.vaccination.Fixtures.EVALUATOR;
import static vn.tramyte.vaccination.Fixtures.date;
import static vn.tramyte.vaccination.Fixtures.dose;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tramyte.person.Sex;

class TetanusStatusTest {
    private static final Vaccinee WOMAN = new Vaccinee(date("1995-05-10"), Sex.FEMALE);

    private static List<RecordedDose> recorded(GivenDose... doses) {
        return EVALUATOR.evaluate(WOMAN, List.of(), List.of(doses), date("2026-12-31")).acceptedOrThrow();
    }

    private static TetanusStatus status(GivenDose... doses) {
        return TetanusStatus.of(recorded(doses), CATALOGUE);
    }

    @Test
    void twoValidDosesInThisPregnancyProtect() {
        TetanusStatus s = status(dose("TT1", "2026-02-01"), dose("TT2", "2026-03-05"));
        TetanusProtection p = s.protectedOn(date("2026-10-17"), date("2026-01-10"));
        assertEquals(ProtectionBasis.DOSES_IN_PREGNANCY, p.basis());
        assertTrue(p.isProtected());
        assertEquals(date("2029-03-04"), p.lastProtectedDay());
        assertEquals("vaccination.tetanus.protectedInPregnancy", p.messageKey());
    }

    @Test
    void secondDoseLessThanFourWeeksAfterTheFirstIsNotValidAndDoesNotProtect() {
        List<RecordedDose> doses = recorded(dose("TT1", "2026-02-01"), dose("TT2", "2026-02-20"));
        assertEquals(DoseVerdict.invalid(InvalidReason.BEFORE_MIN_INTERVAL, date("2026-03-01"), "TT1"),
                doses.get(1).verdict());
        TetanusStatus s = TetanusStatus.of(doses, CATALOGUE);
        assertEquals(TetanusProtection.NONE, s.protectedOn(date("2026-10-17"), date("2026-01-10")));
        assertEquals("vaccination.tetanus.notProtected", TetanusProtection.NONE.messageKey());
        assertEquals("TT2", s.nextDose(date("2026-02-20")).orElseThrow().code());
        assertEquals(date("2026-03-01"), s.nextDoseFrom(date("2026-02-20")).orElseThrow());
    }

    @Test
    void firstDoseAloneDoesNotProtect() {
        assertFalse(status(dose("TT1", "2026-02-01")).protectedOn(date("2026-10-17"), date("2026-01-10"))
                .isProtected());
    }

    @Test
    void secondDoseOfAnEarlierPregnancyProtectsThreeYears() {
        TetanusStatus s = status(dose("TT1", "2021-03-01"), dose("TT2", "2021-04-01"));
        TetanusProtection p = s.protectedOn(date("2024-03-31"), date("2023-07-01"));
        assertEquals(ProtectionBasis.LASTING_PROTECTION, p.basis());
        assertEquals(date("2024-03-31"), p.lastProtectedDay());
        assertEquals("vaccination.tetanus.protectedUntil", p.messageKey());
        assertArrayEquals(new Object[] {"31/03/2024"}, p.messageArgs());
        assertFalse(s.protectedOn(date("2024-04-01"), date("2023-07-01")).isProtected());
    }

    @Test
    void thirdDoseProtectsFiveYears() {
        TetanusStatus s = status(dose("TT1", "2018-01-10"), dose("TT2", "2018-02-10"), dose("TT3", "2018-09-01"));
        assertTrue(s.protectedOn(date("2023-08-31"), null).isProtected());
        assertFalse(s.protectedOn(date("2023-09-01"), null).isProtected());
        assertEquals("TT4", s.nextDose(date("2023-09-01")).orElseThrow().code());
        assertEquals(date("2019-09-01"), s.nextDoseFrom(date("2023-09-01")).orElseThrow());
    }

    @Test
    void thirdDoseSoonerThanSixMonthsAndFourthSoonerThanAYearAreNotValid() {
        List<RecordedDose> doses = recorded(dose("TT1", "2020-01-10"), dose("TT2", "2020-02-10"),
                dose("TT3", "2020-07-09"), dose("TT3", "2020-08-10"), dose("TT4", "2021-07-01"),
                dose("TT4", "2021-08-10"));
        assertEquals(List.of(true, true, false, true, false, true),
                doses.stream().map(RecordedDose::isValid).toList());
        assertEquals(date("2020-08-10"), doses.get(2).verdict().limitDate());
        assertEquals(date("2021-08-10"), doses.get(4).verdict().limitDate());
    }

    @Test
    void oneDoseInThisPregnancyAfterExpiredOnesProtectsByItsOwnDuration() {
        TetanusStatus s = status(dose("TT1", "2015-03-01"), dose("TT2", "2015-04-01"), dose("TT3", "2026-03-01"));
        TetanusProtection p = s.protectedOn(date("2026-10-01"), date("2026-01-15"));
        assertEquals(ProtectionBasis.LASTING_PROTECTION, p.basis());
        assertEquals(date("2031-02-28"), p.lastProtectedDay());
    }

    @Test
    void fifthDoseProtectsForLife() {
        TetanusStatus s = status(dose("TT1", "2010-01-01"), dose("TT2", "2010-02-01"), dose("TT3", "2010-09-01"),
                dose("TT4", "2011-09-01"), dose("TT5", "2012-09-01"));
        TetanusProtection p = s.protectedOn(date("2040-01-01"), date("2039-05-01"));
        assertTrue(p.forLife());
        assertEquals("vaccination.tetanus.protectedForLife", p.messageKey());
        assertArrayEquals(new Object[0], p.messageArgs());
        assertTrue(s.nextDose(date("2040-01-01")).isEmpty());
        assertTrue(s.nextDoseFrom(date("2040-01-01")).isEmpty());
    }

    @Test
    void dosesAfterTheDayDoNotProtectYet() {
        TetanusStatus s = status(dose("TT1", "2026-02-01"), dose("TT2", "2026-03-05"));
        assertFalse(s.protectedOn(date("2026-03-04"), date("2026-01-10")).isProtected());
        assertEquals(2, s.validDoses(LocalDate.of(2026, 3, 5)).size());
    }

    @Test
    void firstDoseIsDueAtOnce() {
        TetanusStatus none = TetanusStatus.of(List.of(), CATALOGUE);
        assertEquals("TT1", none.nextDose(date("2026-05-01")).orElseThrow().code());
        assertEquals(date("2026-05-01"), none.nextDoseFrom(date("2026-05-01")).orElseThrow());
    }
}
