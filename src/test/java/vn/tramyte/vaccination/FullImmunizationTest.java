package vn.tramyte.vaccination;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.vaccination.Fixtures.BIRTH;
import static vn.tramyte.vaccination.Fixtures.CATALOGUE;
import static vn.tramyte.vaccination.Fixtures.date;
import static vn.tramyte.vaccination.Fixtures.dose;
import static vn.tramyte.vaccination.Fixtures.recorded;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FullImmunizationTest {
    /** BCG at birth, 5-in-1 and OPV at 2, 3, 4 months; measles on the given day. */
    private static List<GivenDose> eightDoses(String measlesDate) {
        return new ArrayList<>(List.of(dose("BCG", "2026-01-31"),
                dose("PENTA1", "2026-03-31"), dose("OPV1", "2026-03-31"),
                dose("PENTA2", "2026-04-30"), dose("OPV2", "2026-04-30"),
                dose("PENTA3", "2026-06-02"), dose("OPV3", "2026-05-30"),
                dose("MEASLES1", measlesDate)));
    }

    private static FullImmunization of(List<GivenDose> doses, String asOf) {
        return FullImmunization.of(BIRTH, recorded(doses.toArray(GivenDose[]::new)), CATALOGUE, date(asOf));
    }

    @Test
    void completedOnTheDayTheLastOfTheEightDosesWasGiven() {
        FullImmunization f = of(eightDoses("2026-10-31"), "2027-06-01");
        assertTrue(f.completed());
        assertEquals(date("2026-10-31"), f.completedOn());
        assertEquals(List.of(), f.missing());
        assertEquals("vaccination.fullImmunization.completed", f.messageKey());
        assertArrayEquals(new Object[] {"31/10/2026"}, f.messageArgs());
    }

    @Test
    void completionDateIsTheLatestDoseWhateverItsPlaceInTheList() {
        List<GivenDose> doses = eightDoses("2026-10-31");
        doses.set(0, dose("BCG", "2026-11-20"));
        assertEquals(date("2026-11-20"), of(doses, "2027-06-01").completedOn());
    }

    @Test
    void measlesOnTheFirstBirthdayDoesNotCount() {
        FullImmunization f = of(eightDoses("2027-01-31"), "2027-06-01");
        assertFalse(f.completed());
        assertNull(f.completedOn());
        assertEquals(List.of("MEASLES1"), f.missing());
        assertFalse(f.stillPossible());
        assertEquals("vaccination.fullImmunization.notAchieved", f.messageKey());
    }

    @Test
    void measlesOnTheDayBeforeTheFirstBirthdayCounts() {
        assertEquals(date("2027-01-30"), of(eightDoses("2027-01-30"), "2027-06-01").completedOn());
    }

    @Test
    void missingDosesAreListedWhileTheChildIsUnderOne() {
        List<GivenDose> doses = eightDoses("2026-10-31");
        doses.removeIf(d -> d.vaccineCode().equals("MEASLES1") || d.vaccineCode().equals("OPV3"));
        FullImmunization f = of(doses, "2026-11-15");
        assertEquals(List.of("OPV3", "MEASLES1"), f.missing());
        assertTrue(f.stillPossible());
        assertEquals("vaccination.fullImmunization.missing", f.messageKey());
        assertArrayEquals(new Object[] {"OPV3, MEASLES1"}, f.messageArgs());
    }

    @Test
    void notValidDoseDoesNotCountButItsValidRepeatDoes() {
        List<GivenDose> doses = eightDoses("2026-10-25");
        assertEquals(List.of("MEASLES1"), of(doses, "2027-06-01").missing());
        doses.add(dose("MEASLES1", "2026-11-02"));
        assertEquals(date("2026-11-02"), of(doses, "2027-06-01").completedOn());
    }

    @Test
    void dosesAfterTheDayOfEvaluationDoNotCountYet() {
        assertFalse(of(eightDoses("2026-10-31"), "2026-10-30").completed());
    }

    @Test
    void centreMayAddTheBirthDoseToTheRequiredSet() {
        VaccineCatalogue withBirthDose = Fixtures.withFullImmunization("HEPB0");
        List<RecordedDose> doses = recorded(eightDoses("2026-10-31").toArray(GivenDose[]::new));
        FullImmunization f = FullImmunization.of(BIRTH, doses, withBirthDose, date("2027-06-01"));
        assertEquals(List.of("HEPB0"), f.missing());
        List<RecordedDose> withHepB = new ArrayList<>(doses);
        withHepB.addAll(recorded(dose("HEPB0", "2026-01-31")));
        assertTrue(FullImmunization.of(BIRTH, withHepB, withBirthDose, date("2027-06-01")).completed());
        assertTrue(ChildCard.of(BIRTH, withHepB, withBirthDose, date("2027-06-01")).fullImmunization().completed());
    }
}
