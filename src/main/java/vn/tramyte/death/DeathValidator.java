package vn.tramyte.death;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tramyte.common.Problem;
import vn.tramyte.common.DateText;
import vn.tramyte.person.Sex;

/**
 * The rules a death must meet before it is recorded, and when the form asks the maternal
 * question (pregnant or within 42 days after a delivery).
 */
public final class DeathValidator {
    /** The women the community death report asks the maternal question about (DOMAIN.md §6). */
    public static final int PREGNANCY_QUESTION_MIN_AGE = 10;
    public static final int PREGNANCY_QUESTION_MAX_AGE = 54;
    public static final int MAX_AGE_YEARS = 120;

    /**
     * Whether the form asks the maternal question: for a woman aged 10 to 54 at death, and for
     * a woman whose age is not known yet, since a maternal death missed is worse than a
     * question asked once too often.
     */
    public static boolean asksPregnancyQuestion(Sex sex, Integer ageYears) {
        return sex == Sex.FEMALE && (ageYears == null
                || ageYears >= PREGNANCY_QUESTION_MIN_AGE && ageYears <= PREGNANCY_QUESTION_MAX_AGE);
    }

    public static boolean asksPregnancyQuestion(DeathFacts f) {
        return asksPregnancyQuestion(f.sex(), DeathClassification.ageYearsAtDeath(f));
    }

    /**
     * @param otherRecordedDeath the date of a death already recorded for the same person (another
     *                           record), null when there is none or the person is not registered
     */
    public List<Problem> validate(DeathFacts f, LocalDate otherRecordedDeath, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (otherRecordedDeath != null) {
            problems.add(Problem.of(null, "death.problem.alreadyDead", show(otherRecordedDeath)));
        }
        if (f.sex() == null) {
            problems.add(Problem.of("sex", "death.problem.sexRequired"));
        }
        checkDates(f, today, problems);
        checkMaternal(f, problems);
        return problems;
    }

    private static void checkDates(DeathFacts f, LocalDate today, List<Problem> problems) {
        if (f.birthDate() == null && f.ageYears() == null) {
            problems.add(Problem.of("birthDate", "death.problem.birthDateOrAgeRequired"));
        } else if (f.birthDate() == null && (f.ageYears() < 0 || f.ageYears() > MAX_AGE_YEARS)) {
            problems.add(Problem.of("ageYears", "death.problem.ageOutOfRange", f.ageYears(), 0, MAX_AGE_YEARS));
        }
        LocalDate death = f.deathDate();
        if (death == null) {
            problems.add(Problem.of("deathDate", "death.problem.deathDateRequired"));
            return;
        }
        if (death.isAfter(today)) {
            problems.add(Problem.of("deathDate", "death.problem.deathInFuture", show(death), show(today)));
        }
        LocalDate birth = f.birthDate();
        // With a year alone, only an earlier year is surely before the birth.
        boolean beforeBirth = birth != null && (f.birthYearOnly() ? death.getYear() < birth.getYear()
                : death.isBefore(birth));
        if (beforeBirth) {
            problems.add(Problem.of("deathDate", "death.problem.deathBeforeBirth", show(death),
                    DateText.show(birth, f.birthYearOnly())));
        }
    }

    private static void checkMaternal(DeathFacts f, List<Problem> problems) {
        // A no where the question is not asked is harmless (an import file may fill the column for everyone).
        if (Boolean.TRUE.equals(f.pregnancyRelated()) && !asksPregnancyQuestion(f)) {
            problems.add(Problem.of("pregnancyRelated", "death.problem.pregnancyQuestionNotApplicable",
                    PREGNANCY_QUESTION_MIN_AGE, PREGNANCY_QUESTION_MAX_AGE));
        }
        if (f.causeGroup() == CauseGroup.MATERNAL && f.sex() == Sex.MALE) {
            problems.add(Problem.of("causeGroup", "death.problem.maternalCauseNotWoman"));
        } else if (f.causeGroup() == CauseGroup.MATERNAL && Boolean.FALSE.equals(f.pregnancyRelated())) {
            problems.add(Problem.of("pregnancyRelated", "death.problem.maternalCauseButNotPregnant"));
        }
        if (Boolean.FALSE.equals(f.pregnancyRelated()) && f.deathDate() != null
                && DeathClassification.withinWindowAfterDelivery(f.deliveryDate(), f.deathDate())) {
            problems.add(Problem.of("pregnancyRelated", "death.problem.answerContradictsDelivery",
                    show(f.deliveryDate())));
        }
    }

    private static String show(LocalDate date) {
        return DateText.show(date, false);
    }
}
