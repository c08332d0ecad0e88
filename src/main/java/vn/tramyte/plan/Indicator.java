package vn.tramyte.plan;

import java.util.Optional;
import vn.tramyte.common.Coded;

/**
 * The plan's indicators (DOMAIN.md §7), with the direction a target works in: a mortality or a
 * malnutrition rate must not exceed its target, a coverage must reach it.
 */
public enum Indicator implements Coded {
    IMR("imr", "target.indicator.imr", Bound.MAX, Unit.PER_1000),
    U5MR("u5mr", "target.indicator.u5mr", Bound.MAX, Unit.PER_1000),
    MMR("mmr", "target.indicator.mmr", Bound.MAX, Unit.PER_100000),
    UNDERWEIGHT("underweight", "target.indicator.underweight", Bound.MAX, Unit.PERCENT),
    STUNTING("stunting", "target.indicator.stunting", Bound.MAX, Unit.PERCENT),
    WASTING("wasting", "target.indicator.wasting", Bound.MAX, Unit.PERCENT),
    FULL_IMMUNIZATION("full_immunization", "target.indicator.fullImmunization", Bound.MIN, Unit.PERCENT),
    ANC3("anc3", "target.indicator.anc3", Bound.MIN, Unit.PERCENT),
    ANC4("anc4", "target.indicator.anc4", Bound.MIN, Unit.PERCENT),
    SKILLED_BIRTH("skilled_birth", "target.indicator.skilledBirth", Bound.MIN, Unit.PERCENT),
    TETANUS_PROTECTED("tetanus_protected", "target.indicator.tetanusProtected", Bound.MIN, Unit.PERCENT);

    /** Which side of its target a value must stay on. */
    public enum Bound implements Coded {
        /** The value must not exceed the target. */
        MAX("max"),
        /** The value must reach the target. */
        MIN("min");

        private final String code;

        Bound(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Bound> fromCode(String code) {
            return Coded.exact(Bound.class, code);
        }
    }

    /** How a rate is expressed. */
    public enum Unit {
        PER_1000, PER_100000, PERCENT
    }

    private final String code;
    private final String messageKey;
    private final Bound bound;
    private final Unit unit;

    Indicator(String code, String messageKey, Bound bound, Unit unit) {
        this.code = code;
        this.messageKey = messageKey;
        this.bound = bound;
        this.unit = unit;
    }

    /** The code in the targets file and the database. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Bound bound() {
        return bound;
    }

    public Unit unit() {
        return unit;
    }

    /** Whether a value meets a target of this indicator (equal to the target meets it). */
    public boolean meets(double value, double target) {
        return bound == Bound.MAX ? value <= target : value >= target;
    }

    public static Optional<Indicator> fromCode(String code) {
        return Coded.exact(Indicator.class, code);
    }
}
