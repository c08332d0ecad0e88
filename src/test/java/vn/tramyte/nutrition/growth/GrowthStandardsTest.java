package vn.tramyte.nutrition.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tramyte.person.Sex;

class GrowthStandardsTest {
    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("weight_for_age", (Function<GrowthStandards, LmsTable>) GrowthStandards::weightForAge,
                        WhoTableRows.weightForAge(), 0, 1856, 1),
                Arguments.of("length_height_for_age",
                        (Function<GrowthStandards, LmsTable>) GrowthStandards::lengthHeightForAge,
                        WhoTableRows.lengthHeightForAge(), 0, 1856, 1),
                Arguments.of("bmi_for_age", (Function<GrowthStandards, LmsTable>) GrowthStandards::bmiForAge,
                        WhoTableRows.bmiForAge(), 0, 1856, 1),
                Arguments.of("weight_for_length",
                        (Function<GrowthStandards, LmsTable>) GrowthStandards::weightForLength,
                        WhoTableRows.weightForLength(), 450, 1100, 10),
                Arguments.of("weight_for_height",
                        (Function<GrowthStandards, LmsTable>) GrowthStandards::weightForHeight,
                        WhoTableRows.weightForHeight(), 650, 1200, 10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void everyLoadedValueEqualsThePublishedText(String name, Function<GrowthStandards, LmsTable> table,
                                               WhoTableRows published, int firstUnit, int lastUnit, int unitsPerKey) {
        LmsTable loaded = table.apply(Fixtures.STANDARDS);
        assertEquals(firstUnit, loaded.firstUnit());
        assertEquals(lastUnit, loaded.lastUnit());
        assertEquals(2 * (lastUnit - firstUnit + 1), published.count());
        for (Sex sex : Sex.values()) {
            for (int unit = firstUnit; unit <= lastUnit; unit++) {
                WhoTableRows.Row row = unitsPerKey == 1 ? published.at(sex, unit)
                        : published.at(sex, BigDecimal.valueOf(unit, 1).toPlainString());
                assertEquals(row.l(), loaded.l(sex, unit), name + " L " + sex + " " + unit);
                assertEquals(row.m(), loaded.m(sex, unit), name + " M " + sex + " " + unit);
                assertEquals(row.s(), loaded.s(sex, unit), name + " S " + sex + " " + unit);
            }
        }
    }

    @Test
    void lengthTableStepsDownToHeightAtDay731() {
        LmsTable table = Fixtures.STANDARDS.lengthHeightForAge();
        assertEquals(87.8018, table.m(Sex.MALE, 730));
        assertEquals(87.1303, table.m(Sex.MALE, 731));
    }

    @Test
    void lengthForAgeIsNormalEverywhere() {
        LmsTable table = Fixtures.STANDARDS.lengthHeightForAge();
        for (Sex sex : Sex.values()) {
            for (int day = table.firstUnit(); day <= table.lastUnit(); day++) {
                assertEquals(1.0, table.l(sex, day));
            }
        }
    }
}
