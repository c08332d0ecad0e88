package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How long a valid tetanus dose protects a woman, kept in the catalogue so that a centre can
 * correct it. WHO: TT1 gives none, TT2 3 years, TT3 5 years, TT4 10 years, TT5 for life.
 */
public record ProtectionSpan(int years, boolean lifelong) {
    public static final ProtectionSpan NONE = new ProtectionSpan(0, false);
    public static final ProtectionSpan LIFELONG = new ProtectionSpan(0, true);
    private static final String LIFE = "life";

    public ProtectionSpan {
        if (years < 0 || lifelong && years != 0) {
            throw new IllegalArgumentException("protection of " + years + " years, lifelong " + lifelong);
        }
    }

    public static ProtectionSpan ofYears(int years) {
        return years == 0 ? NONE : new ProtectionSpan(years, false);
    }

    public boolean protects() {
        return lifelong || years > 0;
    }

    /** Reads the catalogue column: empty = none, {@code life}, or a number of years. */
    public static ProtectionSpan parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return NONE;
        }
        return LIFE.equals(t) ? LIFELONG : ofYears(Integer.parseInt(t));
    }

    /** The catalogue column's text, the inverse of {@link #parse}. */
    public String code() {
        if (lifelong) {
            return LIFE;
        }
        return years == 0 ? "" : Integer.toString(years);
    }

    /**
     * The last day a dose given on {@code doseDate} protects: the day before the anniversary.
     * {@link LocalDate#MAX} for life, and the day before the dose when it gives no protection.
     */
    public LocalDate lastProtectedDay(LocalDate doseDate) {
        if (lifelong) {
            return LocalDate.MAX;
        }
        return doseDate.plusYears(years).minusDays(1);
    }
}
