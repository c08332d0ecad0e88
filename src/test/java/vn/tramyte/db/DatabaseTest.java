package vn.tramyte.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.person.PersonRow;
import vn.tramyte.testing.TestClock;

class DatabaseTest {
    /** Low-level tests open a database with a key of their own; the program's paths take it from the keyring. */
    private static final DatabaseKey KEY = DatabaseKey.random();

    @Test
    void migrationsApplyToAnEmptyFolder(@TempDir Path dir) {
        try (Database db = Database.open(dir, TestClock.fixed(), KEY)) {
            assertEquals(latestMigration(), db.schemaVersion());
            assertEquals(0L, db.lastChangeSeq());
            assertTrue(db.tableCounts().containsKey("person"));
        }
        assertTrue(Database.exists(dir));
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsData(@TempDir Path dir) {
        try (Services s = vn.tramyte.testing.TestStation.station(dir)) {
            assertEquals("03637", s.setup().installation().orElseThrow().place().code());
        }
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            assertEquals("03637", s.setup().installation().orElseThrow().place().code());
        }
    }

    @Test
    void aSecondProgramOnTheSameFolderIsRefusedAndDamagesNothing(@TempDir Path dir) {
        try (Services first = vn.tramyte.testing.TestStation.station(dir)) {
            UserError e = assertThrows(UserError.class, () -> Database.open(dir, TestClock.fixed(), KEY));
            assertEquals("error.dataFolderInUse", e.problems().get(0).key());
            String sentence = e.describe(new Messages(Messages.ENGLISH));
            assertTrue(sentence.contains("in use by another TramYTe"), sentence);
            // the first program goes on working
            assertEquals("03637", first.setup().installation().orElseThrow().place().code());
        }
    }

    @Test
    void aDatabaseFromANewerProgramIsRefusedNotRepaired(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir, TestClock.fixed(), KEY)) {
            assertEquals(latestMigration(), db.schemaVersion());
        }
        // what a future TramYTe would leave behind: one more applied migration
        try (Connection c = DriverManager.getConnection(BackupCopy.url(dir), "sa", KEY.h2Password());
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 1, 'sa', 1, TRUE)");
        }
        UserError e = assertThrows(UserError.class, () -> Database.open(dir, TestClock.fixed(), KEY));
        assertEquals("error.databaseTooNew", e.problems().get(0).key());
        String sentence = e.describe(new Messages(Messages.ENGLISH));
        assertTrue(sentence.contains("schema 999"), sentence);
        // still there, untouched, and the folder is free again
        try (Connection c = DriverManager.getConnection(BackupCopy.url(dir), "sa", KEY.h2Password());
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '999'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    /** Every released schema keeps a fixture database made by its build; each must upgrade with its data. */
    @Test
    void fixtureDatabasesOfEveryReleasedSchemaUpgradeWithTheirData(@TempDir Path tmp) throws Exception {
        Path fixtures = Path.of("src/test/resources/fixtures/databases");
        try (Stream<Path> dirs = Files.list(fixtures)) {
            for (Path fixture : dirs.filter(Files::isDirectory).toList()) {
                Path dir = tmp.resolve(fixture.getFileName().toString());
                Files.createDirectories(dir);
                Files.copy(fixture.resolve("tramyte.mv.db"), dir.resolve("tramyte.mv.db"),
                        StandardCopyOption.REPLACE_EXISTING);
                try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
                    assertEquals(latestMigration(), s.database().schemaVersion(), fixture.toString());
                    assertEquals("03637", s.setup().installation().orElseThrow().place().code());
                    var names = s.people().all().stream().map(PersonRow::fullName).toList();
                    assertTrue(names.contains("Lò Thị Hoa"), fixture + ": " + names);
                    assertTrue(names.contains("Lò Văn Khánh"), fixture + ": " + names);
                }
            }
        }
    }

    static String latestMigration() {
        return String.valueOf(vn.tramyte.testing.MigrationFiles.latest());
    }

    @org.junit.jupiter.api.Test
    void thePageCacheIsAQuarterOfTheHeapWithinH2sDefaultAnd256Megabytes() {
        org.junit.jupiter.api.Assertions.assertEquals(16 * 1024, Engines.cacheKilobytes(32L << 20));
        org.junit.jupiter.api.Assertions.assertEquals(128 * 1024, Engines.cacheKilobytes(512L << 20));
        org.junit.jupiter.api.Assertions.assertEquals(256 * 1024, Engines.cacheKilobytes(4L << 30));
    }

    @org.junit.jupiter.api.Test
    void databaseWorkOnTheWindowsThreadFailsLoudlyInTests(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (Database db = Database.open(dir, vn.tramyte.testing.TestClock.fixed(), KEY)) {
            db.refuseWorkOn(Thread.currentThread(), true);
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> db.read(tx -> 1));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("TaskRunner"), e.getMessage());
            db.refuseWorkOn(Thread.currentThread(), false);
            int one = db.read(tx -> 1);
            org.junit.jupiter.api.Assertions.assertEquals(1, one, "outside tests it is logged, and runs");
        }
    }
}
