package vn.tramyte.nutrition.growth;

/** The four WHO indicators of a child under five, with the limits beyond which anthro flags a value. */
public enum Indicator {
    /** Weight-for-age. */
    WAZ("waz", "nutrition.indicator.waz", true, -6, 5, GrowthFlag.WAZ_IMPLAUSIBLE),
    /** Length/height-for-age; not a weight-based form, so oedema does not stop it. */
    HAZ("haz", "nutrition.indicator.haz", false, -6, 6, GrowthFlag.HAZ_IMPLAUSIBLE),
    /** Weight-for-length (under 2 years) or weight-for-height (from 2 years). */
    WHZ("whz", "nutrition.indicator.whz", true, -5, 5, GrowthFlag.WHZ_IMPLAUSIBLE),
    /** BMI-for-age. */
    BAZ("baz", "nutrition.indicator.baz", true, -5, 5, GrowthFlag.BAZ_IMPLAUSIBLE);

    private final String code;
    private final String messageKey;
    private final boolean weightBased;
    private final double implausibleBelow;
    private final double implausibleAbove;
    private final GrowthFlag implausibleFlag;

    Indicator(String code, String messageKey, boolean weightBased, double lowestPlausible,
              double highestPlausible, GrowthFlag implausibleFlag) {
        this.code = code;
        this.messageKey = messageKey;
        this.weightBased = weightBased;
        this.implausibleBelow = ZScoreRounding.lowestRoundingTo(lowestPlausible);
        this.implausibleAbove = ZScoreRounding.highestRoundingTo(highestPlausible);
        this.implausibleFlag = implausibleFlag;
    }

    /** The column name in survey files: {@code waz}, {@code haz}, {@code whz}, {@code baz}. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Weight-based forms are not computed with oedema, and then count as severe. */
    public boolean weightBased() {
        return weightBased;
    }

    /** Overweight (above +2 SD) is a WHO category for weight-for-length/height and BMI only. */
    public boolean classifiesOverweight() {
        return this == WHZ || this == BAZ;
    }

    public GrowthFlag implausibleFlag() {
        return implausibleFlag;
    }

    /** Whether anthro would flag this z-score, judged on its 2-decimal value as anthro does. */
    public boolean isImplausible(double z) {
        return z < implausibleBelow || z > implausibleAbove;
    }
}
