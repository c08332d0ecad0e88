package vn.tramyte.nutrition.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tramyte.person.Sex;

/**
 * The 0.7 cm rule and the switch from length to height tables at 731 days. Each expectation is
 * the hand computation on the table row WHO would use for the converted length.
 */
class LengthHeightRuleTest {
    private static final double EXACT = 1e-9;
    private static final WhoTableRows LHFA = WhoTableRows.lengthHeightForAge();
    private static final WhoTableRows WFL = WhoTableRows.weightForLength();
    private static final WhoTableRows WFH = WhoTableRows.weightForHeight();

    @ParameterizedTest(name = "day {0} measured {1} -> {2} cm")
    @CsvSource({
        "729, L, 85.0, 85.0",
        "729, H, 85.0, 85.7",
        "730, L, 85.0, 85.0",
        "730, H, 85.0, 85.7",
        "731, L, 85.0, 84.3",
        "731, H, 85.0, 85.0",
        "732, L, 85.0, 84.3",
        "732, H, 85.0, 85.0",
    })
    void lengthIsConvertedToWhatTheTableOfTheAgeExpects(int day, String measured, double cm, String converted) {
        Position position = Position.parse(measured).orElseThrow();
        double weight = 11.5;
        ZScores z = Fixtures.compute(Sex.MALE, day, weight, cm, position);

        double lenhei = Double.parseDouble(converted);
        assertEquals((lenhei / LHFA.at(Sex.MALE, day).m() - 1) / LHFA.at(Sex.MALE, day).s(), z.haz(), EXACT);
        WhoTableRows weightFor = day < 731 ? WFL : WFH;
        assertEquals(weightFor.at(Sex.MALE, converted).restrictedZ(weight), z.whz(), EXACT);
    }

    @Test
    void theAgeNotThePositionChoosesTheWeightForLengthOrHeightTable() {
        // same child lying at 85.0 cm, one day apart: length table at 85.0, then height table at 84.3
        assertEquals(WFL.at(Sex.FEMALE, "85").restrictedZ(11), whz(730, 85.0, Position.LYING), EXACT);
        assertEquals(WFH.at(Sex.FEMALE, "84.3").restrictedZ(11), whz(731, 85.0, Position.LYING), EXACT);
        // standing at 730 days is converted to 85.7 cm of length, not looked up in the height table
        assertEquals(WFL.at(Sex.FEMALE, "85.7").restrictedZ(11), whz(730, 85.0, Position.STANDING), EXACT);
    }

    /**
     * 103.1 cm lying at 900 days is 102.39999999999999 cm of height in binary arithmetic. anthro
     * then interpolates from the 102.3 row towards the 102.5 row (its {@code trunc(10 x + 1)} rounds
     * up past 102.4); the exact answer would be the 102.4 row. WHO's result is the reference.
     */
    @Test
    void whzJustBelow102point4CentimetresFollowsAnthroArithmetic() {
        double lenhei = 103.1 - 0.7;
        double fraction = (lenhei - 102.3) / 0.1;
        WhoTableRows.Row anthroRow = WFH.at(Sex.FEMALE, "102.3").towards(WFH.at(Sex.FEMALE, "102.5"), fraction);

        double whz = Fixtures.compute(Sex.FEMALE, 900, 14.0, 103.1, Position.LYING).whz();

        assertEquals(anthroRow.restrictedZ(14.0), whz, 1e-9);
        assertEquals(-1.47, ZScoreRounding.rounded(whz), "anthro's result");
        assertEquals(-1.45, ZScoreRounding.rounded(WFH.at(Sex.FEMALE, "102.4").restrictedZ(14.0)),
                "the exact 102.4 cm row would say");
    }

    @Test
    void positionNotRecordedMeansTheExpectedOne() {
        assertEquals(WFL.at(Sex.FEMALE, "85").restrictedZ(11), whz(730, 85.0, null), EXACT);
        assertEquals(WFH.at(Sex.FEMALE, "85").restrictedZ(11), whz(731, 85.0, null), EXACT);
    }

    @Test
    void hazStepsAtDay731BecauseTheTableChangesFromLengthToHeight() {
        double heightMedian = LHFA.at(Sex.MALE, 731).m();
        assertEquals(0, Fixtures.measured(Sex.MALE, 731, heightMedian, Position.STANDING).haz(), EXACT);
        assertEquals(0, Fixtures.measured(Sex.MALE, 731, heightMedian + 0.7, Position.LYING).haz(), EXACT);
    }

    @Test
    void withoutAgeTheRecordedPositionChoosesTheTable() {
        ZScores lying = Fixtures.compute(Sex.MALE, null, 12, 90, Position.LYING);
        ZScores standing = Fixtures.compute(Sex.MALE, null, 12, 90, Position.STANDING);

        assertEquals(WFL.at(Sex.MALE, "90").restrictedZ(12), lying.whz(), EXACT);
        assertEquals(WFH.at(Sex.MALE, "90").restrictedZ(12), standing.whz(), EXACT);
        assertNull(lying.waz());
        assertNull(lying.haz());
        assertNull(lying.baz());
    }

    @Test
    void withoutAgeOrPositionEightySevenCentimetresChoosesTheTable() {
        assertEquals(WFL.at(Sex.MALE, "86.9").restrictedZ(12), Fixtures.compute(Sex.MALE, null, 12, 86.9, null).whz(),
                EXACT);
        assertEquals(WFH.at(Sex.MALE, "87").restrictedZ(12), Fixtures.compute(Sex.MALE, null, 12, 87.0, null).whz(),
                EXACT);
        assertEquals(WFH.at(Sex.MALE, "115").restrictedZ(20), Fixtures.compute(Sex.MALE, null, 20, 115.0, null).whz(),
                EXACT);
        assertNull(Fixtures.compute(Sex.MALE, null, 20, 121.0, null).whz(), "beyond the height table");
    }

    private static Double whz(int day, double cm, Position position) {
        return Fixtures.compute(Sex.FEMALE, day, 11, cm, position).whz();
    }
}
