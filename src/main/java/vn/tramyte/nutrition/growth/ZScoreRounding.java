package vn.tramyte.nutrition.growth;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Two-decimal rounding as WHO's anthro reports z-scores. anthro uses R's {@code round(z, 2)},
 * which (since R 4.0) rounds the exact binary value of the number and sends an exact tie to the
 * even digit: that is {@link RoundingMode#HALF_EVEN} on {@code new BigDecimal(z)}. The older
 * igrowup macros round halves away from zero; the two differ only on exact binary ties such as
 * 0.125, which real measurements practically never produce.
 *
 * <p>anthro rounds <em>before</em> it flags implausible values and before prevalence counts a
 * child below -2 SD, so a WAZ of 5.004 (reported 5.00) is not flagged. To decide such tests
 * without rounding every value, the thresholds are turned once into the exact double at which
 * the rounded value changes ({@link #lowestRoundingTo}, {@link #highestRoundingTo}).
 */
public final class ZScoreRounding {
    private ZScoreRounding() {
    }

    /** The z-score rounded to 2 decimals ({@code NaN} stays {@code NaN}; -0.001 gives 0.0, not -0.0). */
    public static double rounded(double z) {
        if (!Double.isFinite(z)) {
            return z;
        }
        long cents = cents(z);
        return cents != NOT_PLAIN ? cents / 100.0 : exact(z).doubleValue();
    }

    /** The z-score as WHO prints it, e.g. {@code "4.80"} or {@code "-0.50"}. */
    public static String format(double z) {
        long cents = cents(z);
        if (cents == NOT_PLAIN) {
            return exact(z).toPlainString();
        }
        long a = Math.abs(cents);
        long hundredths = a % 100;
        return (cents < 0 ? "-" : "") + a / 100 + (hundredths < 10 ? ".0" : ".") + hundredths;
    }

    private static final long NOT_PLAIN = Long.MIN_VALUE;

    private static BigDecimal exact(double z) {
        return new BigDecimal(z).setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * The rounded value in hundredths, decided in doubles when that is certainly what the exact rounding
     * gives: z times 100 is off by far less than a millionth below a million, so only a value that close
     * to a half-hundredth (a possible tie) is left to {@link BigDecimal} ({@link #NOT_PLAIN}). A centre's
     * report formats 70,000 z-scores, and an exact BigDecimal of each was an eighth of its garbage.
     */
    private static long cents(double z) {
        if (!(Math.abs(z) < 1e6)) {
            return NOT_PLAIN;
        }
        double hundredths = z * 100;
        double floor = Math.floor(hundredths);
        double fraction = hundredths - floor;
        if (Math.abs(fraction - 0.5) < 1e-6) {
            return NOT_PLAIN;
        }
        return (long) floor + (fraction > 0.5 ? 1 : 0);
    }

    /** The smallest double whose rounded value is at least {@code c}: {@code rounded(z) < c} iff {@code z < this}. */
    static double lowestRoundingTo(double c) {
        double d = c - 0.005;
        while (rounded(d) >= c) {
            d = Math.nextDown(d);
        }
        while (rounded(d) < c) {
            d = Math.nextUp(d);
        }
        return d;
    }

    /** The largest double whose rounded value is at most {@code c}: {@code rounded(z) > c} iff {@code z > this}. */
    static double highestRoundingTo(double c) {
        double d = c + 0.005;
        while (rounded(d) <= c) {
            d = Math.nextUp(d);
        }
        while (rounded(d) > c) {
            d = Math.nextDown(d);
        }
        return d;
    }
}
