package vn.tramyte.db;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.UserError;

/** Brings a database's schema up to date at every start (Flyway); a database of a newer program is refused. */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /**
     * The last migration this program has (the highest V of db/migration): MigrationsTest keeps it equal
     * to the files, so a new migration raises it. A database already at it with every migration a success
     * is not handed to Flyway at all (decision 0019): Flyway's scan of the jar and its checks cost a third
     * of a second at every start on a station PC, for nothing to apply.
     */
    static final int LATEST = 18;

    private Migrations() {
    }

    /**
     * The migrations of both engines, and those of this engine where its SQL differs (decision 0015):
     * {@code common/} and {@code h2/} or {@code postgresql/}. A released H2 migration stays byte for byte in h2/.
     */
    static String[] locations(boolean h2) {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + (h2 ? "h2" : "postgresql")};
    }

    /** Migrates; with {@code file}, the H2 file is copied first when there is something to apply (a server: pg_dump). */
    static void migrate(JdbcConnectionPool pool, Path dataDir, Clock clock, boolean file) {
        if (upToDate(pool)) {
            LOG.info("database {}: schema version {}, nothing to apply", dataDir, LATEST);
            return;
        }
        Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(pool)
                .locations(locations(file))
                .load();
        MigrationInfoService info = flyway.info();
        refuseNewerDatabase(info);
        MigrationInfo current = info.current();
        if (file && current != null && info.pending().length > 0) {
            backupBeforeUpgrade(dataDir, current.getVersion().getVersion(), clock);
        }
        var result = flyway.migrate();
        // Flyway names no target version when there was nothing to apply: the version found then
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : current == null ? "0" : current.getVersion().getVersion();
        LOG.info("database {}: {} migration(s) applied, schema version {}", dataDir, result.migrationsExecuted, version);
    }

    /**
     * True when the database records this program's last migration as its last and no migration that
     * failed: nothing to apply or refuse. False for a new database (no history yet), an older or a newer
     * one, or one with a failed migration: Flyway then decides, as before.
     */
    static boolean upToDate(javax.sql.DataSource pool) {
        try (java.sql.Connection c = pool.getConnection()) {
            try (java.sql.ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return false; // a new database
                }
            }
            return lastMigration(c) == LATEST;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /** The database's last migration; -1 when one failed or is not numbered as ours are. */
    private static int lastMigration(java.sql.Connection c) throws java.sql.SQLException {
        try (java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery(
                     "SELECT \"version\", \"success\", \"type\" FROM \"flyway_schema_history\"")) {
            int last = -1;
            while (rs.next()) {
                String version = rs.getString(1);
                if (version == null && rs.getBoolean(2) && List.of("TABLE", "SCHEMA").contains(rs.getString(3))) {
                    continue; // Flyway's note that it made its history table (or the schema)
                }
                if (!rs.getBoolean(2) || version == null || !version.matches("\\d{1,9}")) {
                    return -1; // a failed or a repeatable migration, or a version of another form
                }
                last = Math.max(last, Integer.parseInt(version));
            }
            return last;
        }
    }

    private static void refuseNewerDatabase(MigrationInfoService info) {
        boolean newer = Arrays.stream(info.applied()).map(MigrationInfo::getState)
                .anyMatch(s -> s == MigrationState.FUTURE_SUCCESS || s == MigrationState.FUTURE_FAILED);
        if (newer) {
            String dbVersion = info.current() == null ? "?" : info.current().getVersion().getVersion();
            String known = Arrays.stream(info.all()).filter(m -> m.getState().isResolved())
                    .map(m -> m.getVersion().getVersion()).reduce((a, b) -> b).orElse("0");
            throw new UserError("error.databaseTooNew", dbVersion, known);
        }
    }

    /** Before an upgrade the old file is kept beside the database, so an upgrade can never lose a station's records. */
    private static void backupBeforeUpgrade(Path dataDir, String fromVersion, Clock clock) {
        Backups.beforeUpgrade(dataDir, fromVersion, LocalDateTime.now(clock));
    }
}
