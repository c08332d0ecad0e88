package vn.tramyte.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.db.AuditCheck;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.security.NewUser;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/**
 * Issue 13: the audit log is append-only. The database refuses to change or delete a line, and
 * the hash chain shows a line changed or removed behind the program's back (a database tool that
 * dropped the trigger first), from which line.
 */
class AuditAppendOnlyTest {

    /** A database tool on the closed data folder, as someone tampering would use one. */
    private static Connection tool(Path dir) throws SQLException {
        return vn.tramyte.db.TableSnapshot.connect(dir); // with the folder's key: the file is encrypted (decision 0013)
    }

    private static void threeChanges(Services s) {
        var id = s.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft(), "Bản Mường");
        s.people().save(TestStation.WORKER, new PersonDraft(id, "Lò Thị Hoà", Sex.FEMALE,
                LocalDate.of(1996, 3, 8), false, "03", s.places().ownVillages().get(0).id(), null, null, null, null));
        s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Khánh", Sex.MALE,
                LocalDate.of(2025, 9, 3), false, "03", s.places().ownVillages().get(0).id(), null, null, null, null));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnAuditLineAndTheChainStaysWhole(@TempDir Path dir) throws Exception {
        try (Services s = TestStation.station(dir)) {
            threeChanges(s);
            AuditCheck check = s.audit().check();
            assertTrue(check.whole(), check.toString());
            assertTrue(check.lines() >= 4, "the administrator, a village, two people and a change: " + check);
        }
        try (Connection c = tool(dir); Statement st = c.createStatement()) {
            long lines = count(c, "SELECT COUNT(*) FROM audit_log");
            SQLException update = assertThrows(SQLException.class, () -> st.executeUpdate(
                    "UPDATE audit_log SET changes = 'full_name=Ai đó' WHERE table_name = 'person'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM audit_log WHERE table_name = 'person'"));
            assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE audit_log SET row_hash = NULL"));
            assertEquals(lines, count(c, "SELECT COUNT(*) FROM audit_log"), "nothing removed");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM audit_log WHERE changes LIKE '%Ai đó%'"), "nothing changed");
        }
        try (Services s = TestStation.open(dir)) {
            assertTrue(s.audit().check().whole());
        }
    }

    @Test
    void aLineChangedBehindTheProgramsBackIsFoundWithItsPlaceInTheLog(@TempDir Path dir) throws Exception {
        try (Services s = TestStation.station(dir)) {
            threeChanges(s);
        }
        long position;
        try (Connection c = tool(dir); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_log_append_only");
            long id;
            try (ResultSet rs = st.executeQuery("SELECT id FROM audit_log WHERE action = 'UPDATE' "
                    + "AND table_name = 'person' ORDER BY id FETCH FIRST 1 ROWS ONLY")) {
                rs.next();
                id = rs.getLong(1);
            }
            position = count(c, "SELECT COUNT(*) FROM audit_log WHERE id <= " + id);
            st.executeUpdate("UPDATE audit_log SET changes = 'full_name: Lò Thị Hoa → Lò Thị Hoa' WHERE id = " + id);
        }
        try (Services s = TestStation.open(dir)) {
            AuditCheck check = s.audit().check();
            assertFalse(check.whole());
            assertEquals(position, check.brokenAt().orElseThrow().position());
            assertEquals(TestStation.LOGGED_IN, check.brokenAt().get().user());
            String said = new AuditWords(new Messages(Messages.ENGLISH), s.audit().zone()).verdict(check);
            assertTrue(said.startsWith("The log was changed outside the program: from line " + position + " (of "),
                    said);
        }
    }

    @Test
    void aLineRemovedInTheMiddleOrAtTheEndIsFound(@TempDir Path dir) throws Exception {
        try (Services s = TestStation.station(dir)) {
            threeChanges(s);
        }
        Path copy = dir.resolveSibling(dir.getFileName() + "-copy");
        Files.createDirectories(copy);
        Files.copy(dir.resolve("tramyte.mv.db"), copy.resolve("tramyte.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve(vn.tramyte.security.Keyring.FILE), copy.resolve(vn.tramyte.security.Keyring.FILE),
                StandardCopyOption.REPLACE_EXISTING); // the database opens only with its keyring (decision 0013)
        long lines;
        try (Connection c = tool(dir); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_log_append_only");
            lines = count(c, "SELECT COUNT(*) FROM audit_log");
            st.executeUpdate("DELETE FROM audit_log WHERE id = (SELECT MIN(id) FROM audit_log WHERE table_name = 'person')");
        }
        try (Services s = TestStation.open(dir)) {
            AuditCheck check = s.audit().check();
            assertTrue(check.brokenAt().isPresent(), "the line after the removed one no longer follows: " + check);
            assertEquals(lines - 1, check.lines());
        }
        try (Connection c = tool(copy); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_log_append_only");
            st.executeUpdate("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)");
        }
        try (Services s = TestStation.open(copy)) {
            AuditCheck check = s.audit().check();
            assertTrue(check.brokenAt().isEmpty());
            assertTrue(check.endRemoved(), "the last line was removed: " + check);
        }
    }

    @Test
    void theLinesOfAnUpgradedDatabaseAreChainedByTheFirstWriteAndTheNewOnesFollowThem(@TempDir Path dir)
            throws Exception {
        Files.copy(Path.of("src/test/resources/fixtures/databases/schema-7/tramyte.mv.db"), dir.resolve("tramyte.mv.db"));
        long old;
        try (Services s = Services.open(dir, vn.tramyte.testing.TestClock.fixed())) {
            s.users().createFirstAdministrator(TestStation.admin("Lò Thị Hương"));
            s.people().save(TestStation.WORKER, new PersonDraft(null, "Tòng Văn Nam", Sex.MALE,
                    LocalDate.of(2024, 6, 1), false, "03", s.places().ownVillages().get(0).id(), null, null, null, null));
            AuditCheck check = s.audit().check();
            assertTrue(check.whole(), check.toString());
        }
        try (Connection c = tool(dir)) {
            old = count(c, "SELECT legacy_last_id FROM audit_chain");
            assertTrue(old > 0, "the fixture has lines of its own");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM audit_log WHERE row_hash IS NULL"), "every line is chained");
        }
    }

    @Test
    void aFailedLoginIsInTheAuditWithWhoTriedAndWhenAndAChangeOfUsersToo(@TempDir Path dir) throws Exception {
        try (Services s = TestStation.station(dir)) {
            s.users().add(new NewUser("Tòng Thị Mai", "mai", vn.tramyte.security.Role.STATION_STAFF,
                    "mat-khau-mai".toCharArray()));
            s.users().logout();
            assertThrows(vn.tramyte.common.UserError.class, () -> s.login("mai", "sai-mat-khau".toCharArray()));
            assertThrows(vn.tramyte.common.UserError.class, () -> s.login("khongco", "sai-mat-khau".toCharArray()));
            s.login(TestStation.ADMIN_LOGIN, TestStation.PASSWORD.toCharArray());
            s.users().disable("mai");
            List<String> seen = new ArrayList<>();
            for (ReadableLine l : s.audit().read(s.audit().lines(new AuditFilter(null, null, null, null, "app_user")),
                    new Messages(Messages.ENGLISH))) {
                seen.add(l.who() + " | " + l.action() + " | " + l.what());
            }
            assertEquals(List.of(
                    TestStation.LOGGED_IN + " | Changed | May log in: Yes → No",
                    "kh… | Failed login | Login name: kh…",
                    "Tòng Thị Mai (mai) | Failed login | Wrong passwords in a row: 1",
                    TestStation.LOGGED_IN + " | Added | Full name: Tòng Thị Mai; Login name: mai; Role: Station staff",
                    TestStation.LOGGED_IN + " | Added | Full name: Lò Thị Hương; Login name: quantri; Role: Administrator"),
                    seen);
            assertTrue(s.audit().check().whole());
        }
    }

    @Test
    void theDemoWrittenInBulkIsChainedWholeAndEveryLineNamesAUserOfTheStation(@TempDir Path dir) throws Exception {
        try (Services s = TestStation.open(dir)) {
            s.demo().create(vn.tramyte.demo.DemoService.STATION_DEMO);
            AuditCheck check = s.audit().check();
            assertTrue(check.whole(), check.toString());
            assertTrue(check.lines() > 2_000, "the demo's records, written in batches: " + check);
        }
        try (Connection c = tool(dir); Statement st = c.createStatement()) {
            List<String> users = new ArrayList<>(List.of(vn.tramyte.security.UserService.SYSTEM_USER));
            try (ResultSet rs = st.executeQuery("SELECT full_name || ' (' || login_name || ')' FROM app_user")) {
                while (rs.next()) {
                    users.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT DISTINCT user_name FROM audit_log")) {
                while (rs.next()) {
                    assertTrue(users.contains(rs.getString(1)), rs.getString(1) + " is none of " + users);
                }
            }
        }
    }
}
