package vn.tramyte.nutrition.growth;

import vn.tramyte.person.Sex;

/**
 * Many children at once, one array per field, for {@link AnthroCalculator#computeAll}: no object
 * per child, so a million children cost a few arrays. The arrays are used as given, not copied.
 * Meaning of the values as in {@link GrowthInput}, except that an unknown age is
 * {@link #AGE_UNKNOWN} and a {@code null} sex gives no z-score (as in WHO Anthro).
 */
public record GrowthBatch(Sex[] sex, int[] ageDays, double[] weightKg, double[] lengthCm, Position[] position,
                          boolean[] oedema) {
    /** Marks an unknown age in {@link #ageDays()}; any other negative age gives no z-score. */
    public static final int AGE_UNKNOWN = Integer.MIN_VALUE;

    public GrowthBatch {
        int n = sex.length;
        if (ageDays.length != n || weightKg.length != n || lengthCm.length != n || position.length != n
                || oedema.length != n) {
            throw new IllegalArgumentException("all arrays of a growth batch must have the same length");
        }
    }

    /** An empty batch of {@code size} children to be filled in place. */
    public static GrowthBatch ofSize(int size) {
        return new GrowthBatch(new Sex[size], new int[size], new double[size], new double[size],
                new Position[size], new boolean[size]);
    }

    public int size() {
        return sex.length;
    }
}
