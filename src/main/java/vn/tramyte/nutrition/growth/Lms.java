package vn.tramyte.nutrition.growth;

/**
 * The LMS method of the WHO Child Growth Standards (Methods and development, 2006, chapter 7):
 * a measurement {@code y} and a table row {@code L, M, S} give a z-score, and a z-score gives
 * the measurement on that SD line. {@code L} is never 0 in the WHO tables, so the log form of
 * the formula is not needed.
 */
public final class Lms {
    private Lms() {
    }

    /** The plain LMS z-score {@code ((y / M)^L - 1) / (L * S)}. */
    public static double zScore(double y, double l, double m, double s) {
        return (Math.pow(y / m, l) - 1) / (l * s);
    }

    /** The measurement on the SD line {@code k}: {@code M * (1 + L * S * k)^(1 / L)}. */
    public static double sdLine(double k, double l, double m, double s) {
        return m * Math.pow(1 + l * s * k, 1 / l);
    }

    /**
     * The z-score WHO reports for the weight-based indicators: the LMS curves are only trusted
     * between -3 and +3 SD, so beyond them the distance between the 2 and 3 SD lines becomes
     * the unit of a straight-line extrapolation.
     */
    public static double restrictedZScore(double y, double l, double m, double s) {
        double z = zScore(y, l, m, s);
        if (z > 3) {
            double sd3 = sdLine(3, l, m, s);
            return 3 + (y - sd3) / (sd3 - sdLine(2, l, m, s));
        }
        if (z < -3) {
            double sd3 = sdLine(-3, l, m, s);
            return -3 + (y - sd3) / (sdLine(-2, l, m, s) - sd3);
        }
        return z;
    }
}
