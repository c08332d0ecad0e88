package vn.tramyte.report;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import vn.tramyte.plan.Indicator;

/**
 * A rate with its honesty: numerator, denominator, the value in the indicator's unit, a 95%
 * interval and whether it is too small to trust (docs/decisions/0007).
 *
 * <ul>
 * <li>A <b>proportion</b> (the numerator is part of the denominator: underweight, ANC, trained
 *     attendance, tetanus) gets the Wilson score interval, which stays inside 0–100% and does
 *     not collapse at 0 or at n.</li>
 * <li>A <b>ratio</b> (deaths per live births, children completing their doses per live births:
 *     the numerator may hold children born before the period) gets the exact Poisson interval
 *     of the count (Garwood), divided by the denominator.</li>
 * </ul>
 * Unstable, as the US National Center for Health Statistics marks rates: a denominator under
 * 30, or a mortality ratio resting on fewer than 20 deaths.
 *
 * @param value null when the denominator is 0: there is no rate, never 0
 * @param low   null with the value
 * @param high  null with the value
 */
public record Estimate(long numerator, long denominator, Double value, Double low, Double high, boolean unstable) {
    /** z for a two-sided 95% interval. */
    static final double Z95 = 1.959963984540054;
    static final int MIN_DENOMINATOR = 30;
    static final int MIN_DEATHS = 20;

    public Estimate {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("negative count: " + numerator + "/" + denominator);
        }
    }

    public static Estimate of(Indicator indicator, long numerator, long denominator) {
        if (denominator == 0) {
            return new Estimate(numerator, 0, null, null, null, false);
        }
        double scale = scale(indicator.unit());
        double[] interval = IndicatorKind.of(indicator).proportion()
                ? wilson(numerator, denominator) : poisson(numerator, denominator);
        boolean unstable = denominator < MIN_DENOMINATOR
                || IndicatorKind.of(indicator).mortality() && numerator < MIN_DEATHS;
        return new Estimate(numerator, denominator, scale * numerator / denominator, scale * interval[0],
                scale * interval[1], unstable);
    }

    public boolean hasValue() {
        return value != null;
    }

    /** How many units one case per case of the denominator is: 100 for %, 1000 for ‰. */
    public static double scale(Indicator.Unit unit) {
        switch (unit) {
            case PER_1000:
                return 1_000;
            case PER_100000:
                return 100_000;
            default:
                return 100;
        }
    }

    /** Wilson score interval of x successes in n trials (0 ≤ x ≤ n, n > 0), as fractions. */
    static double[] wilson(long x, long n) {
        if (x > n) {
            throw new IllegalArgumentException("a proportion's numerator exceeds its denominator: " + x + "/" + n);
        }
        double p = (double) x / n;
        double z2 = Z95 * Z95;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * Exact (Garwood) 95% interval of a Poisson count x, divided by n: lower χ²(0.025; 2x)/2
     * (0 when x is 0), upper χ²(0.975; 2x+2)/2.
     */
    static double[] poisson(long x, long n) {
        double lower = x == 0 ? 0 : new ChiSquaredDistribution(null, 2.0 * x).inverseCumulativeProbability(0.025) / 2;
        double upper = new ChiSquaredDistribution(null, 2.0 * x + 2).inverseCumulativeProbability(0.975) / 2;
        return new double[] {lower / n, upper / n};
    }
}
