package vn.tramyte.death;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import vn.tramyte.person.Sex;

/**
 * The classes of one death, computed from the ages and dates (DOMAIN.md §6), never typed.
 *
 * <p>Age limits are birthdays, not day counts: a death on the day before the first birthday is
 * an infant death, on the birthday it is not, whether the year between had 365 or 366 days.
 * A child born on 29 February has its birthday on 28 February in other years (as
 * {@link LocalDate#plusYears} counts it). Neonatal limits are day counts with the day of birth
 * as day 0 (WHO: the first 28 completed days, days 0–27; early: days 0–6).
 *
 * <p>Maternal: she died pregnant or within 42 days after the end of the pregnancy, day 42
 * included (WHO: "within 42 days of termination of pregnancy"), and the cause is not an
 * accident. When the delivery date is known the 42 days are counted from it; otherwise the
 * form's answer decides. A yes with a delivery known to be older is read as pregnant again.
 * With no cause group, an unknown cause is not an accident, so the death is counted.
 */
public record DeathClassification(Set<DeathClass> classes) {
    public static final int MATERNAL_WINDOW_DAYS = 42;

    public DeathClassification {
        classes = classes.isEmpty() ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(classes));
    }

    public static DeathClassification of(DeathFacts f) {
        Set<DeathClass> classes = EnumSet.noneOf(DeathClass.class);
        if (f.deathDate() != null) {
            addAgeClasses(f, classes);
            if (maternal(f)) {
                classes.add(DeathClass.MATERNAL);
            }
        }
        return new DeathClassification(classes);
    }

    public boolean is(DeathClass c) {
        return classes.contains(c);
    }

    /**
     * Age at death in completed years: from an exact birth date by birthdays, from a birth year
     * as the difference of the years (how a register writes the age of an adult), otherwise the
     * age given; null when neither is known or the death is before the birth.
     */
    public static Integer ageYearsAtDeath(DeathFacts f) {
        if (f.birthDate() == null) {
            return f.ageYears();
        }
        if (f.deathDate() == null) {
            return null;
        }
        if (f.birthYearOnly()) {
            int years = f.deathDate().getYear() - f.birthDate().getYear();
            return years < 0 ? null : years;
        }
        return f.deathDate().isBefore(f.birthDate()) ? null : completedYears(f.birthDate(), f.deathDate());
    }

    /** The number of birthdays reached on a date (0 before the first). */
    public static int completedYears(LocalDate birth, LocalDate on) {
        int years = on.getYear() - birth.getYear();
        return birth.plusYears(years).isAfter(on) ? years - 1 : years;
    }

    private static void addAgeClasses(DeathFacts f, Set<DeathClass> classes) {
        LocalDate birth = f.birthDate();
        LocalDate death = f.deathDate();
        if (birth != null && !f.birthYearOnly()) {
            long days = ChronoUnit.DAYS.between(birth, death);
            if (days < 0) {
                return;
            }
            addIf(days < 7, DeathClass.EARLY_NEONATAL, classes);
            addIf(days < 28, DeathClass.NEONATAL, classes);
            addIf(death.isBefore(birth.plusYears(1)), DeathClass.INFANT, classes);
            addIf(death.isBefore(birth.plusYears(5)), DeathClass.UNDER_FIVE, classes);
            return;
        }
        Integer age = ageYearsAtDeath(f);
        if (age != null) {
            addIf(age < 1, DeathClass.INFANT, classes);
            addIf(age < 5, DeathClass.UNDER_FIVE, classes);
        }
    }

    private static boolean maternal(DeathFacts f) {
        if (f.sex() != Sex.FEMALE || f.causeGroup() != null && f.causeGroup().accidental()) {
            return false;
        }
        return f.causeGroup() == CauseGroup.MATERNAL || Boolean.TRUE.equals(f.pregnancyRelated())
                || withinWindowAfterDelivery(f.deliveryDate(), f.deathDate());
    }

    /** Day 0 (the delivery day) to day 42 after it, both included. */
    public static boolean withinWindowAfterDelivery(LocalDate delivery, LocalDate death) {
        return delivery != null && !delivery.isAfter(death)
                && ChronoUnit.DAYS.between(delivery, death) <= MATERNAL_WINDOW_DAYS;
    }

    private static void addIf(boolean condition, DeathClass c, Set<DeathClass> classes) {
        if (condition) {
            classes.add(c);
        }
    }
}
