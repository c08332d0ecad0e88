package vn.tramyte.nutrition.growth;

import vn.tramyte.person.Sex;

/**
 * WAZ, HAZ, WHZ and BAZ of the WHO Child Growth Standards, computed as WHO's {@code anthro} R
 * package 1.1.0 computes them (the rules are in {@code shared/who-growth/README.md}). Stateless
 * apart from the tables, so one instance serves every thread.
 */
public final class AnthroCalculator {
    /** anthro computes nothing at 60 months or more: day 1826 is 59.99 months, day 1827 is 60.02. */
    private static final int LAST_DAY = 1826;
    /** Length tables up to day 730, height tables from day 731 (24 months = 730.5 days, rounded up). */
    private static final int FIRST_HEIGHT_DAY = 731;
    /** anthro tests days / 30.4375 &lt; 9, i.e. up to day 273. */
    private static final int LAST_DAY_UNDER_9_MONTHS = 273;
    /** The mean lying-minus-standing difference the standards use (MGRS measured 0.73 cm). */
    private static final double LYING_MINUS_STANDING_CM = 0.7;
    /** With no age and no position, anthro takes a measurement below 87 cm as a length. */
    private static final double LENGTH_BELOW_CM = 87;

    private final LmsTable weightForAge;
    private final LmsTable lengthHeightForAge;
    private final LmsTable bmiForAge;
    private final LmsTable weightForLength;
    private final LmsTable weightForHeight;

    public AnthroCalculator(GrowthStandards standards) {
        this.weightForAge = standards.weightForAge();
        this.lengthHeightForAge = standards.lengthHeightForAge();
        this.bmiForAge = standards.bmiForAge();
        this.weightForLength = standards.weightForLength();
        this.weightForHeight = standards.weightForHeight();
    }

    /** The z-scores and flags of one measurement. */
    public ZScores compute(GrowthInput input) {
        ZScoreColumns result = new ZScoreColumns(1);
        int age = input.ageDays() == null ? GrowthBatch.AGE_UNKNOWN : input.ageDays();
        score(input.sex(), age, input.weightKg(), input.lengthCm(), input.position(), input.oedema(), result, 0);
        return result.row(0);
    }

    /** The fast path: all children of a batch, written into fresh columns. */
    public ZScoreColumns computeAll(GrowthBatch batch) {
        ZScoreColumns result = new ZScoreColumns(batch.size());
        computeAll(batch, result);
        return result;
    }

    /** The fast path without allocation: overwrites {@code into}, which must be as long as the batch. */
    public void computeAll(GrowthBatch batch, ZScoreColumns into) {
        if (into.size() != batch.size()) {
            throw new IllegalArgumentException("result columns hold " + into.size() + " rows, batch has " + batch.size());
        }
        Sex[] sex = batch.sex();
        int[] age = batch.ageDays();
        double[] weight = batch.weightKg();
        double[] length = batch.lengthCm();
        Position[] position = batch.position();
        boolean[] oedema = batch.oedema();
        for (int i = 0; i < sex.length; i++) {
            score(sex[i], age[i], weight[i], length[i], position[i], oedema[i], into, i);
        }
    }

    private void score(Sex sex, int age, double weight, double length, Position position, boolean oedema,
                       ZScoreColumns into, int row) {
        double waz = Double.NaN;
        double haz = Double.NaN;
        double whz = Double.NaN;
        double baz = Double.NaN;
        int flags = 0;
        boolean ageKnown = age != GrowthBatch.AGE_UNKNOWN;
        if (sex != null && (!ageKnown || (age >= 0 && age <= LAST_DAY))) {
            int sexIndex = sex.whoCode() - 1;
            Position usedPosition = position;
            if (ageKnown && position == Position.STANDING && age <= LAST_DAY_UNDER_9_MONTHS) {
                flags |= GrowthFlag.STANDING_UNDER_9_MONTHS.bit();
                usedPosition = null;
            }
            double lenhei = isPositive(length) ? convertedLength(age, length, usedPosition) : Double.NaN;
            boolean measured = lenhei > 0;
            boolean weighed = isPositive(weight) && !oedema;
            if (ageKnown && weighed) {
                waz = weightForAge.restrictedZScore(sexIndex, age, weight);
            }
            if (ageKnown && measured) {
                haz = lengthHeightForAge.zScore(sexIndex, age, lenhei);
            }
            if (weighed && measured) {
                whz = weightForLengthOrHeight(sexIndex, age, usedPosition, lenhei, weight);
                if (ageKnown) {
                    double metres = lenhei / 100;
                    baz = bmiForAge.restrictedZScore(sexIndex, age, weight / (metres * metres));
                }
            }
            flags |= implausible(Indicator.WAZ, waz) | implausible(Indicator.HAZ, haz)
                    | implausible(Indicator.WHZ, whz) | implausible(Indicator.BAZ, baz);
        }
        into.set(row, waz, haz, whz, baz, flags);
    }

