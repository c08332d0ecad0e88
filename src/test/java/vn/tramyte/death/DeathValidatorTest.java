package vn.tramyte.death;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Problem;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestClock;

class DeathValidatorTest {
    private static final LocalDate TODAY = TestClock.TODAY;
    private static final LocalDate BORN = LocalDate.of(1990, 7, 14);
    private final DeathValidator validator = new DeathValidator();

    private static DeathFacts death(Sex sex, LocalDate birth, LocalDate death) {
        return new DeathFacts(sex, birth, false, null, death, CauseGroup.STROKE, null, null);
    }

    private static DeathFacts woman(LocalDate death, CauseGroup cause, Boolean pregnancyRelated, LocalDate delivery) {
        return new DeathFacts(Sex.FEMALE, BORN, false, null, death, cause, pregnancyRelated, delivery);
    }

    private List<Problem> check(DeathFacts f) {
        return validator.validate(f, null, TODAY);
    }

    @Test
    void aDeathAfterTheBirthAndNotInTheFutureHasNoProblem() {
        assertEquals(List.of(), check(death(Sex.MALE, BORN, LocalDate.of(2026, 5, 1))));
        assertEquals(List.of(), check(death(Sex.MALE, BORN, TODAY)));
    }

    @Test
    void aDeathBeforeTheBirthIsRefusedButOnTheDayOfBirthIsAccepted() {
        LocalDate birth = LocalDate.of(2026, 5, 10);
        assertEquals(List.of(Problem.of("deathDate", "death.problem.deathBeforeBirth", "09/05/2026", "10/05/2026")),
                check(death(Sex.MALE, birth, LocalDate.of(2026, 5, 9))));
        assertEquals(List.of(), check(death(Sex.MALE, birth, birth)));
    }

    @Test
    void withABirthYearAloneOnlyAnEarlierYearIsBeforeTheBirth() {
        LocalDate year1990 = LocalDate.of(1990, 1, 1);
        DeathFacts before = new DeathFacts(Sex.MALE, year1990, true, null, LocalDate.of(1989, 12, 31), null, null,
                null);
        assertEquals(List.of(Problem.of("deathDate", "death.problem.deathBeforeBirth", "31/12/1989", "1990")),
                check(before));
        assertEquals(List.of(), check(new DeathFacts(Sex.MALE, year1990, true, null, LocalDate.of(1990, 1, 1), null,
                null, null)));
    }

    @Test
    void aDeathInTheFutureIsRefused() {
        assertEquals(List.of(Problem.of("deathDate", "death.problem.deathInFuture", "23/11/2026", "22/11/2026")),
                check(death(Sex.MALE, BORN, LocalDate.of(2026, 11, 23))));
    }

    @Test
    void aSecondDeathOfTheSamePersonIsRefused() {
        assertEquals(List.of(Problem.of(null, "death.problem.alreadyDead", "01/03/2026")),
                validator.validate(death(Sex.MALE, BORN, LocalDate.of(2026, 5, 1)), LocalDate.of(2026, 3, 1), TODAY));
    }

    @Test
    void theDateTheSexAndABirthDateOrAnAgeAreRequired() {
        assertEquals(List.of(Problem.of("sex", "death.problem.sexRequired"),
                Problem.of("birthDate", "death.problem.birthDateOrAgeRequired"),
                Problem.of("deathDate", "death.problem.deathDateRequired")),
                check(new DeathFacts(null, null, false, null, null, null, null, null)));
        assertEquals(List.of(), check(new DeathFacts(Sex.MALE, null, false, 70, LocalDate.of(2026, 5, 1), null, null,
                null)));
    }

