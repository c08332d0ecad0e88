package vn.tramyte.nutrition.growth;

import vn.tramyte.person.Sex;

/** One loaded calculator for all growth tests (the tables take a moment to read), and input shorthands. */
final class Fixtures {
    static final GrowthStandards STANDARDS = GrowthStandards.loadBundled();
    static final AnthroCalculator CALCULATOR = new AnthroCalculator(STANDARDS);
    static final double NONE = Double.NaN;

    private Fixtures() {
    }

    static ZScores compute(Sex sex, Integer ageDays, double weightKg, double lengthCm, Position position) {
        return CALCULATOR.compute(new GrowthInput(sex, ageDays, weightKg, lengthCm, position, false));
    }

    static ZScores weighed(Sex sex, int ageDays, double weightKg) {
        return compute(sex, ageDays, weightKg, NONE, null);
    }

    static ZScores measured(Sex sex, int ageDays, double lengthCm, Position position) {
        return compute(sex, ageDays, NONE, lengthCm, position);
    }
}
