package vn.tramyte.nutrition.growth;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The WHO z-scores of one measurement, at full precision ({@code null} = not computed), and the
 * flags anthro would set. Round only to show or export: {@link #rounded()}.
 */
public record ZScores(Double waz, Double haz, Double whz, Double baz, Set<GrowthFlag> flags) {
    /** Nothing computed, nothing flagged. */
    public static final ZScores NONE = new ZScores(null, null, null, null, Set.of());

    public ZScores {
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    /** The z-score of one indicator, {@code null} when not computed. */
    public Double get(Indicator indicator) {
        switch (indicator) {
            case WAZ:
                return waz;
            case HAZ:
                return haz;
            case WHZ:
                return whz;
            default:
                return baz;
        }
    }

    /** Whether at least one z-score was computed. */
    public boolean any() {
        return waz != null || haz != null || whz != null || baz != null;
    }

    /** The same scores rounded to 2 decimals as WHO reports them (see {@link ZScoreRounding}). */
    public ZScores rounded() {
        return new ZScores(rounded(waz), rounded(haz), rounded(whz), rounded(baz), flags);
    }

    /** One z-score rounded to 2 decimals; {@code null} stays {@code null}. */
    public static Double rounded(Double z) {
        return z == null ? null : ZScoreRounding.rounded(z);
    }
}
