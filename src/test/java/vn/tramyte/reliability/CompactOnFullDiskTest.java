package vn.tramyte.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;

/**
 * A compaction while the program runs, on a disk with no room left (issue 14, never lose). H2 writes
 * the compacted copy beside the file; when that fails on a full disk it cannot open the file again
 * until there is room (seen in this test before the guard), so a compaction while open waits until
 * the disk has room for a second copy: meanwhile the records are read and the database works as
 * before, and once there is room the file is compacted. The disk is a small tmpfs; where the test
 * may not mount one (not root, not Linux), it is skipped.
 */
class CompactOnFullDiskTest {
    @TempDir
    Path dir;

    private static PersonDraft woman(String name) {
        return new PersonDraft(null, name, Sex.FEMALE, LocalDate.of(1996, 3, 8), false, "03", null, null, null, null,
                null);
    }

    @Test
    void aCompactionWaitsForRoomOnAFullDiskAndLosesNothing() throws Exception {
        try (SmallDisk mounted = SmallDisk.mount(dir.resolve("small"), "160m")) {
            Path small = mounted.root();
            Path station = small.resolve("station");
            Path filler = small.resolve("filler");
            try (Services s = TestStation.station(station)) {
                s.people().save(TestStation.WORKER, woman("Lò Thị Hoa"));
                vn.tramyte.testing.DeadSpace.leave(s, 40);
                assertTrue(Files.size(station.resolve("tramyte.mv.db")) > 32L << 20);
                // the rest of the disk filled, but for a few kilobytes: no room for the compacted copy
                mounted.fill("filler", 1 << 16);

                assertFalse(s.database().compactIfWorthIt(), "no compaction without room for its copy");
                assertEquals(1, s.people().all().size(), "the records are read as before");

                Files.delete(filler);
                s.people().save(TestStation.WORKER, woman("Lò Thị Mai"));
                assertEquals(2, s.people().all().size(), "the database keeps working once there is room");
                assertTrue(s.database().compactIfWorthIt(), "compacted once there is room");
                assertTrue(Files.size(station.resolve("tramyte.mv.db")) < 16L << 20);
            }
            try (Services s = TestStation.open(station)) {
                assertEquals(2, s.people().all().size());
            }
        }
    }
}
