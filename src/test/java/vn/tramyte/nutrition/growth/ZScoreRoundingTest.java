package vn.tramyte.nutrition.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZScoreRoundingTest {
    @Test
    void roundsToTwoDecimals() {
        assertEquals(4.8, ZScoreRounding.rounded(4.796));
        assertEquals(-2.01, ZScoreRounding.rounded(-2.0061));
        assertEquals(-2.0, ZScoreRounding.rounded(-2.0049));
    }

    @Test
    void roundsTheExactBinaryValueLikeR() {
        // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875
        assertEquals(2.67, ZScoreRounding.rounded(2.675));
        // 1.005 is stored just below the half as well
        assertEquals(1.0, ZScoreRounding.rounded(1.005));
    }

    @Test
    void exactTiesGoToTheEvenDigitLikeR() {
        // R 4: round(0.125, 2) = 0.12 and round(0.375, 2) = 0.38; igrowup would say 0.13 and 0.38
        assertEquals(0.12, ZScoreRounding.rounded(0.125));
        assertEquals(0.38, ZScoreRounding.rounded(0.375));
        assertEquals(-2.12, ZScoreRounding.rounded(-2.125));
    }

    @Test
    void neverShowsMinusZero() {
        assertEquals("0.00", ZScoreRounding.format(-0.004));
        assertEquals(0.0, ZScoreRounding.rounded(-0.004));
        assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(ZScoreRounding.rounded(-0.004)));
    }

    @Test
    void formatsWithTwoDecimalsAndAPoint() {
        assertEquals("4.80", ZScoreRounding.format(4.8));
        assertEquals("-0.50", ZScoreRounding.format(-0.5));
        assertEquals("-12.35", ZScoreRounding.format(-12.3456));
    }

    @Test
    void notComputedStaysNotComputed() {
        assertEquals(Double.NaN, ZScoreRounding.rounded(Double.NaN));
        assertEquals(null, ZScores.rounded((Double) null));
    }

    @Test
    void thresholdsSitExactlyWhereTheRoundedValueChanges() {
        double lowest = ZScoreRounding.lowestRoundingTo(-2);
        assertEquals(-2.0, ZScoreRounding.rounded(lowest));
        assertEquals(-2.01, ZScoreRounding.rounded(Math.nextDown(lowest)));
        double highest = ZScoreRounding.highestRoundingTo(5);
        assertEquals(5.0, ZScoreRounding.rounded(highest));
        assertEquals(5.01, ZScoreRounding.rounded(Math.nextUp(highest)));
    }
}
