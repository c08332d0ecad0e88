package vn.tramyte.nutrition.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.tramyte.person.Sex;

/**
 * Beyond ±3 SD WHO extrapolates WAZ, WHZ and BAZ linearly, with the distance between the 2 and 3
 * SD lines as the unit; HAZ keeps the plain formula. Expected values are worked out here by hand
 * from the table rows.
 */
class RestrictedComputationTest {
    private static final double EXACT = 1e-12;

    @Test
    void restrictedWazBeyondPlusThreeSd() {
        // the README's example: a 16 kg girl of 365 days
        WhoTableRows.Row row = WhoTableRows.weightForAge().at(Sex.FEMALE, 365);
        double sd2 = row.m() * Math.pow(1 + row.l() * row.s() * 2, 1 / row.l());
        double sd3 = row.m() * Math.pow(1 + row.l() * row.s() * 3, 1 / row.l());
        double byHand = 3 + (16 - sd3) / (sd3 - sd2);

        double waz = Fixtures.weighed(Sex.FEMALE, 365, 16).waz();

        assertEquals(byHand, waz, EXACT);
        assertEquals(4.80, ZScoreRounding.rounded(waz));
        assertEquals(4.47, ZScoreRounding.rounded(row.z(16)), "the plain LMS formula would say 4.47");
    }

    @Test
    void restrictedWazBelowMinusThreeSd() {
        WhoTableRows.Row row = WhoTableRows.weightForAge().at(Sex.MALE, 365);
        double sd3 = row.sd(-3);
        double byHand = -3 + (5.0 - sd3) / (row.sd(-2) - sd3);
        assertTrue(row.z(5.0) < -3);

        assertEquals(byHand, Fixtures.weighed(Sex.MALE, 365, 5.0).waz(), EXACT);
        assertTrue(Math.abs(byHand - row.z(5.0)) > 0.05, "restriction changes the value");
    }

    @Test
    void restrictedWhzBeyondBothThreeSdLines() {
        WhoTableRows.Row row = WhoTableRows.weightForLength().at(Sex.MALE, "80");
        for (double weight : new double[] {6.0, 16.0}) {
            double z = row.z(weight);
            assertTrue(Math.abs(z) > 3);
            double expected = z > 3 ? 3 + (weight - row.sd(3)) / (row.sd(3) - row.sd(2))
                    : -3 + (weight - row.sd(-3)) / (row.sd(-2) - row.sd(-3));
            assertEquals(expected, Fixtures.compute(Sex.MALE, 500, weight, 80, Position.LYING).whz(), EXACT);
        }
    }

    @Test
    void restrictedWhzBetweenRowsUsesTheInterpolatedSdLines() {
        WhoTableRows table = WhoTableRows.weightForHeight();
        WhoTableRows.Row row = table.at(Sex.FEMALE, "95.2").towards(table.at(Sex.FEMALE, "95.3"), 0.5);
        double weight = 22.0;
        assertTrue(row.z(weight) > 3);
        double expected = 3 + (weight - row.sd(3)) / (row.sd(3) - row.sd(2));

        assertEquals(expected, Fixtures.compute(Sex.FEMALE, 1200, weight, 95.25, Position.STANDING).whz(), 1e-9);
    }

    @Test
    void restrictedBazBeyondBothThreeSdLines() {
        WhoTableRows.Row row = WhoTableRows.bmiForAge().at(Sex.FEMALE, 1000);
        for (double weight : new double[] {8.0, 25.0}) {
            double bmi = weight / (0.9 * 0.9);
            assertTrue(Math.abs(row.z(bmi)) > 3);
            assertEquals(row.restrictedZ(bmi),
                    Fixtures.compute(Sex.FEMALE, 1000, weight, 90, Position.STANDING).baz(), EXACT);
        }
    }

    @Test
    void bazUsesTheConvertedLength() {
        // lying at 1000 days: 90.7 cm measured is 90.0 cm of height for the BMI
        WhoTableRows.Row row = WhoTableRows.bmiForAge().at(Sex.MALE, 1000);
        double bmi = 13.0 / ((90.7 - 0.7) / 100 * ((90.7 - 0.7) / 100));
        assertEquals(row.restrictedZ(bmi), Fixtures.compute(Sex.MALE, 1000, 13.0, 90.7, Position.LYING).baz(), EXACT);
    }

    @Test
    void hazIsNeverRestricted() {
        WhoTableRows.Row row = WhoTableRows.lengthHeightForAge().at(Sex.MALE, 1000);
        double plain = (70.0 / row.m() - 1) / row.s();
        // with L = 1 the SD lines are evenly spaced, so restricting would change nothing: plain it is
        assertTrue(plain < -6);

        assertEquals(plain, Fixtures.measured(Sex.MALE, 1000, 70.0, Position.STANDING).haz(), EXACT);
    }

    @Test
    void insideThreeSdThePlainFormulaIsUsed() {
        WhoTableRows.Row row = WhoTableRows.weightForAge().at(Sex.FEMALE, 700);
        double weight = row.sd(2.9);
        assertEquals(row.z(weight), Fixtures.weighed(Sex.FEMALE, 700, weight).waz(), EXACT);
    }
}
