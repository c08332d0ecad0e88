package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.common.Settings;
import vn.tramyte.testing.Engine;

/**
 * A centre pointed at PostgreSQL from the command line (issue 16): {@code --db-url}/{@code --db-user} once,
 * remembered; the password from TRAMYTE_DB_PASSWORD; a server that refuses: one sentence, exit 2.
 */
class PostgresCliTest {
    @TempDir
    Path dir;

    /** A fresh database on the test server, named by its JDBC address (the folder's settings are left alone). */
    private static String freshDatabase(Path scratch) {
        Engine.POSTGRESQL.prepare(scratch);
        return new Settings(scratch).databaseUrl();
    }

    private static Map<String, String> withServerPassword(String password) {
        Map<String, String> env = new HashMap<>(CliTest.SCRIPT);
        env.put(vn.tramyte.db.ServerDatabase.PASSWORD_VARIABLE, password);
        return env;
    }

    private static String user() {
        return System.getenv(Engine.USER_VARIABLE);
    }

    @Test
    void initOnTheServerIsRememberedSoInfoNeedsNoAddress(@TempDir Path scratch) throws Exception {
        String url = freshDatabase(scratch);
        Map<String, String> env = withServerPassword(System.getenv(Engine.PASSWORD_VARIABLE));
        CliTest.Run init = CliTest.runWith(env, "init", "--mode", "centre", "--place", "110", "--data-dir",
                dir.toString(), "--db-url", url, "--db-user", user(), "--lang", "en");
        assertEquals(0, init.exit(), init.err());
        String settings = Files.readString(dir.resolve(Settings.FILE_NAME));
        assertTrue(settings.contains("databaseUser=" + user()), settings);
        assertFalse(settings.contains(System.getenv(Engine.PASSWORD_VARIABLE)), "the password is not remembered");
        assertFalse(Files.exists(dir.resolve("tramyte.mv.db")), "no H2 file");

        CliTest.Run info = CliTest.runWith(env, "info", "--data-dir", dir.toString(), "--lang", "en");
        assertEquals(0, info.exit(), info.err());
        assertTrue(info.out().contains("Database: PostgreSQL server 127.0.0.1:"), info.out());
        assertTrue(info.out().contains("Mode: Health centre"), info.out());
        assertTrue(info.out().contains("Place: 110"), info.out());

        CliTest.Run backup = CliTest.runWith(env, "backup", "--data-dir", dir.toString(), "--lang", "en");
        assertTrue(backup.err().contains("pg_dump"), backup.out() + backup.err());
    }

    @Test
    void aWrongServerPasswordIsOneSentenceAndExitTwo(@TempDir Path scratch) {
        String url = freshDatabase(scratch);
        CliTest.Run init = CliTest.runWith(withServerPassword("sai-mat-khau"), "init", "--mode", "centre",
                "--place", "110", "--data-dir", dir.toString(), "--db-url", url, "--db-user", user(), "--lang", "en");
        assertEquals(2, init.exit(), init.out() + init.err());
        assertTrue(init.err().startsWith("tramyte: The database server 127.0.0.1:"), init.err());
        assertTrue(init.err().contains("refused the login of " + user()), init.err());
        assertEquals(1, init.err().strip().lines().count(), "one sentence, no stack trace: " + init.err());
    }

    @Test
    void aServerThatDoesNotAnswerIsOneSentenceAndExitTwo() {
        CliTest.Run init = CliTest.runWith(withServerPassword("x"), "init", "--mode", "centre", "--place", "110",
                "--data-dir", dir.toString(), "--db-url", "jdbc:postgresql://127.0.0.1:1/tramyte", "--db-user", "tramyte",
                "--lang", "en");
        assertEquals(2, init.exit(), init.out() + init.err());
        assertEquals("tramyte: The database server 127.0.0.1:1/tramyte cannot be reached; nothing was changed. Check that "
                + "the server is running and the address (host and port) is right, and that this computer may connect "
                + "to it; then try again.", init.err().strip());
    }

    @Test
    void aFolderWithItsOwnFileIsNotMovedToAServerAndABadAddressIsSaid() {
        CliTest.Run h2 = CliTest.run("init", "--mode", "station", "--place", "03637", "--data-dir", dir.toString());
        assertEquals(0, h2.exit(), h2.err());
        CliTest.Run moved = CliTest.run("info", "--data-dir", dir.toString(), "--db-url",
                "jdbc:postgresql://127.0.0.1:5432/tramyte", "--db-user", "tramyte", "--lang", "en");
        assertEquals(1, moved.exit());
        assertTrue(moved.err().contains("already holds its records in its own database file"), moved.err());
        CliTest.Run bad = CliTest.run("info", "--data-dir", dir.resolve("other").toString(), "--db-url",
                "jdbc:mysql://127.0.0.1/tramyte", "--db-user", "tramyte", "--lang", "en");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("is not a PostgreSQL address"), bad.err());
    }
}
