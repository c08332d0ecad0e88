package vn.tramyte.death;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.death.DeathClass.EARLY_NEONATAL;
import static vn.tramyte.death.DeathClass.INFANT;
import static vn.tramyte.death.DeathClass.MATERNAL;
import static vn.tramyte.death.DeathClass.NEONATAL;
import static vn.tramyte.death.DeathClass.UNDER_FIVE;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tramyte.person.Sex;

class DeathClassificationTest {
    private static final LocalDate WOMAN_BORN = LocalDate.of(1995, 5, 10);

    private static Set<DeathClass> child(LocalDate birth, LocalDate death) {
        return DeathClassification.of(new DeathFacts(Sex.MALE, birth, false, null, death, CauseGroup.PNEUMONIA,
                null, null)).classes();
    }

    private static Set<DeathClass> woman(LocalDate death, CauseGroup cause, Boolean pregnancyRelated,
                                         LocalDate delivery) {
        return DeathClassification.of(new DeathFacts(Sex.FEMALE, WOMAN_BORN, false, null, death, cause,
                pregnancyRelated, delivery)).classes();
    }

    @Test
    void aDeathOnTheDayOfBirthIsInEveryChildClass() {
        LocalDate birth = LocalDate.of(2026, 3, 10);
        assertEquals(Set.of(EARLY_NEONATAL, NEONATAL, INFANT, UNDER_FIVE), child(birth, birth));
    }

    @Test
    void day6IsEarlyNeonatalAndDay7IsNot() {
        LocalDate birth = LocalDate.of(2026, 3, 10);
        assertEquals(Set.of(EARLY_NEONATAL, NEONATAL, INFANT, UNDER_FIVE), child(birth, LocalDate.of(2026, 3, 16)));
        assertEquals(Set.of(NEONATAL, INFANT, UNDER_FIVE), child(birth, LocalDate.of(2026, 3, 17)));
    }

