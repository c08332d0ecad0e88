package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
    private static final int FEEDBACK_COPIES = 300;
    private static final int ENROLMENT_COPIES = 100;

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
            // a flip in the receiver's name, carried in clear, reads as a package for someone else: skipped
            org.junit.jupiter.api.Assertions.assertFalse(receiverNames(good).isEmpty(), "the receiver's name is in clear");
            Random random = new Random(20261122);
            Path file = dir.resolve("damaged.tyt");
            for (int i = 0; i < COPIES; i++) {
                byte[] bad = damage(good, random, i % 4);
                Files.write(file, bad);
                ImportOutcome outcome = w.centre.sync().importFile(file);
                if (!(outcome.status() == ImportOutcome.Status.SKIPPED && onlyTheReceiverChanged(good, bad))) {
                    assertEquals(ImportOutcome.Status.REFUSED, outcome.status(), "copy " + i + " (kind " + i % 4 + ")");
                }
                assertEquals(seq, w.centre.database().lastChangeSeq());
            }
            assertEquals(before, SyncWorld.snapshot(w.centre));
        }
    }

    @Test
    void everyDamagedCopyOfAFeedbackIsRefusedAndTheStationIsUnchanged() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            w.centre.sync().importFile(w.export());
            w.centre.targets().importTargets("Nguyễn Thị Thu Hà", new java.io.StringReader(SyncReferenceTest.TARGETS),
                    "chi-tieu.csv");
            byte[] good = Files.readAllBytes(w.centre.sync().feedback(w.outbox).get(0));
            Map<String, ?> before = SyncWorld.snapshot(w.station);
            long seq = w.station.database().lastChangeSeq();
            Random random = new Random(20261123);
            Path file = dir.resolve("damaged.tyt");
            for (int i = 0; i < FEEDBACK_COPIES; i++) {
                Files.write(file, damage(good, random, i % 4));
                ImportOutcome outcome = w.station.sync().importFile(file);
                assertEquals(ImportOutcome.Status.REFUSED, outcome.status(), "copy " + i + " (kind " + i % 4 + ")");
                assertEquals(seq, w.station.database().lastChangeSeq());
            }
            assertEquals(before, SyncWorld.snapshot(w.station));
            assertEquals(0, w.station.targets().version());
        }
    }

    /** Fewer copies: opening an enrolment derives a key from the code (200,000 rounds) on purpose. */
    @Test
    void everyDamagedCopyOfAnEnrolmentIsRefusedAndSetsNothingUp() throws Exception {
        try (vn.tramyte.app.Services centre = vn.tramyte.testing.TestStation.centre(dir.resolve("centre"));
             vn.tramyte.app.Services station = vn.tramyte.testing.TestStation.open(dir.resolve("station"))) {
            SyncService.Enrolment e = centre.sync().enrol(vn.tramyte.testing.TestStation.MUONG_KIM, dir.resolve("usb"));
            byte[] good = Files.readAllBytes(e.file());
            Random random = new Random(20261124);
            Path file = dir.resolve("damaged-enrolment.tyt");
            for (int i = 0; i < ENROLMENT_COPIES; i++) {
                Files.write(file, damage(good, random, i % 4));
                String copy = "copy " + i + " (kind " + i % 4 + ")";
                org.junit.jupiter.api.Assertions.assertThrows(PackageRefusal.class,
                        () -> station.sync().setUpFromEnrolment(file, e.code(), vn.tramyte.testing.TestStation.admin("Lò Thị Hương")), copy);
                assertEquals(java.util.Optional.empty(), station.places().installation(), copy);
            }
            station.sync().setUpFromEnrolment(e.file(), e.code(), vn.tramyte.testing.TestStation.admin("Lò Thị Hương"));
            assertEquals(vn.tramyte.testing.TestStation.MUONG_KIM, station.places().installation().orElseThrow()
                    .place().code(), "the undamaged file still sets the station up");
        }
    }

    /**
     * A copy whose only changed bytes lie in the name of the key it is sealed for ("TramYTe centre 110", which
     * the envelope carries in clear): it reads as a package for another receiver, and is skipped as one
     * ("not for this computer"), with nothing imported. Any other change must be refused.
     */
    private static boolean onlyTheReceiverChanged(byte[] good, byte[] bad) {
        if (bad.length != good.length) {
            return false;
        }
        List<int[]> names = receiverNames(good);
        for (int i = 0; i < good.length; i++) {
            int at = i;
            if (good[i] != bad[i] && names.stream().noneMatch(r -> at >= r[0] && at < r[1])) {
                return false;
            }
        }
        return true;
    }

    /** Where the package names the key it is sealed for, in clear: [from, to) of each place. */
    private static List<int[]> receiverNames(byte[] good) {
        byte[] name = SyncIdentity.centreName(SyncWorld.CENTRE).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        List<int[]> names = new java.util.ArrayList<>();
        for (int at = 0; at + name.length <= good.length; at++) {
            if (Arrays.equals(good, at, at + name.length, name, 0, name.length)) {
                names.add(new int[] {at, at + name.length});
            }
        }
        return names;
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
