package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Date arithmetic of a pregnancy, always counted from the first day of the last menstrual
 * period (LMP). A "week" is a completed week (see {@link GestationalAge}); with that, trimester 1
 * is 0+0 to 13+6, trimester 2 is 14+0 to 27+6 and trimester 3 starts at 28+0.
 */
public final class PregnancyDates {
    /** Naegele's 40 weeks: the expected delivery date is the LMP plus 280 days. */
    public static final int PREGNANCY_DAYS = 280;
    /** A gestational age past 44+6 is not a pregnancy any more but a typing mistake. */
    public static final int MAX_WEEKS = 44;
    /** Fewer completed weeks than this at birth is a miscarriage, not a delivery (WHO viability). */
    public static final int MIN_DELIVERY_WEEKS = 22;
    /** From 37+0 a pregnancy is at term (WHO); the four-visit check applies from then. */
    public static final int TERM_WEEKS = 37;

    private PregnancyDates() {
    }

    public static LocalDate eddFromLmp(LocalDate lmp) {
        return Objects.requireNonNull(lmp, "lmp").plusDays(PREGNANCY_DAYS);
    }

    public static LocalDate lmpFromEdd(LocalDate edd) {
        return Objects.requireNonNull(edd, "edd").minusDays(PREGNANCY_DAYS);
    }

    /** Gestational age on a date; the date must not be before the LMP. */
    public static GestationalAge gestationalAge(LocalDate lmp, LocalDate on) {
        return GestationalAge.ofDays(ChronoUnit.DAYS.between(lmp, on));
    }

    public static Trimester trimester(LocalDate lmp, LocalDate on) {
        return gestationalAge(lmp, on).trimester();
    }

    /** The date on which the pregnancy reaches weeks+days. */
    public static LocalDate dateAt(LocalDate lmp, int weeks, int days) {
        return lmp.plusDays(new GestationalAge(weeks, days).totalDays());
    }

    /** The first day of a trimester: LMP + 0, 98 or 196 days. */
    public static LocalDate startOf(Trimester trimester, LocalDate lmp) {
        return dateAt(lmp, trimester.firstWeek(), 0);
    }

    /** Whether a gestational age is past {@link #MAX_WEEKS} completed weeks (45+0 or more). */
    public static boolean beyondMaximum(GestationalAge age) {
        return age.weeks() > MAX_WEEKS;
    }
}
