package vn.tramyte.nutrition.growth;

import vn.tramyte.person.Sex;

/**
 * One WHO table of L, M, S values for both sexes, keyed by a whole number of "units": days of
 * age for the age-based tables, tenths of a centimetre for weight-for-length/height. The values
 * sit in one flat array (sex, then row, then L, M, S) so that a look-up is two multiplications
 * and three reads.
 */
public final class LmsTable {
    private final String name;
    private final int firstUnit;
    private final int rows;
    private final double[] lms;

    LmsTable(String name, int firstUnit, int rows, double[] lms) {
        if (lms.length != 2 * rows * 3) {
            throw new IllegalArgumentException(name + ": expected " + 2 * rows * 3 + " values, got " + lms.length);
        }
        this.name = name;
        this.firstUnit = firstUnit;
        this.rows = rows;
        this.lms = lms;
    }

    /** The smallest key of the table, in units (days, or tenths of a centimetre). */
    public int firstUnit() {
        return firstUnit;
    }

    /** The largest key of the table, in units. */
    public int lastUnit() {
        return firstUnit + rows - 1;
    }

    public boolean covers(int unit) {
        return unit >= firstUnit && unit <= lastUnit();
    }

    public double l(Sex sex, int unit) {
        return lms[offset(sex.whoCode() - 1, unit)];
    }

    public double m(Sex sex, int unit) {
        return lms[offset(sex.whoCode() - 1, unit) + 1];
    }

    public double s(Sex sex, int unit) {
        return lms[offset(sex.whoCode() - 1, unit) + 2];
    }

    /** The plain LMS z-score of {@code y} at a row; the caller has checked {@link #covers}. */
    double zScore(int sexIndex, int unit, double y) {
        int o = offset(sexIndex, unit);
        return Lms.zScore(y, lms[o], lms[o + 1], lms[o + 2]);
    }

    /** The restricted z-score (beyond ±3 SD) of {@code y} at a row. */
    double restrictedZScore(int sexIndex, int unit, double y) {
        int o = offset(sexIndex, unit);
        return Lms.restrictedZScore(y, lms[o], lms[o + 1], lms[o + 2]);
    }

    /**
     * The restricted z-score with L, M and S each interpolated linearly from the row
     * {@code lowerUnit} towards the row {@code upperUnit} by {@code fraction}.
     */
    double restrictedZScoreBetween(int sexIndex, int lowerUnit, int upperUnit, double fraction, double y) {
        int lower = offset(sexIndex, lowerUnit);
        int upper = offset(sexIndex, upperUnit);
        double l = lms[lower] + fraction * (lms[upper] - lms[lower]);
        double m = lms[lower + 1] + fraction * (lms[upper + 1] - lms[lower + 1]);
        double s = lms[lower + 2] + fraction * (lms[upper + 2] - lms[lower + 2]);
        return Lms.restrictedZScore(y, l, m, s);
    }

    private int offset(int sexIndex, int unit) {
        if (!covers(unit)) {
            throw new IndexOutOfBoundsException(name + " has no row " + unit);
        }
        return (sexIndex * rows + unit - firstUnit) * 3;
    }
}
