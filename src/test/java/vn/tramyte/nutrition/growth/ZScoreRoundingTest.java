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
    void theRoundingInDoublesAgreesWithTheExactRoundingOnRandomValuesAndNearEveryHalf() {
        java.util.Random random = new java.util.Random(20261205);
        java.util.List<Double> values = new java.util.ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            values.add((random.nextDouble() - 0.5) * 24);
        }
        for (int hundredths = -1500; hundredths <= 1500; hundredths++) {
            double half = hundredths / 100.0 + 0.005;
            double below = half;
            double above = half;
            for (int ulps = 0; ulps < 40; ulps++) {
                values.add(below);
                values.add(above);
                below = Math.nextDown(below);
                above = Math.nextUp(above);
            }
        }
        values.addAll(java.util.List.of(0.0, -0.0, 1e-9, -1e-9, 999_999.995, -999_999.995, 1e7 + 0.005, 123456789.125));
        for (double z : values) {
            java.math.BigDecimal exact = new java.math.BigDecimal(z).setScale(2, java.math.RoundingMode.HALF_EVEN);
            assertEquals(exact.toPlainString(), ZScoreRounding.format(z), "format of " + new java.math.BigDecimal(z));
            assertEquals(exact.doubleValue() == 0 ? 0.0 : exact.doubleValue(), ZScoreRounding.rounded(z),
                    "rounded " + new java.math.BigDecimal(z));
        }
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
