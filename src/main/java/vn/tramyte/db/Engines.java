package vn.tramyte.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import vn.tramyte.common.UserError;

/**
 * What differs between the two engines a folder's database runs on (decision 0015): the H2 file's page
 * cache and disk, PostgreSQL's names, and the work only a file allows (backups, compaction).
 */
final class Engines {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Engines.class);

    private Engines() {
    }

    /**
     * jOOQ's settings on PostgreSQL: the classes are generated from H2, whose names are upper case; the
     * same unquoted names are lower case on PostgreSQL, so they are written in lower case there.
     */
    static Settings postgresSettings() {
        return new Settings().withRenderNameCase(RenderNameCase.LOWER);
    }

    /** A backup or restore of the file is refused on a server, with the sentence that names pg_dump. */
    static void refuseFileWorkOnServer(ServerDatabase server) {
        if (server != null) {
            throw new UserError("backup.error.onServer", server.place());
        }
    }

    /** {@link Database#open(Path, java.time.Clock, DatabaseKey, char[])}: the folder checked and locked first. */
    static Database open(Path dataDir, java.time.Clock clock, DatabaseKey key, char[] serverPassword) {
        java.util.Objects.requireNonNull(key, "a database is opened with its key");
        try {
            vn.tramyte.common.PrivateFiles.createFolder(dataDir);
        } catch (IOException e) {
            LOG.warn("cannot write in the data folder {}", dataDir, e);
            throw new UserError("error.dataFolderUnwritable", dataDir.toString(), vn.tramyte.common.IoReason.of(e));
        }
        if (onReadOnlyDisk(dataDir)) {
            // before anything would be written: the lock file, a new database, a migration's backup
            throw new UserError("error.dataFolderReadOnly", dataDir.toString());
        }
        DataFolderLock lock = DataFolderLock.acquire(dataDir);
        ServerDatabase server = ServerDatabase.of(dataDir, serverPassword);
        return server != null ? openOnServer(server, dataDir, lock, clock, key) : openFile(dataDir, lock, clock, key);
    }

    /** The folder's database on its server: connected, migrated, the folder's lock kept; else all given back. */
    static Database openOnServer(ServerDatabase server, Path dataDir, DataFolderLock lock, java.time.Clock clock,
                                 DatabaseKey key) {
        JdbcConnectionPool pool = null;
        try {
            pool = server.pool();
            Migrations.migrate(pool, dataDir, clock, false);
            vn.tramyte.common.PrivateFiles.restrictTree(dataDir);
            return new Database(dataDir, lock, server.url(), key, pool, clock, server);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw server.translate(e);
        }
    }

    /** The folder's H2 file: opened (made from the plain file of an earlier version), migrated, the folder's lock kept. */
    static Database openFile(Path dataDir, DataFolderLock lock, java.time.Clock clock, DatabaseKey key) {
        JdbcConnectionPool pool = null;
        try {
            DatabaseTrouble.refuseUnusableFile(dataDir);
            if (!DatabaseKey.jdkCipher()) {
                LOG.warn("the file is encrypted by H2's own AES (slow): the program's jar is not first on the class path");
            }
            PlainDatabase.encryptIfPlain(dataDir, key, clock);
            AsideWrite.removeLeftover(dataDir);
            String url = fileUrl(dataDir, Database.FILE_BASE, false);
            pool = JdbcConnectionPool.create(url, "sa", key.h2Password());
            Migrations.migrate(pool, dataDir, clock, true);
            vn.tramyte.common.PrivateFiles.restrictTree(dataDir);
            return new Database(dataDir, lock, url, key, pool, clock, null);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw DatabaseTrouble.translate(e, dataDir);
        }
    }

    /**
     * The URL of an H2 file of the folder ({@code base}.mv.db), encrypted with the database's key.
     * WRITE_DELAY=0: a committed record is written at once, not half a second later (power cuts);
     * {@link Database#write} then forces it to the disk before anyone is told it was saved (and H2 runs no
     * background writer). TRACE_LEVEL_FILE=0: no trace file of H2's own, which would hold the values of a
     * failed statement (a name, a date of birth); the program logs every failure where it surfaces (issue 14).
     * The file compacts for at most {@link Database#COMPACT_ON_CLOSE_MILLIS} as it closes; a copy written aside
     * ({@link AsideWrite}) not at all while it is written: it is compacted whole by its {@code SHUTDOWN COMPACT}.
     */
    static String fileUrl(Path dataDir, String base, boolean aside) {
        return "jdbc:h2:file:" + dataDir.resolve(base).toAbsolutePath() + DatabaseKey.URL_CIPHER
                + (aside ? ";WRITE_DELAY=" + AsideWrite.WRITE_DELAY_MILLIS + ";AUTO_COMPACT_FILL_RATE=0;MAX_COMPACT_TIME=0"
                        : ";WRITE_DELAY=0;MAX_COMPACT_TIME=" + Database.COMPACT_ON_CLOSE_MILLIS) + ";TRACE_LEVEL_FILE=0"
                + ";CACHE_SIZE=" + cacheKilobytes(Runtime.getRuntime().maxMemory());
    }

    /** A folder on a disk mounted read-only (a locked memory card, a CD, a disk the system protected after faults). */
    static boolean onReadOnlyDisk(Path dataDir) {
        try {
            return Files.getFileStore(dataDir).isReadOnly();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * H2's page cache: a quarter of the heap, between H2's default 16 MB and 256 MB. A centre's
     * year report reads some 50 MB of pages; with the default it reads them from the file again on
     * every report (about 10× slower at 200,000 people, measured by ReportBenchmark).
     */
    static int cacheKilobytes(long maxHeapBytes) {
        long quarter = maxHeapBytes / 4 / 1024;
        return (int) Math.max(16 * 1024, Math.min(256 * 1024, quarter));
    }

    static boolean usable(JdbcConnectionPool pool) {
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("SELECT 1");
            return true;
        } catch (java.sql.SQLException | RuntimeException e) {
            return false;
        }
    }
}
