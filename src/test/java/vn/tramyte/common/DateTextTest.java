package vn.tramyte.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateTextTest {
    @Test
    void aDayThatIsNotInTheCalendarIsToldApartFromATextThatIsNotADate() {
        assertTrue(DateText.isImpossibleDay("31/02/2025"));
        assertTrue(DateText.isImpossibleDay("29/02/2026"));
        assertTrue(DateText.isImpossibleDay("2025-02-30"));
        assertTrue(DateText.isImpossibleDay(" 31.04.2025 "));
        assertFalse(DateText.isImpossibleDay("3l/12/2025"));
        assertFalse(DateText.isImpossibleDay("31/02"));
        assertFalse(DateText.isImpossibleDay(""));
        assertFalse(DateText.isImpossibleDay(null));
        // a real day is not impossible
        assertFalse(DateText.isImpossibleDay("29/02/2028"));
        assertEquals(Optional.of(new DateText.Parsed(LocalDate.of(2028, 2, 29), false)), DateText.parse("29/02/2028"));
    }
}
