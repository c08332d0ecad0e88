package vn.tramyte.db;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
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
