package vn.tramyte.nutrition.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tramyte.person.Sex;

/**
 * Implausible values are flagged, never hidden. anthro flags the 2-decimal z-score, so a WAZ of
 * 5.004 (shown 5.00) is not flagged and 5.006 (shown 5.01) is.
 */
class FlagsTest {
    private static final WhoTableRows WFA = WhoTableRows.weightForAge();
    private static final WhoTableRows LHFA = WhoTableRows.lengthHeightForAge();
    private static final WhoTableRows WFL = WhoTableRows.weightForLength();
    private static final WhoTableRows BFA = WhoTableRows.bmiForAge();

    @ParameterizedTest(name = "WAZ {0} flagged {1}")
    @CsvSource({"5.004, false", "5.006, true", "-6.004, false", "-6.006, true", "0, false"})
    void wazFlagsBelowMinusSixAndAbovePlusFive(double target, boolean flagged) {
        ZScores z = Fixtures.weighed(Sex.FEMALE, 500, restrictedInverse(WFA.at(Sex.FEMALE, 500), target));
        assertEquals(target, z.waz(), 1e-9);
        assertEquals(flagged, z.flags().contains(GrowthFlag.WAZ_IMPLAUSIBLE));
    }

    @ParameterizedTest(name = "HAZ {0} flagged {1}")
    @CsvSource({"6.004, false", "6.006, true", "-6.004, false", "-6.006, true"})
    void hazFlagsBeyondSix(double target, boolean flagged) {
        WhoTableRows.Row row = LHFA.at(Sex.MALE, 900);
        ZScores z = Fixtures.measured(Sex.MALE, 900, row.m() * (1 + row.s() * target), null);
        assertEquals(target, z.haz(), 1e-9);
        assertEquals(flagged, z.flags().contains(GrowthFlag.HAZ_IMPLAUSIBLE));
    }

    @ParameterizedTest(name = "WHZ {0} flagged {1}")
    @CsvSource({"5.004, false", "5.006, true", "-5.004, false", "-5.006, true"})
    void whzFlagsBeyondFive(double target, boolean flagged) {
        ZScores z = Fixtures.compute(Sex.MALE, 400, restrictedInverse(WFL.at(Sex.MALE, "75"), target), 75, null);
        assertEquals(target, z.whz(), 1e-9);
        assertEquals(flagged, z.flags().contains(GrowthFlag.WHZ_IMPLAUSIBLE));
    }

    @ParameterizedTest(name = "BAZ {0} flagged {1}")
    @CsvSource({"5.004, false", "5.006, true", "-5.004, false", "-5.006, true"})
    void bazFlagsBeyondFive(double target, boolean flagged) {
        double bmi = restrictedInverse(BFA.at(Sex.FEMALE, 1200), target);
        ZScores z = Fixtures.compute(Sex.FEMALE, 1200, bmi * 0.95 * 0.95, 95, null);
        assertEquals(target, z.baz(), 1e-9);
        assertEquals(flagged, z.flags().contains(GrowthFlag.BAZ_IMPLAUSIBLE));
    }

    @Test
    void flaggedScoresAreStillReported() {
        ZScores z = Fixtures.weighed(Sex.MALE, 30, 15);
        assertTrue(z.waz() > 5);
        assertEquals(Set.of(GrowthFlag.WAZ_IMPLAUSIBLE), z.flags());
    }

    /** Reference results from the test suite of WHO's anthro package. */
    @Test
    void agreesWithAnthroReferenceValues() {
        ZScores lyingAt987Days = Fixtures.measured(Sex.MALE, 987, 72.86, Position.LYING);
        assertEquals(-6.09, ZScores.rounded(lyingAt987Days.haz()));
        assertTrue(lyingAt987Days.flags().contains(GrowthFlag.HAZ_IMPLAUSIBLE));

        // 8 and 9 months are days 244 and 274 (months x 30.4375, halves rounded up)
        ZScores standingAt8Months = Fixtures.measured(Sex.MALE, 244, 60, Position.STANDING);
        assertEquals(-4.81, ZScores.rounded(standingAt8Months.haz()));
        assertEquals(Set.of(GrowthFlag.STANDING_UNDER_9_MONTHS), standingAt8Months.flags());
        ZScores standingAt9Months = Fixtures.measured(Sex.MALE, 274, 60, Position.STANDING);
        assertEquals(-5.02, ZScores.rounded(standingAt9Months.haz()));
        assertFalse(standingAt9Months.flags().contains(GrowthFlag.STANDING_UNDER_9_MONTHS));

        // 24 months is day 731: height table whether standing or not recorded
        assertEquals(-2.55, ZScores.rounded(Fixtures.measured(Sex.FEMALE, 731, 77.5, null).haz()));
        assertEquals(-2.55, ZScores.rounded(Fixtures.measured(Sex.FEMALE, 731, 77.5, Position.STANDING).haz()));
    }

    /** The measurement whose restricted z-score is {@code target}. */
    private static double restrictedInverse(WhoTableRows.Row row, double target) {
        if (target > 3) {
            return row.sd(3) + (target - 3) * (row.sd(3) - row.sd(2));
        }
        if (target < -3) {
            return row.sd(-3) + (target + 3) * (row.sd(-2) - row.sd(-3));
        }
        return row.sd(target);
    }
}
