package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.testing.TestStation;

/**
 * Issue 14 item 4, packages: a file bigger than any package, a link to /dev/zero and a validly
 * signed package that unpacks to gigabytes are refused with a sentence naming the limit, quickly
 * and without loading them (the tests run with a 1 GB heap: loading would fail with
 * OutOfMemoryError), and the centre's database is as it was.
 */
class HostilePackageTest {
    private static final Messages EN = Messages.forLanguage("en");

    @TempDir
    Path dir;

    private static ImportOutcome refusedAndUnchanged(Services centre, Path file) {
        Map<String, ?> before = SyncWorld.snapshot(centre);
        ImportOutcome outcome = centre.sync().importFile(file);
        assertEquals(ImportOutcome.Status.REFUSED, outcome.status());
        assertEquals(before, SyncWorld.snapshot(centre), "nothing changed at the centre");
        return outcome;
    }

    @Test
    void aThreeGigabyteFileIsRefusedByItsSizeWithoutReadingIt() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            Path big = dir.resolve("big.tyt");
            try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
                f.setLength(3L << 30); // sparse: 3 GB that take no disk space
            }
            ImportOutcome o = refusedAndUnchanged(w.centre, big);
            assertEquals(PackageRefusal.Reason.TOO_BIG, o.refusal().reason());
            assertEquals("File big.tyt: not imported because it is larger than 256 MB, far more than any package "
                    + "TramYTe makes; nothing of it was read. Nothing changed. Check that it is the right file, or ask "
                    + "the sender for a fresh copy.", o.refusal().describe(EN));
        }
    }

    @Test
    void aLinkToDevZeroIsNotAPackageAndIsNotRead() throws Exception {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            Path link = Files.createSymbolicLink(dir.resolve("zero.tyt"), zero);
            ImportOutcome o = refusedAndUnchanged(w.centre, link);
            assertEquals(PackageRefusal.Reason.NOT_A_PACKAGE, o.refusal().reason());
            assertTrue(o.refusal().describe(EN).startsWith("File zero.tyt: not imported because it is not a TramYTe "
                    + "sync package"), o.refusal().describe(EN));
        }
    }

    @Test
    void aValidlySignedPackageHoldingThreeGigabytesOfZerosIsRefusedAtTheLimit() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            Manifest m = new Manifest(Manifest.FORMAT_VERSION, UUID.randomUUID(), PackageKind.DATA,
                    TestStation.MUONG_KIM, SyncWorld.CENTRE, 1, OffsetDateTime.parse("2026-11-22T10:00:00+07:00"),
                    "0.9.0", "9", 0, 5, 0, List.of(new Manifest.TableEntry("person", "person.jsonl", 1, List.of())),
                    List.of(), Map.of("person.jsonl", "0".repeat(64)));
            ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(zipBytes)) {
                zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
                zip.putNextEntry(new ZipEntry(Manifest.FILE));
                zip.write(Json.manifest(m));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("person.jsonl"));
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 3 * 1024; i++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            assertTrue(zipBytes.size() < 16 << 20, "a few megabytes on the stick: " + zipBytes.size());
            byte[] sealed = PackageCrypto.sealForReceiver(zipBytes.toByteArray(), SyncWorld.identityOf(w.station),
                    SyncWorld.identityOf(w.centre).certificate());
            Path bomb = Files.write(dir.resolve("03637-bomb.tyt"), sealed);
            ImportOutcome o = refusedAndUnchanged(w.centre, bomb);
            assertEquals(PackageRefusal.Reason.CONTENT_TOO_BIG, o.refusal().reason());
            assertEquals("File 03637-bomb.tyt: not imported because its content unpacks to more than 256 MB, far more "
                    + "than any package TramYTe makes (the file is damaged or was made to do harm); unpacking stopped "
                    + "there. Nothing changed. Ask the sender for a fresh copy.", o.refusal().describe(EN));
        }
    }

    @Test
    void anEnrolmentFileImportedAtTheCentreSaysWhatItIs() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            SyncService.Enrolment e = w.centre.sync().enrol("03640", dir.resolve("enrol-ta-gia"));
            Map<String, ?> before = SyncWorld.snapshot(w.centre);
            ImportOutcome o = w.centre.sync().importFile(e.file());
            assertEquals(ImportOutcome.Status.SKIPPED, o.status());
            assertEquals(PackageRefusal.Reason.ENROLMENT_FILE, o.refusal().reason());
            String sentence = o.refusal().describe(EN);
            assertTrue(sentence.startsWith("File " + e.file().getFileName() + ": skipped"), sentence);
            assertTrue(!sentence.contains("(?)") && !sentence.contains("another receiver"), sentence);
            assertEquals(before, SyncWorld.snapshot(w.centre), "nothing changed at the centre");
        }
    }

    @Test
    void theLimitsCountOneEntryAndTheWholePackage() throws Exception {
        byte[] twoMegabytes = new byte[2 << 20];
        Manifest m = new Manifest(Manifest.FORMAT_VERSION, UUID.randomUUID(), PackageKind.DATA, TestStation.MUONG_KIM,
                SyncWorld.CENTRE, 1, OffsetDateTime.parse("2026-11-22T10:00:00+07:00"), "0.9.0", "9", 0, 5, 0,
                List.of(), List.of(), Map.of());
        byte[] two = PackageZip.write(m, Map.of("a.jsonl", twoMegabytes, "b.jsonl", twoMegabytes));
        // each entry is within 2 MB, together they pass 3 MB
        PackageRefusal total = assertThrows(PackageRefusal.class, () -> PackageZip.read(two, 2 << 20, 3 << 20));
        assertEquals("3", total.detail());
        byte[] one = PackageZip.write(m, Map.of("a.jsonl", new byte[(2 << 20) + 1]));
        PackageRefusal entry = assertThrows(PackageRefusal.class, () -> PackageZip.read(one, 2 << 20, 3 << 20));
        assertEquals("2", entry.detail());
        assertEquals(2, PackageZip.read(two, 2 << 20, 5 << 20).entries().size(), "within the limits it reads");
    }
}
