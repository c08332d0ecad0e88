package vn.tramyte.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;
import vn.tramyte.testing.MovableClock;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/** Login (issue 13): right, wrong, the growing wait, disabled users, passwords changed and reset, recovery. */
class LoginTest {
    private static final char[] ADMIN_PASSWORD = TestStation.PASSWORD.toCharArray();

    private static Services station(Path dir, MovableClock clock) {
        Services s = Services.open(dir, clock);
        s.setup().setUp(Mode.STATION, CodeList.Y2025, TestStation.MUONG_KIM, TestStation.admin("Lò Thị Hương"));
        return s;
    }

    private static String key(Runnable action) {
        return assertThrows(UserError.class, action::run).problems().get(0).key();
    }

    @Test
    void theRightPasswordLogsInAndAWrongOneIsRefusedWithTheSameSentenceAsAnUnknownName(@TempDir Path dir) {
        MovableClock clock = new MovableClock();
        try (Services s = station(dir, clock)) {
            assertTrue(s.session().loggedIn(), "the first administrator is logged in by the setup");
            s.users().logout();
            assertFalse(s.session().loggedIn());
            assertEquals("security.error.wrongPassword", key(() -> s.login("quantri", "sai-mat-khau".toCharArray())));
            assertEquals("security.error.wrongPassword", key(() -> s.login("khong-co", ADMIN_PASSWORD)));
            assertFalse(s.session().loggedIn());
            User who = s.login(" QuanTri ", ADMIN_PASSWORD);
            assertEquals("Lò Thị Hương", who.fullName());
            assertEquals(Role.ADMINISTRATOR, who.role());
            assertEquals("Lò Thị Hương (quantri)", s.session().auditName());
        }
    }

    @Test
    void afterFiveWrongPasswordsTheNextTryWaitsLongerEachTime(@TempDir Path dir) {
        MovableClock clock = new MovableClock();
        try (Services s = station(dir, clock)) {
            s.users().logout();
            for (int i = 0; i < 5; i++) {
                assertEquals("security.error.wrongPassword", key(() -> s.login("quantri", "sai-mat-khau".toCharArray())));
            }
            // now even the right password must wait 30 s from the last wrong one
            UserError wait = assertThrows(UserError.class, () -> s.login("quantri", ADMIN_PASSWORD));
            assertEquals("security.error.wait", wait.problems().get(0).key());
            assertTrue(wait.describe(new Messages(Messages.ENGLISH)).contains("wait 30 seconds"),
                    wait.describe(new Messages(Messages.ENGLISH)));
            assertFalse(s.session().loggedIn());
            clock.advance(Duration.ofSeconds(29));
            assertEquals("security.error.wait", key(() -> s.login("quantri", ADMIN_PASSWORD)));
            clock.advance(Duration.ofSeconds(1));
            // a sixth wrong password: the wait doubles
            assertEquals("security.error.wrongPassword", key(() -> s.login("quantri", "sai-nua-roi".toCharArray())));
            clock.advance(Duration.ofSeconds(59));
            assertEquals("security.error.wait", key(() -> s.login("quantri", ADMIN_PASSWORD)));
            clock.advance(Duration.ofSeconds(1));
            s.login("quantri", ADMIN_PASSWORD);
            assertTrue(s.session().loggedIn());
            // the right password starts the count again
            s.users().logout();
            assertEquals("security.error.wrongPassword", key(() -> s.login("quantri", "sai-mat-khau".toCharArray())));
            s.login("quantri", ADMIN_PASSWORD);
        }
        assertEquals(Duration.ZERO, LoginDelay.after(4));
        assertEquals(Duration.ofSeconds(30), LoginDelay.after(5));
        assertEquals(Duration.ofMinutes(2), LoginDelay.after(7));
        assertEquals(Duration.ofHours(1), LoginDelay.after(40));
    }

