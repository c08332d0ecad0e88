package vn.tramyte.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tramyte.death.DeathPlace;
import vn.tramyte.place.CodeList;
import vn.tramyte.plan.Indicator;
import vn.tramyte.vaccination.DosePlace;

class CodedTest {
    @Test
    void everyConstantIsReadBackFromItsOwnCode() {
        for (DeathPlace p : DeathPlace.values()) {
            assertEquals(Optional.of(p), DeathPlace.fromCode(p.code()));
        }
        for (Indicator i : Indicator.values()) {
            assertEquals(Optional.of(i), Indicator.fromCode(i.code()));
        }
        assertEquals(CodeList.Y2025, CodeList.fromCode("2025"));
    }

    @Test
    void typedCodesIgnoreSpacesAndLetterCaseWhereTheFileFormatAllowsIt() {
        assertEquals(Optional.of(DosePlace.OUTREACH), DosePlace.fromCode("  Outreach "));
        assertEquals(Optional.of(DeathPlace.HOME), DeathPlace.fromCode("HOME"));
        assertEquals(Optional.empty(), DeathPlace.fromCode(null));
        assertEquals(Optional.empty(), DeathPlace.fromCode("nhà"));
    }

    @Test
    void storedCodesMustMatchExactly() {
        assertEquals(Optional.empty(), Indicator.fromCode("IMR"));
        assertEquals(Optional.empty(), Indicator.fromCode(" imr"));
        assertEquals(Optional.empty(), Indicator.fromCode(null));
    }
}
