package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.testing.TestStation;

/** Every refusal of DESIGN.md §5: a sentence naming the reason, and the centre's database as it was. */
class SyncRefusalTest {
    @TempDir
    Path dir;

    private static PackageRefusal.Reason refusedAndUnchanged(Services centre, Path file) {
        Map<String, ?> before = SyncWorld.snapshot(centre);
        ImportOutcome outcome = centre.sync().importFile(file);
        assertEquals(ImportOutcome.Status.REFUSED, outcome.status());
        assertEquals(before, SyncWorld.snapshot(centre), "nothing changed at the centre");
        String sentence = outcome.refusal().describe(Messages.forLanguage("vi"));
        assertTrue(sentence.contains(file.getFileName().toString()), sentence);
        return outcome.refusal().reason();
    }

    @Test
    void aChangedTruncatedOrAppendedByteIsRefusedWithItsReason() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            byte[] good = Files.readAllBytes(w.export());

            byte[] changed = good.clone();
            changed[good.length / 2] ^= 0x10;
            assertEquals(PackageRefusal.Reason.CHANGED, refusedAndUnchanged(w.centre, write("changed.tyt", changed)));
            assertEquals(PackageRefusal.Reason.TRUNCATED,
                    refusedAndUnchanged(w.centre, write("cut.tyt", Arrays.copyOf(good, good.length - 100))));
            byte[] appended = Arrays.copyOf(good, good.length + 3);
            assertEquals(PackageRefusal.Reason.APPENDED, refusedAndUnchanged(w.centre, write("more.tyt", appended)));
            assertEquals(PackageRefusal.Reason.NOT_A_PACKAGE,
                    refusedAndUnchanged(w.centre, write("notes.tyt", "Sổ tiêm chủng".getBytes())));

