package vn.tramyte.nutrition.growth;

/**
 * The results of {@link AnthroCalculator#computeAll}: one array per indicator, {@code NaN} where
 * a z-score was not computed, and the {@link GrowthFlag} bits of each child. Reusable: every
 * computation overwrites all of its rows.
 */
public final class ZScoreColumns {
    private final double[] waz;
    private final double[] haz;
    private final double[] whz;
    private final double[] baz;
    private final int[] flags;

    public ZScoreColumns(int size) {
        waz = new double[size];
        haz = new double[size];
        whz = new double[size];
        baz = new double[size];
        flags = new int[size];
    }

    public int size() {
        return flags.length;
    }

    public double waz(int i) {
        return waz[i];
    }

    public double haz(int i) {
        return haz[i];
    }

    public double whz(int i) {
        return whz[i];
    }

    public double baz(int i) {
        return baz[i];
    }

    /** The flags of child {@code i} as a mask of {@link GrowthFlag#bit()}. */
    public int flags(int i) {
        return flags[i];
    }

    /** Child {@code i} as a {@link ZScores} record (allocates; for display, not for bulk loops). */
    public ZScores row(int i) {
        return new ZScores(boxed(waz[i]), boxed(haz[i]), boxed(whz[i]), boxed(baz[i]), GrowthFlag.fromMask(flags[i]));
    }

    void set(int i, double waz, double haz, double whz, double baz, int flags) {
        this.waz[i] = waz;
        this.haz[i] = haz;
        this.whz[i] = whz;
        this.baz[i] = baz;
        this.flags[i] = flags;
    }

    private static Double boxed(double z) {
        return Double.isNaN(z) ? null : z;
    }
}
