package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 damaged copies of a real package (bits flipped, bytes cut off, bytes appended, and
 * mixtures): each is refused and the centre's database is exactly as before.
 */
class SyncFuzzTest {
    private static final int COPIES = 1000;

    @TempDir
    Path dir;

    @Test
    void everyDamagedCopyOfAPackageIsRefusedAndChangesNothing() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            w.addFamily(w.station, "Hoàng Thị Mai", "Hoàng Văn Dũng");
            byte[] good = Files.readAllBytes(w.export());
            Map<String, ?> before = SyncWorld.snapshot(w.centre);
            long seq = w.centre.database().lastChangeSeq();
            Random random = new Random(20261122);
            Path file = dir.resolve("damaged.tyt");
            for (int i = 0; i < COPIES; i++) {
                byte[] bad = damage(good, random, i % 4);
                Files.write(file, bad);
                ImportOutcome outcome = w.centre.sync().importFile(file);
                assertEquals(ImportOutcome.Status.REFUSED, outcome.status(), "copy " + i + " (kind " + i % 4 + ")");
                assertEquals(seq, w.centre.database().lastChangeSeq());
            }
            assertEquals(before, SyncWorld.snapshot(w.centre));
        }
    }

    private static byte[] damage(byte[] good, Random random, int kind) {
        switch (kind) {
            case 0: { // flip one to eight bits anywhere
                byte[] bad = good.clone();
                int flips = 1 + random.nextInt(8);
                for (int f = 0; f < flips; f++) {
                    bad[random.nextInt(bad.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return Arrays.equals(bad, good) ? damage(good, random, 1) : bad;
            }
            case 1: // cut off the end (sometimes all but a few bytes)
                return Arrays.copyOf(good, random.nextInt(good.length));
            case 2: { // append one to a hundred bytes
                byte[] bad = Arrays.copyOf(good, good.length + 1 + random.nextInt(100));
                for (int i = good.length; i < bad.length; i++) {
                    bad[i] = (byte) random.nextInt(256);
                }
                return bad;
            }
            default: { // replace one byte with a different value, then maybe cut or extend
                byte[] bad = good.clone();
                int at = random.nextInt(bad.length);
                bad[at] = (byte) (bad[at] + 1 + random.nextInt(255));
                return random.nextBoolean() ? bad : Arrays.copyOf(bad, bad.length + (random.nextBoolean() ? 1 : -1));
            }
        }
    }
}
