package vn.tramyte.report;

import vn.tramyte.plan.Indicator;

/**
 * What the arithmetic of an indicator is (DOMAIN.md §7): whether its numerator is a part of its
 * denominator (a proportion) or a count set against another (a ratio), and whether it counts
 * deaths (whose rates the 20-deaths rule marks unstable).
 */
enum IndicatorKind {
    MORTALITY_RATIO(false, true),
    RATIO(false, false),
    PROPORTION(true, false);

    private final boolean proportion;
    private final boolean mortality;

    IndicatorKind(boolean proportion, boolean mortality) {
        this.proportion = proportion;
        this.mortality = mortality;
    }

    boolean proportion() {
        return proportion;
    }

    boolean mortality() {
        return mortality;
    }

    static IndicatorKind of(Indicator indicator) {
        switch (indicator) {
            case IMR:
            case U5MR:
            case MMR:
                return MORTALITY_RATIO;
            case FULL_IMMUNIZATION:
                // children who completed in the period, some born the year before, per live births
                return RATIO;
            default:
                return PROPORTION;
        }
    }
}
