package vn.tramyte.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;

/**
 * Who is logged in to this opened data folder, and since when nothing was done. One per
 * {@code Services} (the composition root makes it); services ask it before they change anything.
 */
public final class Session {
    /** A shared PC locks itself after this long without a key or a click (issue 13). */
    public static final Duration IDLE_LOCK = Duration.ofMinutes(15);

    private final Clock clock;
    private volatile User user;
    private volatile Instant lastActivity;

    public Session(Clock clock) {
        this.clock = clock;
        this.lastActivity = clock.instant();
    }

    public Optional<User> user() {
        return Optional.ofNullable(user);
    }

    public boolean loggedIn() {
        return user != null;
    }

    /** Only {@link UserService} signs someone in, after checking the password (or when it made the user). */
    void signIn(User who) {
        this.user = who;
        touch();
    }

    public void signOut() {
        this.user = null;
    }

    /**
     * The logged-in user if their role may do this; otherwise a refusal in one sentence, thrown
     * before anything is touched.
     */
    public User require(Permission permission) {
        User who = user;
        if (who == null) {
            throw new UserError("security.error.notLoggedIn");
        }
        if (!who.role().may(permission)) {
            throw new UserError("security.error.refused", who.fullName(), new Messages.Label(who.role().labelKey()),
                    new Messages.Label(permission.labelKey()));
        }
        return who;
    }

    public boolean may(Permission permission) {
        User who = user;
        return who != null && who.role().may(permission);
    }

    /** How the audit log names the logged-in user, or null when nobody is. */
    public String auditName() {
        User who = user;
        return who == null ? null : who.auditName();
    }

    /** Something was done (a key, a click): the idle time starts again. */
    public void touch() {
        lastActivity = clock.instant();
    }

    /** True when nothing was done for {@link #IDLE_LOCK}: the window locks and asks for the password. */
    public boolean idleTooLong() {
        return Duration.between(lastActivity, clock.instant()).compareTo(IDLE_LOCK) >= 0;
    }
}
