package vn.tramyte.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A write too big for one H2 transaction (an import of a commune's registers), done on a copy of the
 * closed file in transactions of {@link #COMMIT_LINES} audit lines, then put in the file's place by one
 * rename (docs/decisions/0018). One H2 transaction of 230,000 rows keeps an undo entry for each, stores its
 * pages again and again while it grows, and re-reads them to commit; small transactions do not. All or
 * nothing holds at the file: until
 * the rename the file is as it was, and a copy left by a failure or a power cut is deleted.
 */
final class AsideWrite {
    /** The copy's name in the data folder: {@value}.mv.db. */
    static final String BASE = "tramyte-aside";
    /** Audit lines (one per row written) per transaction on the copy. */
    static final int COMMIT_LINES = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(AsideWrite.class);
    private static final int RENAME_ATTEMPTS = 15;
    /**
     * H2's background writer stores the copy's pages on the other core while this one makes the rows; the
     * copy is forced to the disk once, before the rename. (Its background compaction stays off.)
     */
    static final int WRITE_DELAY_MILLIS = 500;

    private AsideWrite() {
    }

    /** Deletes the copy a crash or a power cut during a write aside left (at the opening); the file was never touched. */
    static void removeLeftover(Path dataDir) {
        if (deleteCopy(dataDir)) {
            LOG.warn("the copy of an unfinished write was deleted in {}; the database is as before that write", dataDir);
        }
    }

    private static boolean deleteCopy(Path dataDir) {
        boolean found = false;
        for (String suffix : new String[] {".mv.db", ".lock.db", ".trace.db", ".mv.db.tempFile"}) {
            try {
                found |= Files.deleteIfExists(dataDir.resolve(BASE + suffix));
            } catch (IOException e) {
                LOG.warn("cannot delete {}", dataDir.resolve(BASE + suffix), e);
            }
        }
        return found;
    }

    /**
     * Closes the file for its copy, as it is on the disk: every write was committed and forced to the disk
     * ({@link Database#write}; a checkpoint again to be sure), and the compaction H2 does while it closes is
     * skipped (the copy is compacted whole at its end; H2 2.3's moving of chunks at a close trips its own
     * assertion, tests run with assertions on, and leaves a file it cannot open again).
     */
    static void closeForCopy(org.h2.jdbcx.JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("CHECKPOINT SYNC");
            st.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("closing the file for its copy", e);
        } finally {
            pool.dispose();
        }
    }

    /**
     * A failure said as a damaged database can only be the copy's: the file itself was not written, so the
     * sentence says that nothing was saved and the database is as it was.
     */
    static RuntimeException translate(RuntimeException e) {
        if (e instanceof vn.tramyte.common.UserError u && !u.problems().isEmpty()
                && u.problems().get(0).key().startsWith("error.databaseDamaged")) {
            return new vn.tramyte.common.UserError("error.bigWriteUnchecked");
        }
        return e;
    }

    /**
     * Runs the work on a copy of the file, which must be closed (no connection open), and puts the copy in
     * its place once all of it is written; on any failure the file is left as it was.
     */
    static <T> T run(Path dataDir, DatabaseKey key, ChangeRepository changes, String user, OffsetDateTime now,
                     Database.TxWork<T> work, Tx[] done) {
        Path file = dataDir.resolve(Database.FILE_BASE + ".mv.db");
        Path copy = dataDir.resolve(BASE + ".mv.db");
        deleteCopy(dataDir);
        long start = System.nanoTime();
        try {
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            long copied = System.nanoTime();
            String url = Engines.fileUrl(dataDir, BASE, true);
            T result = writeCopy(url, key, changes, user, now, work, done);
            long written = System.nanoTime();
            opens(url, key);
            force(copy);
            putInPlace(copy, file);
            forceFolder(dataDir);
            LOG.info("write aside: copied in {} ms, written and compacted in {} ms, put in place in {} ms",
                    (copied - start) / 1_000_000, (written - copied) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            // H2 says only "writing failed" when the copy fills the disk: told as a full disk, while the copy is there
            if (!(e instanceof vn.tramyte.common.UserError) && DatabaseTrouble.diskFull(dataDir)) {
                LOG.error("disk full while writing aside", e);
                throw new vn.tramyte.common.UserError("error.diskFull", dataDir.toString());
            }
            throw e;
        } finally {
            deleteCopy(dataDir); // nothing left after the rename; the unfinished copy after a failure
        }
    }

    private static <T> T writeCopy(String url, DatabaseKey key, ChangeRepository changes, String user,
                                   OffsetDateTime now, Database.TxWork<T> work, Tx[] done) {
        // one connection, so that SHUTDOWN COMPACT closes the copy's last session itself
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", key.h2Password())) {
            c.setAutoCommit(false);
            Tx tx = new Tx(DSL.using(c, SQLDialect.H2), changes, user, now);
            tx.commitEvery(() -> commit(c));
            T result = work.run(tx);
            c.commit();
            done[0] = tx;
            try (Statement st = c.createStatement()) {
                // the copy's dead pages (each transaction's) are not carried into the file's place
                st.execute("SHUTDOWN COMPACT");
            }
            return result;
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("write aside", e);
        }
    }

    /**
     * The compacted copy is opened and read before it takes the file's place, as a backup is checked (decision
     * 0012): a copy H2 left unreadable (its close swallows a failed compaction) must never replace a good file.
     */
    private static void opens(String url, DatabaseKey key) {
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", key.h2Password());
             Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM change_counter")) {
            if (!rs.next() || rs.getLong(1) != 1) {
                throw new SQLException("the copy written aside has no change counter");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.error("the copy written aside does not open; the file is left as it was", e);
            throw new vn.tramyte.common.UserError("error.bigWriteUnchecked");
        }
    }

    private static void commit(Connection c) {
        try {
            c.commit();
        } catch (SQLException e) {
            throw new org.jooq.exception.DataAccessException("write aside: commit", e);
        }
    }

    /**
     * One rename over the file: all of the copy or none of it, even at a power cut. On Windows a virus
     * scanner may hold the just-closed file a moment, so a refused rename is tried again for a few seconds.
     */
    private static void putInPlace(Path copy, Path file) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return;
            } catch (java.nio.file.FileSystemException e) { // denied, or "used by another process"
                if (attempt == RENAME_ATTEMPTS || e instanceof java.nio.file.NoSuchFileException) {
                    throw e;
                }
                LOG.info("the copy could not yet take the file's place ({}); trying again", e.getMessage());
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** The rename itself on the disk (a folder cannot be opened for this on Windows, where NTFS logs it). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("folder {} not forced to the disk", folder, e);
        }
    }
}
