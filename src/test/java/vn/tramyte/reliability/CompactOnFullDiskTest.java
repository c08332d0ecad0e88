package vn.tramyte.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
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

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private static PersonDraft woman(String name) {
        return new PersonDraft(null, name, Sex.FEMALE, LocalDate.of(1996, 3, 8), false, "03", null, null, null, null,
                null);
    }

    @Test
    void aCompactionWaitsForRoomOnAFullDiskAndLosesNothing() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux") && "root".equals(System.getProperty("user.name")));
        Path small = Files.createDirectories(dir.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=160m", "tmpfs", small.toString()), "tmpfs can be mounted");
        try {
            Path station = small.resolve("station");
            Path filler = small.resolve("filler");
            try (Services s = TestStation.station(station)) {
                s.people().save(TestStation.WORKER, woman("Lò Thị Hoa"));
                s.database().writeVoid("test", tx -> tx.dsl().execute(
                        "create table scratch(id int primary key, filler varchar(2000000))"));
                String bulk = "Bản Mường Kim ".repeat(1 << 17).substring(0, 1 << 20);
                for (int i = 0; i < 40; i++) {
                    int id = i;
                    s.database().writeVoid("test", tx -> tx.dsl().execute("insert into scratch values (?, ?)", id,
                            bulk + id));
                }
                s.database().writeVoid("test", tx -> tx.dsl().execute("drop table scratch"));
                assertTrue(Files.size(station.resolve("tramyte.mv.db")) > 32L << 20);
                // the rest of the disk filled, but for a few kilobytes: no room for the compacted copy
                try (RandomAccessFile f = new RandomAccessFile(filler.toFile(), "rw")) {
                    byte[] block = new byte[1 << 16];
                    while (Files.getFileStore(small).getUsableSpace() > block.length) {
                        f.write(block);
                    }
                }

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
        } finally {
            run("umount", "-l", small.toString());
        }
    }
}
