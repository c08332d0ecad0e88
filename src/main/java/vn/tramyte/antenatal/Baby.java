package vn.tramyte.antenatal;

import vn.tramyte.person.Sex;

/**
 * One baby of a delivery. Sex may be missing for a stillbirth; the weight when the baby was
 * not weighed (a home birth).
 *
 * @param birthWeightG grams, null when not weighed
 */
public record Baby(BirthOutcome outcome, Sex sex, Integer birthWeightG) {
    /** WHO: a birth weight under 2,500 g is low, whatever the gestational age. */
    public static final int LOW_BIRTH_WEIGHT_BELOW_G = 2500;

    public boolean liveBirth() {
        return outcome == BirthOutcome.LIVE;
    }

    /** False when not weighed: only a known weight can be marked low. */
    public boolean lowBirthWeight() {
        return birthWeightG != null && birthWeightG < LOW_BIRTH_WEIGHT_BELOW_G;
    }
}