    @Test
    void anAgeOutside0To120IsRefused() {
        assertEquals(List.of(Problem.of("ageYears", "death.problem.ageOutOfRange", 121, 0, 120)),
                check(new DeathFacts(Sex.MALE, null, false, 121, LocalDate.of(2026, 5, 1), null, null, null)));
        assertEquals(List.of(Problem.of("ageYears", "death.problem.ageOutOfRange", -1, 0, 120)),
                check(new DeathFacts(Sex.MALE, null, false, -1, LocalDate.of(2026, 5, 1), null, null, null)));
    }

    @Test
    void thePregnancyQuestionIsAskedOfWomenAged10To54() {
        assertFalse(DeathValidator.asksPregnancyQuestion(Sex.FEMALE, 9));
        assertTrue(DeathValidator.asksPregnancyQuestion(Sex.FEMALE, 10));
        assertTrue(DeathValidator.asksPregnancyQuestion(Sex.FEMALE, 54));
        assertFalse(DeathValidator.asksPregnancyQuestion(Sex.FEMALE, 55));
        assertFalse(DeathValidator.asksPregnancyQuestion(Sex.MALE, 30));
        assertFalse(DeathValidator.asksPregnancyQuestion(null, 30));
    }

    @Test
    void thePregnancyQuestionIsAskedOfAWomanWhoseAgeIsNotKnownYet() {
        assertTrue(DeathValidator.asksPregnancyQuestion(Sex.FEMALE, null));
    }

    @Test
    void theAgeForThePregnancyQuestionChangesOnThe55thBirthday() {
        LocalDate born = LocalDate.of(1971, 8, 2);
        assertTrue(DeathValidator.asksPregnancyQuestion(woman(born, LocalDate.of(2026, 8, 1))));
        assertFalse(DeathValidator.asksPregnancyQuestion(woman(born, LocalDate.of(2026, 8, 2))));
    }

    private static DeathFacts woman(LocalDate born, LocalDate death) {
        return new DeathFacts(Sex.FEMALE, born, false, null, death, null, null, null);
    }

    @Test
    void aYesToThePregnancyQuestionIsRefusedWhereItIsNotAsked() {
        DeathFacts man = new DeathFacts(Sex.MALE, BORN, false, null, LocalDate.of(2026, 5, 1), null, true, null);
        DeathFacts older = new DeathFacts(Sex.FEMALE, LocalDate.of(1960, 1, 1), false, null, LocalDate.of(2026, 5, 1),
                null, true, null);
        Problem notAsked = Problem.of("pregnancyRelated", "death.problem.pregnancyQuestionNotApplicable", 10, 54);
        assertEquals(List.of(notAsked), check(man));
        assertEquals(List.of(notAsked), check(older));
    }

    @Test
    void aNoToThePregnancyQuestionIsHarmlessWhereItIsNotAsked() {
        assertEquals(List.of(), check(new DeathFacts(Sex.MALE, BORN, false, null, LocalDate.of(2026, 5, 1), null,
                false, null)));
    }

    @Test
    void aMaternalCauseIsRefusedForAManOrAWomanAnsweredNotPregnant() {
        assertEquals(List.of(Problem.of("causeGroup", "death.problem.maternalCauseNotWoman")),
                check(new DeathFacts(Sex.MALE, BORN, false, null, LocalDate.of(2026, 5, 1), CauseGroup.MATERNAL, null,
                        null)));
        assertEquals(List.of(Problem.of("pregnancyRelated", "death.problem.maternalCauseButNotPregnant")),
                check(woman(LocalDate.of(2026, 5, 1), CauseGroup.MATERNAL, false, null)));
    }

    @Test
    void aNoContradictedByADeliveryWithin42DaysIsRefused() {
        assertEquals(List.of(Problem.of("pregnancyRelated", "death.problem.answerContradictsDelivery", "20/06/2026")),
                check(woman(LocalDate.of(2026, 8, 1), CauseGroup.OTHER, false, LocalDate.of(2026, 6, 20))));
        assertEquals(List.of(), check(woman(LocalDate.of(2026, 8, 1), CauseGroup.OTHER, false,
                LocalDate.of(2026, 6, 19))));
    }
}
