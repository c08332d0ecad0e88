package vn.tramyte.vaccination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tramyte.vaccination.Fixtures.date;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BirthDoseTimingTest {
    @Test
    void birthDoseOnTheBirthDayIsWithinTwentyFourHours() {
        assertEquals(BirthDoseTiming.WITHIN_24_HOURS, BirthDoseTiming.of(date("2026-01-31"), date("2026-01-31")));
    }

    @Test
    void birthDoseTwoDaysLaterIsAfterTwentyFourHours() {
        assertEquals(BirthDoseTiming.AFTER_24_HOURS, BirthDoseTiming.of(date("2026-01-31"), date("2026-02-02")));
    }

    @Test
    void birthDoseOnTheNextDayNeedsTheHours() {
        assertEquals(BirthDoseTiming.UNKNOWN, BirthDoseTiming.of(date("2026-01-31"), date("2026-02-01")));
        LocalDateTime born = LocalDateTime.of(2026, 1, 31, 22, 0);
        assertEquals(BirthDoseTiming.WITHIN_24_HOURS, BirthDoseTiming.of(born, born.plusHours(24)));
        assertEquals(BirthDoseTiming.AFTER_24_HOURS, BirthDoseTiming.of(born, born.plusHours(24).plusMinutes(1)));
    }
}
