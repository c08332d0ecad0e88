package vn.tramyte.nutrition.growth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.tramyte.person.Sex;

/**
 * One weighing/measuring of a child, as the WHO calculation needs it.
 *
 * @param sex       required: WHO computes nothing without it
 * @param ageDays   completed days between birth and visit; {@code null} when unknown, in which
 *                  case only weight-for-length/height can be computed (WHO Anthro does the same)
 * @param weightKg  {@code NaN} when not weighed
 * @param lengthCm  length or height as measured, before the 0.7 cm conversion; {@code NaN} when not measured
 * @param position  how the length was measured; {@code null} when not recorded (then assumed to be
 *                  the one expected for the age)
 * @param oedema    bilateral pitting oedema
 */
public record GrowthInput(Sex sex, Integer ageDays, double weightKg, double lengthCm, Position position,
                          boolean oedema) {
    public GrowthInput {
        Objects.requireNonNull(sex, "sex");
    }

    /** The age is the exact number of days from birth to visit, as WHO tools count it. */
    public static GrowthInput atVisit(Sex sex, LocalDate birthDate, LocalDate visitDate, double weightKg,
                                      double lengthCm, Position position, boolean oedema) {
        int days = Math.toIntExact(ChronoUnit.DAYS.between(birthDate, visitDate));
        return new GrowthInput(sex, days, weightKg, lengthCm, position, oedema);
    }
}
