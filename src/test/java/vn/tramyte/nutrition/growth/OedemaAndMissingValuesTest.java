package vn.tramyte.nutrition.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tramyte.person.Sex;

class OedemaAndMissingValuesTest {
    @Test
    void oedemaStopsTheWeightBasedScoresButNotHaz() {
        GrowthInput input = new GrowthInput(Sex.FEMALE, 400, 7.5, 72, Position.LYING, true);
        ZScores z = Fixtures.CALCULATOR.compute(input);

        assertNull(z.waz());
        assertNull(z.whz());
        assertNull(z.baz());
        WhoTableRows.Row row = WhoTableRows.lengthHeightForAge().at(Sex.FEMALE, 400);
        assertEquals((72 / row.m() - 1) / row.s(), z.haz(), 1e-12);
    }

    @ParameterizedTest(name = "weight {0}")
    @ValueSource(doubles = {Double.NaN, 0, -3, Double.POSITIVE_INFINITY})
    void missingOrImpossibleWeightStopsTheWeightBasedScores(double weight) {
        ZScores z = Fixtures.compute(Sex.MALE, 400, weight, 75, Position.LYING);

        assertNull(z.waz());
        assertNull(z.whz());
        assertNull(z.baz());
        assertNotNull(z.haz());
    }

    @ParameterizedTest(name = "length {0}")
    @ValueSource(doubles = {Double.NaN, 0, -75, Double.POSITIVE_INFINITY})
    void missingOrImpossibleLengthStopsTheLengthBasedScores(double length) {
        ZScores z = Fixtures.compute(Sex.MALE, 400, 9, length, Position.LYING);

        assertNull(z.haz());
        assertNull(z.whz());
        assertNull(z.baz());
        assertNotNull(z.waz());
    }

    @Test
    void lengthThatConvertsToNothingIsNotMeasured() {
        // 0.5 cm lying at 800 days would be -0.2 cm of height
        ZScores z = Fixtures.compute(Sex.MALE, 800, 12, 0.5, Position.LYING);
        assertNull(z.haz());
        assertNull(z.baz());
    }

    @Test
    void nothingMeasuredGivesNothing() {
        assertEquals(ZScores.NONE, Fixtures.compute(Sex.FEMALE, 500, Double.NaN, Double.NaN, null));
    }

    @Test
    void sexIsRequired() {
        assertThrows(NullPointerException.class, () -> new GrowthInput(null, 10, 3, 50, null, false));
    }
}
