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
        return new BigDecimal(z).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** The z-score as WHO prints it, e.g. {@code "4.80"} or {@code "-0.50"}. */
    public static String format(double z) {
        return new BigDecimal(z).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
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
