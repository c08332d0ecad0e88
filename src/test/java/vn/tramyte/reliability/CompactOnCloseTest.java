package vn.tramyte.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.testing.DeadSpace;
import vn.tramyte.testing.TestStation;

/**
 * Issue 14 item 9: a file that is mostly dead space after big writes is compacted when the
 * program closes, and keeps its records.
 */
class CompactOnCloseTest {
    @TempDir
    Path dir;

    @Test
    void aFileMostlyDeadSpaceIsCompactedAtCloseWithItsRecordsIntact() throws Exception {
        Path station = dir.resolve("station");
        Path file = station.resolve("tramyte.mv.db");
        long before;
        try (Services s = TestStation.station(station)) {
            // 48 MB written and thrown away, as a big import and its undo leave the file
            DeadSpace.leave(s, 48);
            before = Files.size(file);
        }
        assertTrue(before > 40L << 20, "the file grew with the writes: " + (before >> 20) + " MB");
        // (the day's backup is the copy of the compacted file)
        long after = Files.size(file);
        assertTrue(after < 16L << 20, "compacted at close: " + (before >> 20) + " MB, then " + (after >> 20) + " MB");
        try (Services s = TestStation.open(station)) {
            assertEquals(TestStation.MUONG_KIM, s.setup().installation().orElseThrow().place().code());
        }
    }
}
