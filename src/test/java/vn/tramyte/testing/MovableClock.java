package vn.tramyte.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand (a login delay, an idle lock), starting at the tests' "now". */
public final class MovableClock extends Clock {
    private volatile Instant now = TestClock.NOW;

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return TestClock.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("one zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