    /** Weight and length must be real, positive numbers; NaN (missing), zero and infinity are not. */
    private static boolean isPositive(double value) {
        return value > 0 && value < Double.POSITIVE_INFINITY;
    }

    /**
     * The measurement converted to what the table for the age expects (anthro's {@code clenhei}):
     * +0.7 cm for standing under 731 days, -0.7 cm for lying from 731 days. Computed with the same
     * double arithmetic as anthro, so range checks at 45/65/110/120 cm fall the same way.
     */
    private static double convertedLength(int age, double length, Position position) {
        if (age == GrowthBatch.AGE_UNKNOWN || position == null) {
            return length;
        }
        if (age < FIRST_HEIGHT_DAY && position == Position.STANDING) {
            return length + LYING_MINUS_STANDING_CM;
        }
        if (age >= FIRST_HEIGHT_DAY && position == Position.LYING) {
            return length - LYING_MINUS_STANDING_CM;
        }
        return length;
    }

    /**
     * WHZ from the length table (45–110 cm) under 731 days and the height table (65–120 cm) from
     * 731 days; the age decides, not the recorded position, which only matters when age is unknown.
     * Between two 0.1 cm rows L, M and S are interpolated linearly.
     *
     * <p>The rows and the fraction are found with anthro's own double arithmetic (lower row
     * {@code trunc(10 x)}, upper row {@code trunc(10 x + 1)}, fraction {@code (x - lower / 10) / 0.1}),
     * not with exact decimals. It matters: just below 51.2 and 102.4 cm (103.1 cm lying at 3 years
     * becomes 102.39999999999999) the {@code + 1} rounds up to the row after next, so anthro
     * interpolates towards 102.5 instead of 102.4 and its WHZ differs by up to 0.02 from the exact
     * one. WHO's result is the reference, so it is reproduced.
     */
    private double weightForLengthOrHeight(int sexIndex, int age, Position position, double lenhei, double weight) {
        boolean lengthTable;
        if (age != GrowthBatch.AGE_UNKNOWN) {
            lengthTable = age < FIRST_HEIGHT_DAY;
        } else if (position != null) {
            lengthTable = position == Position.LYING;
        } else {
            lengthTable = lenhei < LENGTH_BELOW_CM;
        }
        LmsTable table = lengthTable ? weightForLength : weightForHeight;
        // anthro's range test is on the centimetre value itself; 450 / 10.0 is exactly 45.0
        if (lenhei < table.firstUnit() / 10.0 || lenhei > table.lastUnit() / 10.0) {
            return Double.NaN;
        }
        double lower = Math.floor(lenhei * 10);
        double fraction = (lenhei - lower / 10) / 0.1;
        if (!(fraction > 0)) {
            return table.restrictedZScore(sexIndex, (int) lower, weight);
        }
        int upper = (int) Math.floor(lenhei * 10 + 1);
        return table.restrictedZScoreBetween(sexIndex, (int) lower, upper, fraction, weight);
    }

    private static int implausible(Indicator indicator, double z) {
        return !Double.isNaN(z) && indicator.isImplausible(z) ? indicator.implausibleFlag().bit() : 0;
    }
}
