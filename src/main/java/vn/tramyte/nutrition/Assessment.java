package vn.tramyte.nutrition;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.tramyte.nutrition.growth.GrowthFlag;
import vn.tramyte.nutrition.growth.Indicator;
import vn.tramyte.nutrition.growth.NutritionStatus;
import vn.tramyte.nutrition.growth.ZScores;

/** The z-scores of one measurement and the WHO category of each indicator. */
public record Assessment(ZScores scores, Map<Indicator, NutritionStatus> status) {
    public static final Assessment NONE = new Assessment(ZScores.NONE, Map.of());

    public static Assessment of(ZScores scores, boolean oedema) {
        Map<Indicator, NutritionStatus> status = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            NutritionStatus.classify(i, scores.get(i), oedema).ifPresent(s -> status.put(i, s));
        }
        return new Assessment(scores, Map.copyOf(status));
    }

    public Optional<NutritionStatus> status(Indicator indicator) {
        return Optional.ofNullable(status.get(indicator));
    }

    /** Whether WHO flags any of the values as implausible: the user must confirm them. */
    public boolean implausible() {
        return scores.flags().stream().anyMatch(f -> f != GrowthFlag.STANDING_UNDER_9_MONTHS);
    }

    /** Underweight, stunted or wasted (below −2 SD, or oedema). */
    public boolean malnourished() {
        return status(Indicator.WAZ).map(NutritionStatus::belowMinusTwo).orElse(false)
                || status(Indicator.HAZ).map(NutritionStatus::belowMinusTwo).orElse(false)
                || status(Indicator.WHZ).map(NutritionStatus::belowMinusTwo).orElse(false);
    }
}
