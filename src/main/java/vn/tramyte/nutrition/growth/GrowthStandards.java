package vn.tramyte.nutrition.growth;

/**
 * The five WHO Child Growth Standards (2006) tables for children 0–5 years, read once from the
 * class path ({@code /who-growth/*.csv}, see the NOTICE.md there for the attribution). Immutable;
 * the composition root makes one and hands it to whoever needs it.
 */
public final class GrowthStandards {
    /** The age tables run from day 0 to day 1856 (WHO published them beyond 60 months). */
    private static final int LAST_TABLE_DAY = 1856;

    private final LmsTable weightForAge;
    private final LmsTable lengthHeightForAge;
    private final LmsTable bmiForAge;
    private final LmsTable weightForLength;
    private final LmsTable weightForHeight;

    private GrowthStandards(LmsTable weightForAge, LmsTable lengthHeightForAge, LmsTable bmiForAge,
                            LmsTable weightForLength, LmsTable weightForHeight) {
        this.weightForAge = weightForAge;
        this.lengthHeightForAge = lengthHeightForAge;
        this.bmiForAge = bmiForAge;
        this.weightForLength = weightForLength;
        this.weightForHeight = weightForHeight;
    }

    /** Reads the tables shipped in the jar; fails with an {@link IllegalStateException} if one is damaged. */
    public static GrowthStandards loadBundled() {
        return new GrowthStandards(
                ageTable("weight_for_age.csv"),
                ageTable("length_height_for_age.csv"),
                ageTable("bmi_for_age.csv"),
                LmsTableReader.read("/who-growth/weight_for_length.csv", "length_cm", 10, 450, 1100),
                LmsTableReader.read("/who-growth/weight_for_height.csv", "height_cm", 10, 650, 1200));
    }

    private static LmsTable ageTable(String file) {
        return LmsTableReader.read("/who-growth/" + file, "age_days", 1, 0, LAST_TABLE_DAY);
    }

    /** Weight (kg) for age (days). */
    public LmsTable weightForAge() {
        return weightForAge;
    }

    /** Recumbent length (days 0–730) or standing height (days 731 on), cm, for age (days). */
    public LmsTable lengthHeightForAge() {
        return lengthHeightForAge;
    }

    /** BMI (kg/m²) for age (days); length-based to day 730, height-based from 731. */
    public LmsTable bmiForAge() {
        return bmiForAge;
    }

    /** Weight (kg) for recumbent length, 45.0–110.0 cm, keyed in tenths of a centimetre. */
    public LmsTable weightForLength() {
        return weightForLength;
    }

    /** Weight (kg) for standing height, 65.0–120.0 cm, keyed in tenths of a centimetre. */
    public LmsTable weightForHeight() {
        return weightForHeight;
    }
}
