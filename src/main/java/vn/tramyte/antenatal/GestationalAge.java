package vn.tramyte.antenatal;

/**
 * How far a pregnancy has gone on a date, as completed weeks and days since the first day of
 * the last menstrual period: the LMP itself is 0+0, six days later 0+6, a week later 1+0.
 * Obstetric practice writes it "13+6" and a register column "week 13" means 13+0 to 13+6.
 */
public record GestationalAge(int weeks, int days) {
    /** Message key of the shown form, arguments weeks and days. */
    public static final String MESSAGE_KEY = "antenatal.gestationalAge";

    public GestationalAge {
        if (weeks < 0 || days < 0 || days > 6) {
            throw new IllegalArgumentException("not a gestational age: " + weeks + "+" + days);
        }
    }

    public static GestationalAge ofDays(long daysSinceLmp) {
        if (daysSinceLmp < 0) {
            throw new IllegalArgumentException("before the LMP: " + daysSinceLmp + " days");
        }
        return new GestationalAge(Math.toIntExact(daysSinceLmp / 7), (int) (daysSinceLmp % 7));
    }

    public long totalDays() {
        return weeks * 7L + days;
    }

    public Trimester trimester() {
        return Trimester.ofCompletedWeeks(weeks);
    }

    @Override
    public String toString() {
        return weeks + "+" + days;
    }
}
