package vn.tramyte.nutrition.growth;

import java.util.Optional;

/**
 * The WHO category of one indicator: below -2 SD moderate, below -3 SD severe (underweight,
 * stunting, wasting, thinness), above +2 SD overweight for WHZ and BAZ.
 *
 * <p>The cut-offs are applied to the 2-decimal z-score, as anthro's prevalence does: a child shown
 * as -2.00 is not counted below -2.
 */
public enum NutritionStatus {
    NORMAL("nutrition.status.normal"),
    /** -3 SD to below -2 SD. */
    MODERATE("nutrition.status.moderate"),
    /** Below -3 SD, or oedema for a weight-based indicator. */
    SEVERE("nutrition.status.severe"),
    /** Above +2 SD; only for WHZ and BAZ. */
    OVERWEIGHT("nutrition.status.overweight");

    private static final double SEVERE_BELOW = ZScoreRounding.lowestRoundingTo(-3);
    private static final double MODERATE_BELOW = ZScoreRounding.lowestRoundingTo(-2);
    private static final double OVERWEIGHT_ABOVE = ZScoreRounding.highestRoundingTo(2);

    private final String messageKey;

    NutritionStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Moderate or severe: the numerator of underweight, stunting and wasting rates. */
    public boolean belowMinusTwo() {
        return this == MODERATE || this == SEVERE;
    }

    /**
     * Classifies one indicator of one child.
     *
     * @param z      the z-score, {@code null} when not computed
     * @param oedema bilateral pitting oedema: WHO counts the child as severe for the weight-based
     *               indicators, whose z-scores are then not computed
     * @return empty when there is nothing to classify (no z-score, and no oedema for a weight-based form)
     */
    public static Optional<NutritionStatus> classify(Indicator indicator, Double z, boolean oedema) {
        if (oedema && indicator.weightBased()) {
            return Optional.of(SEVERE);
        }
        if (z == null || z.isNaN()) {
            return Optional.empty();
        }
        if (z < SEVERE_BELOW) {
            return Optional.of(SEVERE);
        }
        if (z < MODERATE_BELOW) {
            return Optional.of(MODERATE);
        }
        if (indicator.classifiesOverweight() && z > OVERWEIGHT_ABOVE) {
            return Optional.of(OVERWEIGHT);
        }
        return Optional.of(NORMAL);
    }
}