    @Test
    void day27IsNeonatalAndDay28IsNot() {
        LocalDate birth = LocalDate.of(2026, 2, 1);
        assertEquals(Set.of(NEONATAL, INFANT, UNDER_FIVE), child(birth, LocalDate.of(2026, 2, 28)));
        assertEquals(Set.of(INFANT, UNDER_FIVE), child(birth, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void in365DayYear364DaysOldIsInfantAnd365DaysIsNot() {
        LocalDate birth = LocalDate.of(2025, 3, 1);
        assertEquals(Set.of(INFANT, UNDER_FIVE), child(birth, LocalDate.of(2026, 2, 28)));
        assertEquals(Set.of(UNDER_FIVE), child(birth, LocalDate.of(2026, 3, 1)));
    }

    @Test
    void inALeapYear365DaysOldIsStillInfantBecauseTheBirthdayDecides() {
        LocalDate birth = LocalDate.of(2023, 3, 1);
        assertEquals(Set.of(INFANT, UNDER_FIVE), child(birth, LocalDate.of(2024, 2, 29)));
        assertEquals(Set.of(UNDER_FIVE), child(birth, LocalDate.of(2024, 3, 1)));
    }

    @Test
    void theDayBeforeTheFifthBirthdayIsUnderFiveAndTheBirthdayIsNot() {
        LocalDate birth = LocalDate.of(2021, 6, 15);
        assertEquals(Set.of(UNDER_FIVE), child(birth, LocalDate.of(2026, 6, 14)));
        assertEquals(Set.of(), child(birth, LocalDate.of(2026, 6, 15)));
    }

    @Test
    void aChildBornOn29FebruaryHasItsBirthdayOn28FebruaryInOtherYears() {
        LocalDate birth = LocalDate.of(2020, 2, 29);
        assertEquals(Set.of(INFANT, UNDER_FIVE), child(birth, LocalDate.of(2021, 2, 27)));
        assertEquals(Set.of(UNDER_FIVE), child(birth, LocalDate.of(2021, 2, 28)));
        assertEquals(Set.of(UNDER_FIVE), child(birth, LocalDate.of(2025, 2, 27)));
        assertEquals(Set.of(), child(birth, LocalDate.of(2025, 2, 28)));
    }

    @Test
    void withOnlyAnAgeInYearsUnderOneIsInfantAndUnderFiveButNeonatalIsUnknown() {
        assertEquals(Set.of(INFANT, UNDER_FIVE), classesForAge(0));
        assertEquals(Set.of(UNDER_FIVE), classesForAge(4));
        assertEquals(Set.of(), classesForAge(5));
    }

    private static Set<DeathClass> classesForAge(int years) {
        return DeathClassification.of(new DeathFacts(Sex.MALE, null, false, years, LocalDate.of(2026, 5, 1), null,
                null, null)).classes();
    }

    @Test
    void aDeath42DaysAfterTheDeliveryIsMaternalAnd43DaysIsNot() {
        LocalDate death = LocalDate.of(2026, 8, 1);
        assertEquals(Set.of(MATERNAL), woman(death, CauseGroup.OTHER, null, LocalDate.of(2026, 6, 20)));
        assertEquals(Set.of(), woman(death, CauseGroup.OTHER, null, LocalDate.of(2026, 6, 19)));
    }

    @Test
    void aDeathOnTheDayOfTheDeliveryIsMaternal() {
        LocalDate day = LocalDate.of(2026, 8, 1);
        assertEquals(Set.of(MATERNAL), woman(day, CauseGroup.OTHER, null, day));
        assertTrue(DeathClassification.withinWindowAfterDelivery(day, day));
        assertFalse(DeathClassification.withinWindowAfterDelivery(day.plusDays(1), day));
    }

    @Test
    void aWomanWhoDiedPregnantIsAMaternalDeath() {
        assertEquals(Set.of(MATERNAL), woman(LocalDate.of(2026, 8, 1), CauseGroup.CIRCULATORY, true, null));
        assertEquals(Set.of(MATERNAL), woman(LocalDate.of(2026, 8, 1), null, true, null));
        assertEquals(Set.of(), woman(LocalDate.of(2026, 8, 1), CauseGroup.CIRCULATORY, false, null));
    }

    @Test
    void accidentsDuringPregnancyAreNotMaternalDeaths() {
        LocalDate death = LocalDate.of(2026, 8, 1);
        for (CauseGroup accident : new CauseGroup[] {CauseGroup.ROAD_TRAFFIC, CauseGroup.DROWNING,
                CauseGroup.POISONING}) {
            assertEquals(Set.of(), woman(death, accident, true, death.minusDays(3)), accident.code());
        }
    }

    @Test
    void aPregnancyOrChildbirthCauseMakesAWomansDeathMaternal() {
        assertEquals(Set.of(MATERNAL), woman(LocalDate.of(2026, 8, 1), CauseGroup.MATERNAL, null, null));
    }

    @Test
    void aManIsNeverAMaternalDeath() {
        assertEquals(Set.of(), DeathClassification.of(new DeathFacts(Sex.MALE, WOMAN_BORN, false, null,
                LocalDate.of(2026, 8, 1), CauseGroup.MATERNAL, true, null)).classes());
    }

    @Test
    void aDeathBeforeTheBirthHasNoAgeClass() {
        assertEquals(Set.of(), child(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9)));
    }

    @Test
    void theAgeAtDeathCountsBirthdaysOrYearsOfABirthYear() {
        LocalDate death = LocalDate.of(2026, 5, 9);
        assertEquals(30, DeathClassification.ageYearsAtDeath(new DeathFacts(Sex.FEMALE, WOMAN_BORN, false, null,
                death, null, null, null)));
        assertEquals(31, DeathClassification.ageYearsAtDeath(new DeathFacts(Sex.FEMALE, WOMAN_BORN, false, null,
                death.plusDays(1), null, null, null)));
        assertEquals(31, DeathClassification.ageYearsAtDeath(new DeathFacts(Sex.FEMALE, LocalDate.of(1995, 1, 1),
                true, null, death, null, null, null)));
        assertEquals(62, DeathClassification.ageYearsAtDeath(new DeathFacts(Sex.FEMALE, null, false, 62,
                death, null, null, null)));
        assertNull(DeathClassification.ageYearsAtDeath(new DeathFacts(Sex.FEMALE, null, false, null, death, null,
                null, null)));
        assertTrue(DeathClassification.of(new DeathFacts(Sex.FEMALE, WOMAN_BORN, false, null, death, null, null,
                null)).classes().isEmpty());
        assertTrue(DeathClassification.of(new DeathFacts(Sex.MALE, null, false, 0, death, null, null, null))
                .is(INFANT));
    }
}
