package vn.tramyte.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2 never gives space back by itself: after a bulk import most of the file is dead pages
 * (issue 14 item 9: 407 MB of which 22 MB live). When the program closes and most of a big
 * file is dead, {@code SHUTDOWN COMPACT} rewrites the live pages into a fresh file (written
 * beside it, then renamed: a power cut in the middle leaves the old file whole). Its time
 * follows the live data, not the file, so it is bounded by refusing to compact more than
 * {@link #MAX_LIVE_BYTES} of live data at a close (docs/decisions/0009 has the measurements).
 */
public final class Compaction {
    /** Below this the dead space is not worth a close's time. */
    static final long MIN_FILE_BYTES = 32L << 20;
    /** Compact when less than this share of the file is live data. */
    static final int MAX_FILL_PERCENT = 50;
    /** About 30 s on a slow computer at the rate measured (decision 0009): the bound of a close. */
    static final long MAX_LIVE_BYTES = 256L << 20;
    /** How long a close waits for a compaction in progress to end. */
    static final long MAX_WAIT_SECONDS = 120;
    /** Room beyond twice the live data that a compaction while open wants free on the disk. */
    static final long ROOM_MARGIN = 8L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);

    private Compaction() {
    }

    static boolean worthIt(long fileBytes, int livePercent) {
        long live = fileBytes / 100 * livePercent;
        return fileBytes >= MIN_FILE_BYTES && livePercent < MAX_FILL_PERCENT && live <= MAX_LIVE_BYTES;
    }

    /** What a compaction did: the file's size before and after, and how long it took. */
    public record Done(long bytesBefore, int livePercent, long bytesAfter, long millis) {
    }

    /** Compacts the database if {@link #worthIt}; this closes it. Problems are logged: a close never fails for this. */
    static void onClose(JdbcConnectionPool pool, Path dataDir) {
        Done done = compact(pool, dataDir);
        if (done != null) {
            LOG.info("database {} compacted at close: {}", dataDir, done);
        }
    }

    /**
     * When {@link #worthIt}, closes the database with {@code SHUTDOWN COMPACT} and returns what it did;
     * otherwise, or when H2 fails (logged), returns null with the database open as it was.
     */
    static Done compact(JdbcConnectionPool pool, Path dataDir) {
        return compact(pool, dataDir, false);
    }

    /**
     * The same; with {@code needRoom}, only when the disk has room for twice the live data and
     * {@link #ROOM_MARGIN} more (the compacted copy and what H2 writes on opening): H2 writes
     * the compacted copy beside it and, when that fails on a full disk, cannot open the file again until
     * there is room (measured: a disk with less than 64 kB free). Reads go on working meanwhile if the
     * file is left open instead: a compaction while the program runs waits for room.
     */
    static Done compact(JdbcConnectionPool pool, Path dataDir, boolean needRoom) {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            long size = 0;
            int fill = 100;
            int chunksFill = 100;
            try (ResultSet rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                    + "WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "info.FILE_SIZE" -> size = Long.parseLong(rs.getString(2));
                        case "info.FILL_RATE" -> fill = Integer.parseInt(rs.getString(2));
                        default -> chunksFill = Integer.parseInt(rs.getString(2));
                    }
                }
            }
            // the file's used blocks (FILL_RATE) hold live pages and dead ones (CHUNKS_FILL_RATE): after a bulk
            // import all blocks are used (100%) while some 15% of what they hold is live
            int live = fill * chunksFill / 100;
            if (!worthIt(size, live)) {
                return null;
            }
            long room = size / 100 * live * 2 + ROOM_MARGIN;
            if (needRoom && java.nio.file.Files.getFileStore(dataDir).getUsableSpace() < room) {
                LOG.info("database {} not compacted while open: less than {} MB free on its disk", dataDir, room >> 20);
                return null;
            }
            long start = System.nanoTime();
            st.execute("SHUTDOWN COMPACT");
            Done done = new Done(size, live, dataDir.resolve(Database.FILE_BASE + ".mv.db").toFile().length(),
                    (System.nanoTime() - start) / 1_000_000);
            return done;
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            LOG.warn("database {} not compacted", dataDir, e);
            return null;
        }
    }
}
