package vn.tramyte.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.tramyte.plan.Indicator;

/** The interval and stability rules at their edges, against published values. */
class EstimateTest {
    @Test
    void wilsonMatchesTheTextbookValues() {
        // Newcombe (1998), Table I: 81/263 → 0.2553–0.3662; 15/148 → 0.0624–0.1605
        double[] a = Estimate.wilson(81, 263);
        assertEquals(0.2553, a[0], 0.0001);
        assertEquals(0.3662, a[1], 0.0001);
        double[] b = Estimate.wilson(15, 148);
        assertEquals(0.0624, b[0], 0.0001);
        assertEquals(0.1605, b[1], 0.0001);
    }

    @Test
    void wilsonStaysInsideZeroAndOneAtTheEdges() {
        // Newcombe (1998): 0/20 → 0–0.1611; 20/20 is its mirror
        double[] none = Estimate.wilson(0, 20);
        assertEquals(0.0, none[0], 1e-12);
        assertEquals(0.1611, none[1], 0.0001);
        double[] all = Estimate.wilson(20, 20);
        assertEquals(1 - 0.1611, all[0], 0.0001);
        assertEquals(1.0, all[1], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Estimate.wilson(5, 4));
    }

    @Test
    void exactPoissonMatchesGarwoodsTable() {
        // exact 95% limits of a Poisson count: 0 → 0–3.689, 2 → 0.2422–7.225, 20 → 12.22–30.89
        double[] zero = Estimate.poisson(0, 1);
        assertEquals(0.0, zero[0], 1e-12);
        assertEquals(3.689, zero[1], 0.001);
        double[] two = Estimate.poisson(2, 1);
        assertEquals(0.2422, two[0], 0.0001);
        assertEquals(7.225, two[1], 0.001);
        double[] twenty = Estimate.poisson(20, 1);
        assertEquals(12.22, twenty[0], 0.01);
        assertEquals(30.89, twenty[1], 0.01);
    }

    @Test
    void oneDeathInThirtyBirthsIs33PerThousandAndUnstable() {
        Estimate e = Estimate.of(Indicator.IMR, 1, 30);
        assertEquals(33.333, e.value(), 0.001);
        assertTrue(e.unstable(), "one death: under the 20-deaths rule");
        assertTrue(e.low() < e.value() && e.high() > e.value());
        assertFalse(Estimate.of(Indicator.IMR, 20, 1000).unstable(), "20 deaths in 1000 births");
        assertTrue(Estimate.of(Indicator.IMR, 19, 1000).unstable());
        assertTrue(Estimate.of(Indicator.ANC4, 20, 29).unstable(), "a denominator under 30");
        assertFalse(Estimate.of(Indicator.ANC4, 20, 30).unstable());
    }

    @Test
    void aZeroDenominatorHasNoRateNeverZero() {
        Estimate e = Estimate.of(Indicator.UNDERWEIGHT, 0, 0);
        assertNull(e.value());
        assertNull(e.low());
        assertFalse(e.hasValue());
        assertEquals(Verdict.NO_DATA, Verdict.of(Indicator.UNDERWEIGHT, e, new BigDecimal("15")));
    }

    @Test
    void fullImmunizationMayExceedAHundredPercentWithoutBreakingItsInterval() {
        // children born last year complete their doses this year: 32 of 30 live births
        Estimate e = Estimate.of(Indicator.FULL_IMMUNIZATION, 32, 30);
        assertEquals(106.667, e.value(), 0.001);
        assertTrue(e.low() < e.value() && e.value() < e.high());
    }

    @Test
    void theVerdictsAtTheirEdges() {
        BigDecimal target = new BigDecimal("90");
        // a coverage equal to its target meets it
        assertEquals(Verdict.MEETS, Verdict.of(Indicator.ANC4, Estimate.of(Indicator.ANC4, 90, 100), target));
        // 85/100 is below 90 but its interval (76.7–90.7) reaches 90
        assertEquals(Verdict.NOT_CONCLUSIVE, Verdict.of(Indicator.ANC4, Estimate.of(Indicator.ANC4, 85, 100), target));
        // 800/1000 is below and its interval (77.4–82.4) ends below 90
        assertEquals(Verdict.MISSES, Verdict.of(Indicator.ANC4, Estimate.of(Indicator.ANC4, 800, 1000), target));
        // a rate that must not exceed its target: 15‰ against 20‰ meets; 30‰ with a low end above 20 misses
        BigDecimal imr = new BigDecimal("20");
        assertEquals(Verdict.MEETS, Verdict.of(Indicator.IMR, Estimate.of(Indicator.IMR, 15, 1000), imr));
        assertEquals(Verdict.MISSES, Verdict.of(Indicator.IMR, Estimate.of(Indicator.IMR, 60, 2000), imr));
        assertEquals(Verdict.NOT_CONCLUSIVE, Verdict.of(Indicator.IMR, Estimate.of(Indicator.IMR, 1, 30), imr));
        assertEquals(Verdict.NO_TARGET, Verdict.of(Indicator.IMR, Estimate.of(Indicator.IMR, 1, 30), null));
    }
}
