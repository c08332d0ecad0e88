package vn.tramyte.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.UserError;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;

/**
 * Issue 13 with the file encrypted (decision 0013): wrong passwords typed before the folder can open are
 * counted beside the keyring, the growing wait applies after five, and the next opening writes them into
 * the audit; a password typed into the name's box is never kept.
 */
class FailedUnlocksTest {
    @TempDir
    Path dir;

    @Test
    void wrongPasswordsBeforeOpeningWaitAfterFiveAndReachTheAuditAtTheNextOpening() throws Exception {
        TestStation.station(dir).close();
        Clock clock = TestClock.fixed();
        for (int i = 0; i < 5; i++) {
            UserError e = assertThrows(UserError.class, () -> Services.keyFor(dir, clock, TestStation.ADMIN_LOGIN,
                    "sai-mat-khau".toCharArray()));
            assertEquals("security.error.wrongPasswordLocked", e.problems().get(0).key());
        }
        UserError wait = assertThrows(UserError.class, () -> Services.keyFor(dir, clock, TestStation.ADMIN_LOGIN,
                TestStation.PASSWORD.toCharArray()));
        assertEquals("security.error.wait", wait.problems().get(0).key(), "even the right password waits");
        assertThrows(UserError.class, () -> Services.keyFor(dir, clock, "matkhau-bi-go-nham", "x".toCharArray()));
        String kept = Files.readString(dir.resolve(FailedUnlocks.FILE), StandardCharsets.UTF_8);
        assertFalse(kept.contains("matkhau"), "a name the keyring does not know keeps two letters only: " + kept);

        Clock later = Clock.offset(clock, Duration.ofSeconds(31));
        try (Services s = Services.unlock(dir, later, TestStation.ADMIN_LOGIN, TestStation.PASSWORD.toCharArray())) {
            List<String> lines = s.database().read(tx -> tx.dsl().fetch(
                    "SELECT user_name || ' ' || changes FROM audit_log WHERE action = 'LOGIN_FAILED' ORDER BY id")
                    .getValues(0, String.class));
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("(" + TestStation.ADMIN_LOGIN + ")")
                    && l.endsWith("failed_logins: 5")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains("ma…")), lines.toString());
        }
        assertFalse(Files.exists(dir.resolve(FailedUnlocks.FILE)), "written into the audit, then forgotten");
    }
}
