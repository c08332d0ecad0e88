package vn.tramyte.security;

import java.time.Duration;

/**
 * The wait after wrong passwords: none for the first 5, then 30 seconds, doubling with each further
 * wrong password, at most one hour. Counted from the last wrong password, on the injected clock.
 */
public final class LoginDelay {
    public static final int FREE_TRIES = 5;
    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration MOST = Duration.ofHours(1);

    private LoginDelay() {
    }

    public static Duration after(int wrongPasswords) {
        if (wrongPasswords < FREE_TRIES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(wrongPasswords - FREE_TRIES, 10);
        Duration d = FIRST.multipliedBy(1L << doublings);
        return d.compareTo(MOST) > 0 ? MOST : d;
    }
}
