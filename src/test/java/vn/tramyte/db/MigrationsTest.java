package vn.tramyte.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.testing.TestClock;

/**
 * A database already at the program's last migration opens without Flyway (decision 0019); every other
 * one (new, older, newer, a failed migration) is still Flyway's to migrate or refuse. The older ones'
 * upgrade with their data: DatabaseTest.fixtureDatabasesOfEveryReleasedSchemaUpgradeWithTheirData.
 */
class MigrationsTest {
    private static final DatabaseKey KEY = DatabaseKey.random();

    /** A new migration must raise Migrations.LATEST, or an upgraded program would never apply it. */
    @Test
    void theLastMigrationTheProgramKnowsIsTheHighestMigrationFile() {
        assertEquals(DatabaseTest.latestMigration(), String.valueOf(Migrations.LATEST));
    }

    @Test
    void onlyADatabaseAtTheLastMigrationWithNoFailureIsUpToDate(@TempDir Path dir) throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create(BackupCopy.url(dir), "sa", KEY.h2Password());
        try {
            assertFalse(Migrations.upToDate(pool), "a new database: Flyway makes its schema");
        } finally {
            pool.dispose();
        }
        try (Database db = Database.open(dir, TestClock.fixed(), KEY)) {
            assertEquals(String.valueOf(Migrations.LATEST), db.schemaVersion());
        }
        pool = JdbcConnectionPool.create(BackupCopy.url(dir), "sa", KEY.h2Password());
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            assertTrue(Migrations.upToDate(pool));
            st.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '2'");
            assertFalse(Migrations.upToDate(pool), "a failed migration is Flyway's to report");
            st.execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '2'");
            st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + Migrations.LATEST + "'");
            assertFalse(Migrations.upToDate(pool), "an older database is migrated");
        } finally {
            pool.dispose();
        }
    }

    @Test
    void aNewerDatabaseGoesToFlywayAndIsRefused(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir, TestClock.fixed(), KEY)) {
            assertEquals(String.valueOf(Migrations.LATEST), db.schemaVersion());
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(BackupCopy.url(dir), "sa", KEY.h2Password());
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (998, '" + (Migrations.LATEST + 1) + "', 'from the future', 'SQL', 'V99__future.sql', 1,"
                    + " 'sa', 1, TRUE)");
            assertFalse(Migrations.upToDate(pool), "a newer database: Flyway finds it and the program refuses it");
        } finally {
            pool.dispose();
        }
        vn.tramyte.common.UserError e = org.junit.jupiter.api.Assertions.assertThrows(
                vn.tramyte.common.UserError.class, () -> Database.open(dir, TestClock.fixed(), KEY));
        assertEquals("error.databaseTooNew", e.problems().get(0).key());
    }
}
