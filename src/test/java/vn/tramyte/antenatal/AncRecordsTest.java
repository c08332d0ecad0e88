package vn.tramyte.antenatal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AncRecordsTest {
    @Test
    void tetanusDosesAreReadAsTtUvTdOrANumberAndGoToTheCatalogueCode() {
        assertEquals(Optional.of(TetanusDose.TT1), TetanusDose.parse("TT1"));
        assertEquals(Optional.of(TetanusDose.TT2), TetanusDose.parse("uv 2"));
        assertEquals(Optional.of(TetanusDose.TT3), TetanusDose.parse("Td3"));
        assertEquals(Optional.of(TetanusDose.TT5), TetanusDose.parse("5"));
        assertEquals(Optional.empty(), TetanusDose.parse("TT6"));
        assertEquals(Optional.empty(), TetanusDose.parse(""));
        assertEquals(Optional.empty(), TetanusDose.parse(null));
        assertEquals("TT4", TetanusDose.TT4.vaccineCode());
        assertEquals(4, TetanusDose.TT4.number());
    }

    @Test
    void aTetanusDoseGivenAtTheVisitIsExposedForHerTetanusRecord() {
        AncVisit v = new AncVisit(LocalDate.of(2026, 9, 1), null, null, null, null, null, null, null, null,
                TetanusDose.TT2, false, null, null);
        assertEquals(Optional.of(TetanusDose.TT2), v.tetanusDoseGiven());
        assertEquals(Optional.empty(), AncVisit.on(LocalDate.of(2026, 9, 1)).tetanusDoseGiven());
    }

    @Test
    void urineProteinFromOnePlusIsPositive() {
        assertFalse(UrineProtein.TRACE.positive());
        assertTrue(UrineProtein.ONE_PLUS.positive());
        assertTrue(UrineProtein.FOUR_PLUS.positive());
        assertEquals(Optional.of(UrineProtein.TWO_PLUS), UrineProtein.fromCode("2+"));
        assertEquals(Optional.of(UrineProtein.NEGATIVE), UrineProtein.fromCode("NEG"));
    }

    @Test
    void haemoglobinBelow11IsAnaemiaAndAnUntestedWomanIsNotMarked() {
        AncVisit low = new AncVisit(LocalDate.of(2026, 9, 1), null, null, null, null, null, null, HivTest.PENDING,
                10.9, null, false, null, null);
        AncVisit normal = new AncVisit(LocalDate.of(2026, 9, 1), null, null, null, null, null, null, null, 11.0,
                null, false, null, null);
        assertTrue(low.anaemic());
        assertTrue(low.hivTested());
        assertFalse(normal.anaemic());
        assertFalse(normal.hivTested());
        assertFalse(AncVisit.on(LocalDate.of(2026, 9, 1)).anaemiaTested());
        assertEquals(Optional.of(HivTest.POSITIVE), HivTest.fromCode("positive"));
    }

    @Test
    void anAbsentFetalHeartHasNoRate() {
        assertThrows(IllegalArgumentException.class, () -> new FetalHeart(false, 120));
        assertEquals(140, FetalHeart.rate(140).bpm());
        assertTrue(FetalHeart.heard().present());
    }
}