            assertEquals(ImportOutcome.Status.IMPORTED, w.centre.sync().importFile(write("good.tyt", good)).status(),
                    "the unchanged file still imports");
        }
    }

    @Test
    void aPackageMeantForAnotherCentreIsSkippedAndOneSignedByAnotherCentresStationIsRefused() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            Services[] other = SyncWorld.otherCentreAndStation(dir);
            try (Services centre106 = other[0]; Services thenSin = other[1]) {
                Path forOther = thenSin.sync().export(dir.resolve("usb106"));
                Map<String, ?> before = SyncWorld.snapshot(w.centre);
                ImportOutcome skipped = w.centre.sync().importFile(forOther);
                assertEquals(ImportOutcome.Status.SKIPPED, skipped.status(), "for Tam Đường, not an error at Than Uyên");
                assertEquals(PackageRefusal.Reason.FOR_CENTRE, skipped.refusal().reason());
                assertEquals("File " + forOther.getFileName() + ": skipped — this is a package for the Tam Đường (106) "
                        + "health centre; only that centre can import it. Nothing changed.",
                        skipped.refusal().describe(Messages.forLanguage("en")));
                assertEquals(before, SyncWorld.snapshot(w.centre), "nothing changed at the centre");

                // Thèn Sin's key, but sealed for Than Uyên: a station of another centre
                byte[] sealed = PackageCrypto.sealForReceiver("x".getBytes(), SyncWorld.identityOf(thenSin),
                        SyncWorld.identityOf(w.centre).certificate());
                assertEquals(PackageRefusal.Reason.OTHER_CENTRE, refusedAndUnchanged(w.centre, write("03394.tyt", sealed)));
            }
        }
    }

    @Test
    void aStationWhoseKeyTheCentreDoesNotKnowIsRefused() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            w.centre.sync().enrol(TestStation.MUONG_KIM, dir.resolve("again")); // a new key: the old one is unknown
            assertEquals(PackageRefusal.Reason.UNKNOWN_STATION, refusedAndUnchanged(w.centre, w.export()));
        }
    }

    @Test
    void aPackageOfANewerFormatIsRefusedNamingTheVersionNeeded() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            Manifest newer = new Manifest(Manifest.FORMAT_VERSION + 1, UUID.randomUUID(), PackageKind.DATA,
                    TestStation.MUONG_KIM, SyncWorld.CENTRE, 1, OffsetDateTime.parse("2026-11-22T10:00:00+07:00"),
                    "9.0", "99", 0, 1, 0, List.of(), List.of(), Map.of());
            byte[] sealed = PackageCrypto.sealForReceiver(PackageZip.write(newer, Map.of()),
                    SyncWorld.identityOf(w.station), SyncWorld.identityOf(w.centre).certificate());
            Path file = write("newer.tyt", sealed);
            assertEquals(PackageRefusal.Reason.NEWER_FORMAT, refusedAndUnchanged(w.centre, file));
            String sentence = w.centre.sync().importFile(file).refusal().describe(Messages.forLanguage("en"));
            assertTrue(sentence.contains("format version " + (Manifest.FORMAT_VERSION + 1)), sentence);
        }
    }

    @Test
    void aWrongEnrolmentCodeOpensNothing() {
        Services centre = TestStation.centre(dir.resolve("c"));
        try (centre; Services fresh = vn.tramyte.testing.TestStation.open(dir.resolve("s"))) {
            SyncService.Enrolment e = centre.sync().enrol(TestStation.MUONG_KIM, dir.resolve("e"));
            PackageRefusal r = org.junit.jupiter.api.Assertions.assertThrows(PackageRefusal.class,
                    () -> fresh.sync().setUpFromEnrolment(e.file(), "0000-0000-0000-0000", null));
            assertEquals(PackageRefusal.Reason.WRONG_CODE, r.reason());
            assertTrue(fresh.places().installation().isEmpty(), "nothing set up");
        }
    }

    /** A data package of Mường Kim made by a newer program: one table file as given. */
    private Path fromNewerProgram(SyncWorld w, String name, Manifest.TableEntry table, String rows) throws Exception {
        Manifest m = new Manifest(Manifest.FORMAT_VERSION, UUID.randomUUID(), PackageKind.DATA, TestStation.MUONG_KIM,
                SyncWorld.CENTRE, 1, OffsetDateTime.parse("2026-11-22T10:00:00+07:00"), "0.9.0", "12", 0, 5, 0,
                List.of(table), List.of(), Map.of());
        byte[] sealed = PackageCrypto.sealForReceiver(PackageZip.write(m, Map.of(table.file(),
                rows.getBytes(java.nio.charset.StandardCharsets.UTF_8))), SyncWorld.identityOf(w.station),
                SyncWorld.identityOf(w.centre).certificate());
        return write(name, sealed);
    }

    @Test
    void dataANewerProgramHasAndThisOneCannotKeepRefuseThePackageUntilThisOneIsUpdated() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            List<String> person = new java.util.ArrayList<>(new SyncRepository().columns("person"));
            person.add("nickname");
            Path newColumn = fromNewerProgram(w, "new-column.tyt", new Manifest.TableEntry("person", "person.jsonl", 1,
                    person), "{}\n");
            assertEquals(PackageRefusal.Reason.NEWER_SCHEMA, refusedAndUnchanged(w.centre, newColumn));
            String sentence = w.centre.sync().importFile(newColumn).refusal().describe(Messages.forLanguage("vi"));
            assertTrue(sentence.contains("bảng person; máy gửi dùng cơ sở dữ liệu phiên bản 12"), sentence);

            Path newTable = fromNewerProgram(w, "new-table.tyt", new Manifest.TableEntry("growth_velocity",
                    "growth_velocity.jsonl", 2, List.of("id", "station_code", "origin_seq")), "{}\n{}\n");
            assertEquals(PackageRefusal.Reason.NEWER_SCHEMA, refusedAndUnchanged(w.centre, newTable));

            Path emptyNewTable = fromNewerProgram(w, "empty-new-table.tyt", new Manifest.TableEntry("growth_velocity",
                    "growth_velocity.jsonl", 0, List.of("id", "station_code", "origin_seq")), "");
            ImportOutcome o = w.centre.sync().importFile(emptyNewTable);
            assertEquals(ImportOutcome.Status.IMPORTED, o.status(), "an empty table of a newer program loses nothing");
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve("bad").resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, bytes);
        return f;
    }
}
