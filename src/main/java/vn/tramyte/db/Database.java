package vn.tramyte.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.db.generated.Public;

/**
 * The station's database: an H2 file in the data folder, or a centre's on a PostgreSQL server the folder's
 * settings name ({@link ServerDatabase}, decision 0015), migrated by Flyway at every start. A database
 * written by a newer program is refused, never "repaired".
 */
public final class Database implements AutoCloseable {
    public static final String FILE_BASE = "tramyte";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path dataDir;
    private final DataFolderLock lock;
    private final String url;
    /** The key the file is encrypted with (decision 0013): the compaction's reopening and the backups' checks use it. */
    private final DatabaseKey key;
    /** Replaced when the file is compacted while the program runs (H2 compacts only while it closes the file). */
    private volatile JdbcConnectionPool pool;
    private final DSLContext dsl;
    /** The server the database is on, or null for the H2 file (backups, compaction and fsync are the file's). */
    private final ServerDatabase server;
    /** Reads and writes share it; a compaction, which closes and reopens the file, takes it alone. */
    private final ReentrantReadWriteLock inUse = new ReentrantReadWriteLock();
    /** When the last read or write ended ({@link System#nanoTime}), for {@link #compactIfIdle}. */
    private volatile long lastUse = System.nanoTime();
    private volatile Compaction.Done lastCompaction;
    /**
     * How long closing may spend giving back the file space big writes left unused (issue 14 §9: after
     * a 100,000-row import the file held some 250 MB, most of it free): H2 compacts on close for at most this.
     */
    static final int COMPACT_ON_CLOSE_MILLIS = 3_000;
    private final Clock clock;
    private final ChangeRepository changes = new ChangeRepository();
    private final AtomicLong syncs = new AtomicLong();
    /** Write transactions run since the database was opened, failed ones too ({@link #writeCount}). */
    private final AtomicLong writes = new AtomicLong();
    /** The window's thread, where no database work may run (STYLE.md: nothing slow on the FX thread). */
    private final WindowThread windowThread = new WindowThread();
    /** The logged-in user's name for the audit log, or null before anyone logs in (set by the composition root). */
    private volatile java.util.function.Supplier<String> loggedIn = () -> null;

