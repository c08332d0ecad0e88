package vn.tramyte.nutrition.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tramyte.person.Sex;

class NutritionStatusTest {
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "WAZ, 0, NORMAL",
        "WAZ, -1.99, NORMAL",
        "WAZ, -2.0, NORMAL",
        "WAZ, -2.004, NORMAL",
        "WAZ, -2.006, MODERATE",
        "WAZ, -2.01, MODERATE",
        "WAZ, -3.0, MODERATE",
        "WAZ, -3.004, MODERATE",
        "WAZ, -3.006, SEVERE",
        "WAZ, -7.5, SEVERE",
        "WAZ, 2.5, NORMAL",
        "HAZ, -2.5, MODERATE",
        "HAZ, -3.5, SEVERE",
        "HAZ, 3.0, NORMAL",
        "WHZ, -2.5, MODERATE",
        "WHZ, -3.5, SEVERE",
        "WHZ, 2.0, NORMAL",
        "WHZ, 2.004, NORMAL",
        "WHZ, 2.006, OVERWEIGHT",
        "BAZ, 2.5, OVERWEIGHT",
        "BAZ, -3.01, SEVERE",
    })
    void classifiesTheTwoDecimalScoreByTheWhoCutOffs(Indicator indicator, double z, NutritionStatus expected) {
        assertEquals(Optional.of(expected), NutritionStatus.classify(indicator, z, false));
    }

    @ParameterizedTest
    @EnumSource(value = Indicator.class, names = {"WAZ", "WHZ", "BAZ"})
    void oedemaIsSevereForTheWeightBasedForms(Indicator indicator) {
        assertEquals(Optional.of(NutritionStatus.SEVERE), NutritionStatus.classify(indicator, null, true));
    }

    @Test
    void oedemaDoesNotChangeStunting() {
        assertEquals(Optional.of(NutritionStatus.NORMAL), NutritionStatus.classify(Indicator.HAZ, -1.0, true));
        assertEquals(Optional.empty(), NutritionStatus.classify(Indicator.HAZ, null, true));
    }

    @Test
    void noScoreNoStatus() {
        assertEquals(Optional.empty(), NutritionStatus.classify(Indicator.WAZ, null, false));
        assertEquals(Optional.empty(), NutritionStatus.classify(Indicator.WHZ, Double.NaN, false));
    }

    @Test
    void moderateAndSevereAreBelowMinusTwo() {
        assertTrue(NutritionStatus.MODERATE.belowMinusTwo());
        assertTrue(NutritionStatus.SEVERE.belowMinusTwo());
        assertFalse(NutritionStatus.NORMAL.belowMinusTwo());
        assertFalse(NutritionStatus.OVERWEIGHT.belowMinusTwo());
    }

    @Test
    void classifiesEachIndicatorOfAComputedChild() {
        // a boy of 1 year, 7.0 kg, 75.0 cm lying: anthro gives WAZ -2.90, HAZ -0.31, WHZ -3.81, BAZ -3.89
        ZScores thin = Fixtures.compute(Sex.MALE, 365, 7.0, 75.0, Position.LYING);
        assertEquals(Optional.of(NutritionStatus.MODERATE), status(Indicator.WAZ, thin));
        assertEquals(Optional.of(NutritionStatus.NORMAL), status(Indicator.HAZ, thin));
        assertEquals(Optional.of(NutritionStatus.SEVERE), status(Indicator.WHZ, thin));
        assertEquals(Optional.of(NutritionStatus.SEVERE), status(Indicator.BAZ, thin));
        // 11.5 kg, 72.0 cm: WAZ 1.62, HAZ -1.57, WHZ 3.01, BAZ 3.30
        ZScores heavy = Fixtures.compute(Sex.MALE, 365, 11.5, 72.0, Position.LYING);
        assertEquals(Optional.of(NutritionStatus.NORMAL), status(Indicator.WAZ, heavy));
        assertEquals(Optional.of(NutritionStatus.OVERWEIGHT), status(Indicator.WHZ, heavy));
        assertEquals(Optional.of(NutritionStatus.OVERWEIGHT), status(Indicator.BAZ, heavy));
    }

    private static Optional<NutritionStatus> status(Indicator indicator, ZScores z) {
        return NutritionStatus.classify(indicator, z.get(indicator), false);
    }

    /** Keys are dotted camelCase words: the project's bundle test only recognises such literals. */
    @Test
    void everyConstantHasAMessageKeyOfTheProjectsForm() {
        Pattern key = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)+");
        for (NutritionStatus status : NutritionStatus.values()) {
            assertEquals("nutrition.status." + status.name().toLowerCase(Locale.ROOT), status.messageKey());
        }
        for (Indicator indicator : Indicator.values()) {
            assertEquals("nutrition.indicator." + indicator.code(), indicator.messageKey());
        }
        for (GrowthFlag flag : GrowthFlag.values()) {
            assertTrue(key.matcher(flag.messageKey()).matches(), flag.messageKey());
            assertTrue(flag.messageKey().startsWith("nutrition.flag."), flag.messageKey());
        }
        for (Position position : Position.values()) {
            assertTrue(key.matcher(position.messageKey()).matches(), position.messageKey());
        }
    }
}