    @Test
    void theSessionLocksAfterFifteenIdleMinutesOnTheInjectedClock(@TempDir Path dir) {
        MovableClock clock = new MovableClock();
        try (Services s = station(dir, clock)) {
            Session session = s.session();
            assertFalse(session.idleTooLong());
            clock.advance(Duration.ofMinutes(14));
            assertFalse(session.idleTooLong());
            session.touch();
            clock.advance(Duration.ofMinutes(14).plusSeconds(59));
            assertFalse(session.idleTooLong(), "a key pressed starts the fifteen minutes again");
            clock.advance(Duration.ofSeconds(1));
            assertTrue(session.idleTooLong());
        }
    }

    @Test
    void aDisabledUserCannotLogInAndTheLastAdministratorCannotBeDisabled(@TempDir Path dir) {
        MovableClock clock = new MovableClock();
        try (Services s = station(dir, clock)) {
            s.users().add(new NewUser("Tòng Thị Mai", "mai", Role.STATION_STAFF, "mat-khau-mai".toCharArray()));
            assertEquals("security.error.disableSelf", key(() -> s.users().disable("quantri")));
            s.users().disable("mai");
            s.users().logout();
            assertEquals("security.error.disabled", key(() -> s.login("mai", "mat-khau-mai".toCharArray())));
            s.login("quantri", ADMIN_PASSWORD);
            s.users().add(new NewUser("Hoàng Văn Minh", "minh", Role.ADMINISTRATOR, "mat-khau-minh".toCharArray()));
            s.users().logout();
            s.login("minh", "mat-khau-minh".toCharArray());
            s.users().disable("quantri");
            assertEquals("security.error.disableSelf", key(() -> s.users().disable("minh")));
        }
    }

    @Test
    void usersChangeTheirOwnPasswordAndAHeadResetsStaffButNotAnAdministrator(@TempDir Path dir) {
        MovableClock clock = new MovableClock();
        try (Services s = station(dir, clock)) {
            s.users().add(new NewUser("Lò Văn Khánh", "khanh", Role.STATION_HEAD, "mat-khau-khanh".toCharArray()));
            s.users().add(new NewUser("Tòng Thị Mai", "mai", Role.STATION_STAFF, "mat-khau-mai".toCharArray()));
            s.users().logout();
            s.login("mai", "mat-khau-mai".toCharArray());
            assertEquals("security.error.currentPasswordWrong",
                    key(() -> s.users().changeOwnPassword("sai".toCharArray(), "mat-khau-moi".toCharArray())));
            assertEquals("security.error.passwordShort",
                    key(() -> s.users().changeOwnPassword("mat-khau-mai".toCharArray(), "ngan".toCharArray())));
            s.users().changeOwnPassword("mat-khau-mai".toCharArray(), "mat-khau-moi".toCharArray());
            assertEquals("security.error.refused", key(() -> s.users().resetPassword("khanh", "mat-khau-xyz".toCharArray())));
            s.users().logout();
            assertEquals("security.error.wrongPassword", key(() -> s.login("mai", "mat-khau-mai".toCharArray())));
            s.login("khanh", "mat-khau-khanh".toCharArray());
            s.users().resetPassword("mai", "mai-quen-roi".toCharArray());
            assertEquals("security.error.roleNotYours", key(() -> s.users().resetPassword("quantri",
                    "chiem-quyen-1".toCharArray())));
            assertEquals("security.error.roleNotYours", key(() -> s.users().add(new NewUser("Vàng A Sử", "su",
                    Role.ADMINISTRATOR, "mat-khau-su".toCharArray()))));
            s.users().logout();
            s.login("mai", "mai-quen-roi".toCharArray());
            s.users().logout();
            // the administrator's password is unchanged
            s.login("quantri", ADMIN_PASSWORD);
        }
    }

