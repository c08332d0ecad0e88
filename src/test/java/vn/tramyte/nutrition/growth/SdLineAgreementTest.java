package vn.tramyte.nutrition.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tramyte.person.Sex;

/**
 * A measurement placed exactly on an SD line, computed here from the published table row as
 * {@code SD(k) = M (1 + L S k)^(1/L)}, must give the z-score {@code k}, whichever formula
 * (plain or restricted) applies. This holds for any correct implementation and fails for a wrong
 * row, a wrong formula or a wrong conversion.
 */
class SdLineAgreementTest {
    private static final double TOLERANCE = 1e-6;
    private static final int[] DAYS = {0, 1, 45, 200, 273, 365, 600, 730, 731, 1000, 1500, 1826};
    private static final double[] LINES = {-3, -2, -1, 0, 1, 2, 3};

    private static final WhoTableRows WFA = WhoTableRows.weightForAge();
    private static final WhoTableRows LHFA = WhoTableRows.lengthHeightForAge();
    private static final WhoTableRows BFA = WhoTableRows.bmiForAge();
    private static final WhoTableRows WFL = WhoTableRows.weightForLength();
    private static final WhoTableRows WFH = WhoTableRows.weightForHeight();

    static Stream<Arguments> agesAndLines() {
        List<Arguments> cases = new ArrayList<>();
        for (Sex sex : Sex.values()) {
            for (int day : DAYS) {
                for (double k : LINES) {
                    cases.add(Arguments.of(sex, day, k));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} day {1} SD {2}")
    @MethodSource("agesAndLines")
    void wazIsExactlyTheSdLine(Sex sex, int day, double k) {
        double weight = WFA.at(sex, day).sd(k);
        assertEquals(k, Fixtures.weighed(sex, day, weight).waz(), TOLERANCE);
    }

    @ParameterizedTest(name = "{0} day {1} SD {2}")
    @MethodSource("agesAndLines")
    void hazIsExactlyTheSdLine(Sex sex, int day, double k) {
        double length = LHFA.at(sex, day).sd(k);
        Position expected = day < 731 ? Position.LYING : Position.STANDING;
        assertEquals(k, Fixtures.measured(sex, day, length, expected).haz(), TOLERANCE);
        assertEquals(k, Fixtures.measured(sex, day, length, null).haz(), TOLERANCE);
    }

    @ParameterizedTest(name = "{0} day {1} SD {2}")
    @MethodSource("agesAndLines")
    void bazIsExactlyTheSdLine(Sex sex, int day, double k) {
        double length = 80;
        double bmi = BFA.at(sex, day).sd(k);
        double weight = bmi * (length / 100) * (length / 100);
        assertEquals(k, Fixtures.compute(sex, day, weight, length, null).baz(), TOLERANCE);
    }

    static Stream<Arguments> tableRows() {
        List<Arguments> cases = new ArrayList<>();
        for (Sex sex : Sex.values()) {
            for (double k : LINES) {
                for (String cm : List.of("45", "45.1", "60", "73.5", "87.3", "100", "109.9", "110")) {
                    cases.add(Arguments.of(sex, 300, cm, k));
                }
                for (String cm : List.of("65", "65.1", "87.3", "100", "119.9", "120")) {
                    cases.add(Arguments.of(sex, 1000, cm, k));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} day {1} {2} cm SD {3}")
    @MethodSource("tableRows")
    void whzIsExactlyTheSdLineOnTableRows(Sex sex, int day, String cm, double k) {
        WhoTableRows table = day < 731 ? WFL : WFH;
        double weight = table.at(sex, cm).sd(k);
        assertEquals(k, Fixtures.compute(sex, day, weight, Double.parseDouble(cm), null).whz(), TOLERANCE);
    }

    static Stream<Arguments> lengthsBetweenRows() {
        List<Arguments> cases = new ArrayList<>();
        for (Sex sex : Sex.values()) {
            for (double k : LINES) {
                for (String cm : List.of("45.05", "58.01", "72.35", "84.37", "86.99", "109.95", "109.99")) {
                    cases.add(Arguments.of(sex, 300, cm, k));
                }
                for (String cm : List.of("65.01", "84.33", "93.27", "119.95", "119.99")) {
                    cases.add(Arguments.of(sex, 1000, cm, k));
                }
            }
        }
        return cases.stream();
    }

    /** L, M and S interpolated from the two neighbouring 0.1 cm rows, as the README prescribes. */
    @ParameterizedTest(name = "{0} day {1} {2} cm SD {3}")
    @MethodSource("lengthsBetweenRows")
    void whzInterpolatesBetweenTenthsOfACentimetre(Sex sex, int day, String cm, double k) {
        WhoTableRows.Row row = interpolated(day < 731 ? WFL : WFH, sex, cm);
        double weight = row.sd(k);
        assertEquals(k, Fixtures.compute(sex, day, weight, Double.parseDouble(cm), null).whz(), TOLERANCE);
    }

    @Test
    void interpolationMattersForTheResult() {
        // without interpolation (nearest row) the same child would be off by far more than the tolerance
        WhoTableRows.Row between = interpolated(WFL, Sex.FEMALE, "72.35");
        double weight = between.sd(-2);
        double nearestRowZ = WFL.at(Sex.FEMALE, "72.4").restrictedZ(weight);
        assertTrue(Math.abs(nearestRowZ + 2) > 0.01, "nearest row gives " + nearestRowZ);
        assertEquals(-2, Fixtures.compute(Sex.FEMALE, 300, weight, 72.35, null).whz(), TOLERANCE);
    }

    private static WhoTableRows.Row interpolated(WhoTableRows table, Sex sex, String cm) {
        BigDecimal exact = new BigDecimal(cm);
        BigDecimal lower = exact.setScale(1, RoundingMode.DOWN);
        double fraction = exact.subtract(lower).movePointRight(1).doubleValue();
        return table.at(sex, lower.toPlainString()).towards(table.at(sex, lower.add(new BigDecimal("0.1"))
                .toPlainString()), fraction);
    }
}
