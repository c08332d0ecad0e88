package vn.tramyte.nutrition.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tramyte.person.Sex;

/** Where WHO stops computing: the ends of the weight-for-length/height tables and 60 months of age. */
class TableEdgesAndAgeLimitsTest {
    @ParameterizedTest(name = "day {0}: {1} cm -> computed {2}")
    @CsvSource({
        "300, 44.9, false",
        "300, 44.99, false",
        "300, 45.0, true",
        "300, 110.0, true",
        "300, 110.01, false",
        "300, 110.1, false",
        "1000, 64.9, false",
        "1000, 64.99, false",
        "1000, 65.0, true",
        "1000, 120.0, true",
        "1000, 120.01, false",
        "1000, 120.1, false",
    })
    void whzOnlyInsideItsTable(int day, double cm, boolean computed) {
        ZScores z = Fixtures.compute(Sex.FEMALE, day, 10, cm, null);
        assertEquals(computed, z.whz() != null);
        assertNotNull(z.haz(), "HAZ has no such limit");
        assertNotNull(z.baz(), "BAZ has no such limit");
    }

    @Test
    void tableEndsUseTheirOwnRow() {
        WhoTableRows wfl = WhoTableRows.weightForLength();
        WhoTableRows wfh = WhoTableRows.weightForHeight();
        assertEquals(wfl.at(Sex.MALE, "45").restrictedZ(2.5), Fixtures.compute(Sex.MALE, 10, 2.5, 45, null).whz(), 1e-12);
        assertEquals(wfl.at(Sex.MALE, "110").restrictedZ(18), Fixtures.compute(Sex.MALE, 700, 18, 110, null).whz(), 1e-12);
        assertEquals(wfh.at(Sex.MALE, "65").restrictedZ(7), Fixtures.compute(Sex.MALE, 800, 7, 65, null).whz(), 1e-12);
        assertEquals(wfh.at(Sex.MALE, "120").restrictedZ(22), Fixtures.compute(Sex.MALE, 1800, 22, 120, null).whz(), 1e-12);
    }

    @Test
    void day1826IsTheLastDayWithZScores() {
        ZScores lastDay = Fixtures.compute(Sex.MALE, 1826, 18, 110, Position.STANDING);
        ZScores sixtyMonths = Fixtures.compute(Sex.MALE, 1827, 18, 110, Position.STANDING);

        assertNotNull(lastDay.waz());
        assertNotNull(lastDay.haz());
        assertNotNull(lastDay.whz());
        assertNotNull(lastDay.baz());
        assertEquals(ZScores.NONE, sixtyMonths, "no z-score of any kind at 60 months, not even WHZ");
    }

    @Test
    void negativeAgeGivesNoZScore() {
        assertEquals(ZScores.NONE, Fixtures.compute(Sex.FEMALE, -1, 8, 70, Position.LYING));
    }

    @Test
    void dayZeroIsComputed() {
        WhoTableRows.Row row = WhoTableRows.weightForAge().at(Sex.FEMALE, 0);
        assertEquals(0, Fixtures.weighed(Sex.FEMALE, 0, row.m()).waz(), 1e-12);
    }

    @Test
    void ageFromDatesIsTheExactNumberOfDays() {
        GrowthInput input = GrowthInput.atVisit(Sex.MALE, LocalDate.of(2024, 2, 29), LocalDate.of(2025, 3, 1),
                10, Double.NaN, null, false);
        assertEquals(366, input.ageDays());
    }

    @Test
    void standingUnderNineMonthsIsFlaggedAndNotConverted() {
        WhoTableRows.Row day273 = WhoTableRows.lengthHeightForAge().at(Sex.MALE, 273);
        ZScores z = Fixtures.measured(Sex.MALE, 273, 65.0, Position.STANDING);

        assertEquals((65.0 / day273.m() - 1) / day273.s(), z.haz(), 1e-12, "no +0.7 cm");
        assertTrue(z.flags().contains(GrowthFlag.STANDING_UNDER_9_MONTHS));
    }

    @Test
    void standingFromNineMonthsIsConvertedAndNotFlagged() {
        WhoTableRows.Row day274 = WhoTableRows.lengthHeightForAge().at(Sex.MALE, 274);
        ZScores z = Fixtures.measured(Sex.MALE, 274, 65.0, Position.STANDING);

        assertEquals((65.7 / day274.m() - 1) / day274.s(), z.haz(), 1e-12);
        assertTrue(z.flags().isEmpty());
    }

    @Test
    void lyingUnderNineMonthsIsNotFlagged() {
        assertTrue(Fixtures.measured(Sex.FEMALE, 100, 60, Position.LYING).flags().isEmpty());
    }

    @Test
    void standingUnderNineMonthsWeightForLengthUsesTheUnconvertedLength() {
        WhoTableRows.Row row = WhoTableRows.weightForLength().at(Sex.FEMALE, "60");
        ZScores z = Fixtures.compute(Sex.FEMALE, 120, 5.5, 60, Position.STANDING);
        assertEquals(row.restrictedZ(5.5), z.whz(), 1e-12);
    }
}
