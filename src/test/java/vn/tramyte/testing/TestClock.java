package vn.tramyte.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The tests' today: 22 November 2026, 10:00 in Vietnam. */
public final class TestClock {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private TestClock() {
    }

    public static Clock fixed() {
        return Clock.fixed(NOW, VIETNAM);
    }
}