    Database(Path dataDir, DataFolderLock lock, String url, DatabaseKey key, JdbcConnectionPool pool,
                     Clock clock, ServerDatabase server) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.url = url;
        this.key = key;
        this.pool = pool;
        this.clock = clock;
        this.server = server;
        this.dsl = server == null ? DSL.using(new CurrentPool(() -> this.pool), SQLDialect.H2)
                : DSL.using(new CurrentPool(() -> this.pool), SQLDialect.POSTGRES, Engines.postgresSettings());
    }

    /**
     * Opens (creating if needed) the database of a data folder and brings its schema up to date.
     * The folder is made private to the user; a damaged or locked database file is refused with
     * the sentence of {@link DatabaseTrouble}, and the file is left exactly as it was. The file is
     * encrypted with the key (there is no other way to open one); a file of an earlier version, still
     * plain, is encrypted first ({@link PlainDatabase}).
     */
    public static Database open(Path dataDir, Clock clock, DatabaseKey key) {
        return open(dataDir, clock, key, null);
    }

    /**
     * The same, with the password of the database server when the folder's settings name one (null: from
     * {@value ServerDatabase#PASSWORD_VARIABLE} or {@code ~/.pgpass}); unused for the H2 file.
     */
    public static Database open(Path dataDir, Clock clock, DatabaseKey key, char[] serverPassword) {
        return Engines.open(dataDir, clock, key, serverPassword);
    }

    public static boolean exists(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE_BASE + ".mv.db"));
    }

    /** True when the folder's database file is encrypted (every file this version wrote; decision 0013). */
    public static boolean encrypted(Path dataDir) {
        return PlainDatabase.encrypted(dataDir);
    }

    /**
     * Where the logged-in user's name comes from: while someone is logged in, every write's audit
     * lines and {@code updated_by} name them, whatever name the caller passed (issue 13).
     */
    public void auditAs(java.util.function.Supplier<String> loggedInUser) {
        this.loggedIn = loggedInUser;
    }

    /** A secret for one purpose derived from the database key ({@link DatabaseKey#derivedSecret}; the sync key's). */
    public char[] secret(String purpose) {
        return key.derivedSecret(purpose);
    }

    /** The database server, or empty for the H2 file in the folder. */
    public java.util.Optional<ServerDatabase> server() {
        return java.util.Optional.ofNullable(server);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Refuses database work on a thread from now on: the window's thread, which must stay free. Strict
     * (tests) throws; otherwise the offence is logged with its stack, and the work still runs.
     */
    public void refuseWorkOn(Thread thread, boolean strict) {
        windowThread.refuse(thread, strict);
    }

    /**
     * Runs work in one transaction as the given user; everything or nothing is written. When
     * this returns, the commit is on the disk, not only in the system's cache: the caller may
     * say "saved" and a power cut a moment later loses nothing (decision 0001, issue 14 item 1).
     */
    public <T> T write(String user, TxWork<T> work) {
        windowThread.check();
        Tx[] done = new Tx[1];
        String who = loggedIn.get();
        T result;
        inUse.readLock().lock();
        try {
            result = inTransaction(who != null ? who : user, work, done);
            forceToDisk();
        } finally {
            writes.incrementAndGet();
            lastUse = System.nanoTime();
            inUse.readLock().unlock();
        }
        done[0].committed();
        return result;
    }

    private <T> T inTransaction(String user, TxWork<T> work, Tx[] done) {
        try {
            return dsl.transactionResult(cfg -> {
                Tx tx = new Tx(DSL.using(cfg), changes, user, OffsetDateTime.now(clock));
                T value = work.run(tx);
                done[0] = tx;
                return value;
            });
        } catch (RuntimeException e) {
            throw server != null ? server.translate(e) : DatabaseTrouble.translate(e, dataDir);
        }
    }

    /**
     * H2's {@code CHECKPOINT SYNC}: the store's pending chunk written and the file forced to the
     * disk ({@code fsync}). Measured in docs/decisions/0009: a few milliseconds per save.
     */
    private void forceToDisk() {
        if (server != null) { // PostgreSQL's commit returns once its log is on the disk
            syncs.incrementAndGet();
            return;
        }
        try {
            dsl.execute("CHECKPOINT SYNC");
        } catch (RuntimeException e) {
            throw DatabaseTrouble.translate(e, dataDir);
        }
        syncs.incrementAndGet();
    }

    /** How many commits were forced to the disk since the database was opened (tests check the order). */
    public long forcedToDisk() {
        return syncs.get();
    }

    /**
     * How many write transactions this program has run on the database, counted once each has ended: what was
     * read between two equal counts is still what the database holds, since only this program writes an H2
     * file. Empty on a server, where other programs write too.
     */
    public java.util.OptionalLong writeCount() {
        return server != null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(writes.get());
    }

    public void writeVoid(String user, TxVoidWork work) {
        write(user, tx -> {
            work.run(tx);
            return null;
        });
    }

    /**
     * {@link #write} for a write of many thousand rows (an import of registers): the same all or nothing,
     * done on a copy of the file in several transactions and put in its place at the end ({@link AsideWrite},
     * decision 0018). Reads and writes wait meanwhile. On a server, or while a connection is out, one
     * transaction as {@link #write}.
     */
    public void writeAside(String user, TxVoidWork work) {
        windowThread.check();
        inUse.writeLock().lock();
        Tx[] done = new Tx[1];
        try {
            if (server != null || pool.getActiveConnections() > 0) {
                writeVoid(user, work);
                return;
            }
            String who = loggedIn.get();
            try {
                AsideWrite.closeForCopy(pool); // the copy is of a closed file
                AsideWrite.run(dataDir, key, changes, who != null ? who : user, OffsetDateTime.now(clock), tx -> {
                    work.run(tx);
                    return null;
                }, done);
            } finally {
                pool = JdbcConnectionPool.create(url, "sa", key.h2Password());
            }
        } catch (RuntimeException e) {
            throw AsideWrite.translate(DatabaseTrouble.translate(e, dataDir));
        } finally {
            writes.incrementAndGet();
            lastUse = System.nanoTime();
            inUse.writeLock().unlock();
        }
        syncs.incrementAndGet();
        done[0].committed();
    }

    /** Runs read-only work in one transaction, so it sees one consistent state (nothing to force to the disk). */
    public <T> T read(TxWork<T> work) {
        windowThread.check();
        Tx[] done = new Tx[1];
        T result;
        inUse.readLock().lock();
        try {
            result = inTransaction("read", work, done);
        } finally {
            lastUse = System.nanoTime();
            inUse.readLock().unlock();
        }
        done[0].committed();
        return result;
    }

    /**
     * Gives back the file space big writes left unused (issue 14 item 9), now rather than at the
     * close: called after a bulk import and when the program is idle. Only when it is worth it
     * ({@link Compaction#worthIt}: a big file, mostly dead pages, a bounded amount of live data);
     * H2 compacts only while it closes the file, so the file is closed with {@code SHUTDOWN COMPACT}
     * and opened again, the data folder's lock held throughout. Skipped when other work is using
     * the database. Never fails: what was saved is saved; a problem goes to the log, and a file that
     * would not open again is said by the next read or write, in the user's words.
     *
     * @return true when the file was compacted
     */
    public boolean compactIfWorthIt() {
        windowThread.check();
        if (server != null || !inUse.writeLock().tryLock()) { // a server compacts its own tables (autovacuum)
            return false;
        }
        try {
            JdbcConnectionPool old = pool;
            if (old.getActiveConnections() > 0) {
                return false;
            }
            Compaction.Done done = Compaction.compact(old, dataDir, true);
            if (done == null) {
                if (!Engines.usable(old)) {
                    // the compaction failed after H2 had begun closing the file (a disk too full for the new
                    // copy): H2 keeps the old file whole, so it is opened again as it was
                    old.dispose();
                    pool = JdbcConnectionPool.create(url, "sa", key.h2Password());
                }
                return false;
            }
            old.dispose();
            pool = JdbcConnectionPool.create(url, "sa", key.h2Password());
            lastCompaction = done;
            LOG.info("database {} compacted while open: {}", dataDir, done);
            return true;
        } finally {
            lastUse = System.nanoTime();
            inUse.writeLock().unlock();
        }
    }

    /** {@link #compactIfWorthIt}, once nothing has read or written the database for {@code quiet} (the window's timer). */
    public boolean compactIfIdle(java.time.Duration quiet) {
        if (System.nanoTime() - lastUse < quiet.toNanos()) {
            return false;
        }
        return compactIfWorthIt();
    }

    /** The last compaction while the program ran (file sizes before and after), or null; for tests and the log. */
    public Compaction.Done lastCompaction() {
        return lastCompaction;
    }

    public String schemaVersion() {
        return dsl.select(DSL.field("\"version\"", String.class))
                .from(DSL.table("\"flyway_schema_history\""))
                .where(DSL.field("\"success\"", Boolean.class).isTrue())
                .orderBy(DSL.field("\"installed_rank\"").desc())
                .limit(1)
                .fetchOne(0, String.class);
    }

    /** Row count of every table of the schema, by name, for {@code tramyte info}. */
    public Map<String, Integer> tableCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : Public.PUBLIC.getTables()) {
            counts.put(table.getName().toLowerCase(java.util.Locale.ROOT), dsl.fetchCount(table));
        }
        return counts;
    }

    public long lastChangeSeq() {
        return changes.lastSeq(dsl);
    }

    /**
     * A backup of the database as it is now, checked by opening it (docs/decisions/0012); the sentence of
     * {@code backup.error.*} when it could not be written or failed its check.
     */
    public BackupFile backUp(BackupKind kind) {
        windowThread.check();
        Engines.refuseFileWorkOnServer(server);
        return Backups.write(pool, dataDir, key, kind, LocalDateTime.now(clock));
    }

    /**
     * Closes the database: the day's automatic backup when none was made today (checked, rotated), then
     * compacted when most of the file is dead space (bounded, see {@link Compaction}), then the folder is free.
     */
    @Override
    public void close() {
        boolean alone = false;
        try {
            // a compaction in progress ends first (it is bounded); work still running is not waited for
            alone = inUse.writeLock().tryLock(Compaction.MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            JdbcConnectionPool current = pool;
            if (server == null && current.getActiveConnections() == 0) {
                // the day's checked backup while the database is open (0012), then the file compacted (0009)
                Backups.automatic(current, dataDir, key, LocalDateTime.now(clock));
                Compaction.onClose(current, dataDir);
            }
            current.dispose();
        } finally {
            if (alone) {
                inUse.writeLock().unlock();
            }
            lock.close();
        }
    }

    /** Deletes a database of {@link WarmUp#inMemory}: it was never on disk, so no backup, compaction or lock. */
    public void discardInMemory() {
        if (dataDir != null) {
            throw new IllegalStateException("only a database in memory is discarded; a file is closed");
        }
        WarmUp.shutdown(pool, WarmUp.DELETE);
    }

    @FunctionalInterface
    public interface TxWork<T> {
        T run(Tx tx);
    }

    @FunctionalInterface
    public interface TxVoidWork {
        void run(Tx tx);
    }
}
