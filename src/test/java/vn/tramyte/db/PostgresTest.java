package vn.tramyte.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Settings;
import vn.tramyte.common.UserError;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.testing.Engine;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;

/**
 * What is PostgreSQL's own (issue 16, decision 0015): the audit log's PL/pgSQL trigger, the bulk writes,
 * the folder's keyring still opening it, the file's backups refused with pg_dump named, and a server that
 * cannot be used said in one sentence.
 */
class PostgresTest {
    private static final Engine PG = Engine.POSTGRESQL;
    @TempDir
    Path dir;

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theServerRefusesToChangeOrDeleteAnAuditLineAndTheChainStaysWhole() throws Exception {
        try (Services s = PG.station(dir)) {
            s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Thị Hoa", vn.tramyte.person.Sex.FEMALE,
                    LocalDate.of(1996, 3, 8), false, "03", null, null, null, null, null), "Bản Mường");
            assertTrue(s.database().server().isPresent(), "the station's database is on the server");
            assertTrue(s.audit().check().whole());
        }
        try (Connection c = PG.connect(dir); Statement st = c.createStatement()) {
            long lines = count(c, "SELECT COUNT(*) FROM audit_log");
            SQLException update = assertThrows(SQLException.class, () -> st.executeUpdate(
                    "UPDATE audit_log SET changes = 'full_name=Ai đó' WHERE table_name = 'person'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertEquals(AuditAppendOnly.REFUSED_STATE, update.getSQLState());
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM audit_log WHERE table_name = 'person'"));
            assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE audit_log SET row_hash = NULL"));
            assertEquals(lines, count(c, "SELECT COUNT(*) FROM audit_log"), "nothing removed");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM audit_log WHERE changes LIKE '%Ai đó%'"), "nothing changed");
            // someone who drops the trigger first is caught by the chain
            st.execute("DROP TRIGGER audit_log_append_only ON audit_log");
            st.executeUpdate("UPDATE audit_log SET changes = 'full_name=Ai đó' WHERE table_name = 'person'");
        }
        try (Services s = PG.open(dir)) {
            assertFalse(s.audit().check().whole(), "the changed line is found");
        }
    }

    @Test
    void theDemoIsWrittenInBulkOnTheServerWithItsAuditChainedWhole() throws Exception {
        try (Services s = PG.openNew(dir)) {
            s.demo().create(vn.tramyte.demo.DemoService.STATION_DEMO);
            AuditCheck check = s.audit().check();
            assertTrue(check.whole(), check.toString());
            assertTrue(check.lines() > 2_000, "the demo's records, written in batches: " + check);
            assertTrue(s.database().tableCounts().get("person") > 300, s.database().tableCounts().toString());
        }
        try (Connection c = PG.connect(dir)) {
            assertTrue(count(c, "SELECT COUNT(*) FROM person") > 300, "the rows are in PostgreSQL");
        }
        assertFalse(Files.exists(dir.resolve(Database.FILE_BASE + ".mv.db")), "no H2 file beside the settings");
    }

    @Test
    void theFoldersKeyringStillOpensItAndAWrongPasswordIsRefused() {
        PG.station(dir).close();
        assertTrue(vn.tramyte.security.Keyring.load(dir).locked(), "the key is wrapped under the administrator's password");
        UserError wrong = assertThrows(UserError.class, () -> Services.unlock(dir, TestClock.fixed(),
                TestStation.ADMIN_LOGIN, "sai-mat-khau".toCharArray(), PG.serverPassword()));
        assertEquals("security.error.wrongPasswordLocked", wrong.problems().get(0).key());
        try (Services s = PG.open(dir)) {
            assertEquals(TestStation.ADMIN_LOGIN, s.session().user().orElseThrow().loginName());
        }
    }

    @Test
    void backupsOfTheFileAreRefusedWithASentenceNamingPgDumpAndClosingWritesNone() {
        try (Services s = PG.station(dir)) {
            UserError e = assertThrows(UserError.class, () -> s.database().backUp(BackupKind.MANUAL));
            assertEquals("backup.error.onServer", e.problems().get(0).key());
            String said = e.describe(new Messages(Messages.ENGLISH));
            assertTrue(said.contains("pg_dump") && said.contains("127.0.0.1"), said);
            assertFalse(s.database().compactIfWorthIt());
        }
        assertFalse(Files.exists(Backups.folder(dir)) && Backups.list(dir).size() > 0, "no automatic backup on close");
    }

    @Test
    void aServerThatCannotBeReachedIsSaidInOneSentenceAndTheFolderStaysFree() {
        PG.prepare(dir);
        Settings settings = new Settings(dir);
        // a port where nothing listens (1 needs root to listen on, and nothing does)
        settings.setDatabase("jdbc:postgresql://127.0.0.1:1/tramyte", settings.databaseUser());
        ServerUnavailable e = assertThrows(ServerUnavailable.class, () -> Services.open(dir, TestClock.fixed(),
                PG.serverPassword()));
        assertEquals("error.serverUnreachable", e.problems().get(0).key());
        assertEquals("The database server 127.0.0.1:1/tramyte cannot be reached; nothing was changed. Check that the "
                + "server is running and the address (host and port) is right, and that this computer may connect to "
                + "it; then try again.", e.describe(new Messages(Messages.ENGLISH)));
        // the folder's lock was given back: the right address opens it
        settings.setDatabase(Engine.databaseUrl("tramyte_missing_" + System.nanoTime()), settings.databaseUser());
        ServerUnavailable missing = assertThrows(ServerUnavailable.class, () -> Services.open(dir, TestClock.fixed(),
                PG.serverPassword()));
        assertEquals("error.serverNoDatabase", missing.problems().get(0).key());
    }

    @Test
    void aWrongServerPasswordIsSaidInOneSentenceNamingTheLogin() {
        PG.prepare(dir);
        ServerUnavailable e = assertThrows(ServerUnavailable.class, () -> Services.open(dir, TestClock.fixed(),
                "sai-mat-khau".toCharArray()));
        assertEquals("error.serverLoginRefused", e.problems().get(0).key());
        String said = e.describe(new Messages(Messages.ENGLISH));
        assertTrue(said.startsWith("The database server 127.0.0.1:") && said.contains("refused the login of "
                + new Settings(dir).databaseUser()), said);
        try (Services s = Services.open(dir, TestClock.fixed(), PG.serverPassword())) {
            assertTrue(s.setup().installation().isEmpty(), "nothing was set up by the refused try");
        }
    }

    @Test
    void theSettingsRememberTheServerButNeverItsPassword() throws Exception {
        PG.station(dir).close();
        String settings = Files.readString(dir.resolve(Settings.FILE_NAME));
        assertTrue(settings.contains("databaseUrl=jdbc\\:postgresql\\://"), settings);
        assertFalse(settings.contains(new String(PG.serverPassword())), "the password is never written down");
    }
}