    @Test
    void theRecoveryCodeShownOnceAtSetupResetsTheAdministratorsPasswordAndIsAudited(@TempDir Path dir)
            throws Exception {
        MovableClock clock = new MovableClock();
        String code;
        try (Services s = station(dir, clock)) {
            code = s.users().takeRecoveryCode();
            assertTrue(code.matches("[2-9A-Z]{5}(-[2-9A-Z]{5}){4}"), code);
            assertEquals(null, s.users().takeRecoveryCode(), "shown once");
        }
        // the folder is locked now (decision 0013): the recovery code unwraps its key, as a password does
        assertEquals("security.error.wrongRecoveryCode", key(() -> Services.recover(dir, clock,
                "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", "quantri", "mat-khau-moi".toCharArray())));
        try (Services s = Services.recover(dir, clock, code.toLowerCase().replace("-", " "), "quantri",
                "mat-khau-moi".toCharArray())) {
            assertEquals("quantri", s.session().user().orElseThrow().loginName());
            s.users().logout();
            assertEquals("security.error.wrongPassword", key(() -> s.login("quantri", ADMIN_PASSWORD)));
            s.login("quantri", "mat-khau-moi".toCharArray());
        }
        assertEquals("security.error.wrongPasswordLocked", key(() -> Services.unlock(dir, clock, "quantri",
                ADMIN_PASSWORD)), "the old password no longer opens the folder");
        Services.unlock(dir, clock, "quantri", "mat-khau-moi".toCharArray()).close();
        try (Connection c = vn.tramyte.db.TableSnapshot.connect(dir, Keyring.load(dir).unwrapForUser("quantri",
                "mat-khau-moi".toCharArray()).orElseThrow());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT changes FROM audit_log WHERE table_name = 'app_user' "
                     + "AND changes LIKE '%recovery code%'")) {
            assertTrue(rs.next(), "the reset with the recovery code is in the audit log");
        }
    }

    @Test
    void passwordsAreKeptAsArgon2idHashesWithTheirOwnSaltAndOwaspCost(@TempDir Path dir) throws Exception {
        MovableClock clock = new MovableClock();
        try (Services s = station(dir, clock)) {
            s.users().add(new NewUser("Tòng Thị Mai", "mai", Role.STATION_STAFF, TestStation.PASSWORD.toCharArray()));
        }
        List<String> salts = new ArrayList<>();
        try (Connection c = vn.tramyte.db.TableSnapshot.connect(dir);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT password_hash, password_salt, kdf_memory_kib, kdf_iterations, "
                     + "kdf_parallelism FROM app_user WHERE login_name IN ('quantri', 'mai')")) {
            while (rs.next()) {
                assertEquals(32, rs.getBytes(1).length);
                salts.add(java.util.HexFormat.of().formatHex(rs.getBytes(2)));
                assertTrue(rs.getInt(3) >= 19 * 1024);
                assertTrue(rs.getInt(4) >= 2);
                assertEquals(1, rs.getInt(5));
            }
        }
        assertEquals(2, salts.size());
        assertNotEquals(salts.get(0), salts.get(1), "the same password, two different hashes");
        PasswordHash h = new Passwords().hash("mật khẩu".toCharArray());
        assertTrue(new Passwords().matches("mật khẩu".toCharArray(), h));
        assertTrue(new Passwords().matches(java.text.Normalizer.normalize("mật khẩu", java.text.Normalizer.Form.NFD)
                .toCharArray(), h), "the same letters typed decomposed");
        assertFalse(new Passwords().matches("mat khau".toCharArray(), h));
    }

    @Test
    void theAuditNamesTheLoggedInUserWhateverNameTheCallerPasses(@TempDir Path dir) throws Exception {
        MovableClock clock = new MovableClock();
        try (Services s = station(dir, clock)) {
            s.users().add(new NewUser("Tòng Thị Mai", "mai", Role.STATION_STAFF, "mat-khau-mai".toCharArray()));
            s.users().logout();
            s.login("mai", "mat-khau-mai".toCharArray());
            s.people().save("someone else", TestPeople.hoa().ethnicity("01").draft());
        }
        try (Connection c = vn.tramyte.db.TableSnapshot.connect(dir);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.user_name, p.updated_by FROM audit_log a JOIN person p "
                     + "ON p.id = a.row_id WHERE a.table_name = 'person'")) {
            assertTrue(rs.next());
            assertEquals("Tòng Thị Mai (mai)", rs.getString(1));
            assertEquals("Tòng Thị Mai (mai)", rs.getString(2));
        }
    }
}
