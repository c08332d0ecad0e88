package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import vn.tramyte.common.Messages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;
import vn.tramyte.testing.TestClock;

/**
 * A USB stick brought to the centre with several stations' packages, a damaged copy and other
 * files: the folder is imported package by package, each in its own transaction, so a bad one
 * stops nothing else.
 */
class SyncUsbStickTest {
    @TempDir
    Path dir;

    @Test
    void aFolderWithTwoStationsPackagesADamagedOneAndOtherFilesImportsEachOnItsOwn() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir);
             Services taGia = vn.tramyte.testing.TestStation.open(dir.resolve("tagia"))) {
            taGia.setup().setUp(Mode.STATION, CodeList.Y2024, "03640", vn.tramyte.testing.TestStation.admin("Lường Thị Xuân"));
            SyncService.Enrolment e = w.centre.sync().enrol("03640", dir.resolve("enrol"));
            taGia.sync().setUpFromEnrolment(e.file(), e.code(), null);

            Path stick = dir.resolve("usb-stick");
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            w.station.sync().export(stick);
            Path fromTaGia = taGia.sync().export(stick);
            byte[] damaged = Files.readAllBytes(fromTaGia);
            damaged[damaged.length / 3] ^= 0x01;
            Files.write(stick.resolve("03640-TaGia-2026-11-22-0001-copy.tyt"), damaged);
            Files.writeString(stick.resolve("Báo cáo tháng 11.xlsx"), "not a package");

            List<ImportOutcome> outcomes = w.centre.sync().importPaths(List.of(stick));
            assertEquals(3, outcomes.size(), "only the .tyt files are packages: " + outcomes);
            assertEquals(2, outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count(),
                    outcomes.toString());
            ImportOutcome refused = outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.REFUSED)
                    .findFirst().orElseThrow();
            assertEquals(PackageRefusal.Reason.CHANGED, refused.refusal().reason());
            assertTrue(refused.file().getFileName().toString().endsWith("-copy.tyt"));
            assertEquals(List.of("03637", "03640"), w.centre.sync().stationStatus().stream()
                    .filter(s -> s.lastPackageNo() == 1).map(StationSyncStatus::stationCode).sorted().toList());

            // the same stick again: every package is already received, the damaged copy still refused
            List<ImportOutcome> again = w.centre.sync().importPaths(List.of(stick));
            assertEquals(2, again.stream().filter(o -> o.status() == ImportOutcome.Status.ALREADY_RECEIVED).count());
            assertEquals(1, again.stream().filter(o -> o.status() == ImportOutcome.Status.REFUSED).count());
        }
    }

    /** Each file's name and what became of it, in the order they were handled. */
    private static Map<String, ImportOutcome> byName(List<ImportOutcome> outcomes) {
        Map<String, ImportOutcome> map = new TreeMap<>();
        outcomes.forEach(o -> map.put(o.file().getFileName().toString(), o));
        return map;
    }

    @Test
    void aStationImportsItsOwnFeedbackFromAStickSharedByStationsAndSaysWhyItSkipsEveryOtherFile() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir);
             Services taGia = vn.tramyte.testing.TestStation.open(dir.resolve("tagia"))) {
            taGia.setup().setUp(Mode.STATION, CodeList.Y2024, "03640", vn.tramyte.testing.TestStation.admin("Lường Thị Xuân"));
            SyncService.Enrolment e = w.centre.sync().enrol("03640", dir.resolve("enrol"));
            taGia.sync().setUpFromEnrolment(e.file(), e.code(), null);

            // the stick went round: both stations' data, the centre's feedback for each, an enrolment file, a folder
            Path stick = dir.resolve("usb-stick");
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            Path ownData = w.station.sync().export(stick);
            Path taGiaData = taGia.sync().export(stick);
            w.centre.sync().importPaths(List.of(stick));
            List<Path> feedback = w.centre.sync().feedback(stick);
            Files.copy(e.file(), stick.resolve(e.file().getFileName()));
            Files.createDirectories(stick.resolve("zz.tyt"));
            Path own = feedback.stream().filter(f -> f.getFileName().toString().contains("-03637-")).findFirst().orElseThrow();
            Path forTaGia = feedback.stream().filter(f -> f.getFileName().toString().contains("-03640-")).findFirst()
                    .orElseThrow();
            Map<String, ?> taGiaBefore = SyncWorld.snapshot(taGia);

            List<ImportOutcome> told = new ArrayList<>();
            w.station.sync().importPaths(List.of(stick), told::add);
            Map<String, ImportOutcome> outcomes = byName(told);
            assertEquals(6, outcomes.size(), "every file is reported: " + told);
            assertEquals(ImportOutcome.Status.IMPORTED, outcomes.get(own.getFileName().toString()).status());
            assertTrue(told.stream().noneMatch(o -> o.status() == ImportOutcome.Status.REFUSED), told.toString());

            Messages en = Messages.forLanguage("en");
            assertEquals("File " + forTaGia.getFileName() + ": skipped — this package is for the Tà Gia (03640) health "
                    + "station, not for this computer. Nothing changed.",
                    outcomes.get(forTaGia.getFileName().toString()).refusal().describe(en));
            for (Path data : List.of(ownData, taGiaData)) {
                ImportOutcome o = outcomes.get(data.getFileName().toString());
                assertEquals(ImportOutcome.Status.SKIPPED, o.status(), data.toString());
                assertEquals("File " + data.getFileName() + ": skipped — this is a package for the Than Uyên (110) "
                        + "health centre; only that centre can import it. Nothing changed.", o.refusal().describe(en));
            }
            ImportOutcome enrolment = outcomes.get(e.file().getFileName().toString());
            assertEquals(PackageRefusal.Reason.ENROLMENT_FILE, enrolment.refusal().reason());
            assertEquals(ImportOutcome.Status.SKIPPED, enrolment.status());
            assertEquals(PackageRefusal.Reason.FOLDER, outcomes.get("zz.tyt").refusal().reason());
            assertEquals(ImportOutcome.Status.SKIPPED, outcomes.get("zz.tyt").status());
            assertTrue(outcomes.get("zz.tyt").refusal().describe(Messages.forLanguage("vi"))
                    .startsWith("zz.tyt: bỏ qua — đây là một thư mục"));

            assertEquals(taGiaBefore, SyncWorld.snapshot(taGia), "Tà Gia's own folder is not touched");
            // Tà Gia, on its turn, imports its own feedback from the same stick
            List<ImportOutcome> atTaGia = taGia.sync().importPaths(List.of(stick));
            assertEquals(1, atTaGia.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED).count(),
                    atTaGia.toString());
            assertEquals(forTaGia.getFileName(), atTaGia.stream().filter(o -> o.status() == ImportOutcome.Status.IMPORTED)
                    .findFirst().orElseThrow().file().getFileName());
        }
    }

    @Test
    void aFolderNamedLikeAPackageOrAMissingFileHidesNothingThatWasImported() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            Path stick = dir.resolve("usb-stick");
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            Files.move(w.station.sync().export(stick), stick.resolve("good.tyt"));
            Files.createDirectories(stick.resolve("zz.tyt"));
            Path missing = dir.resolve("E").resolve("03637-MuongKim-2026-11-22-0002.tyt");

            List<ImportOutcome> outcomes = w.centre.sync().importPaths(List.of(stick, missing));
            assertEquals(List.of("good.tyt", "zz.tyt", missing.getFileName().toString()),
                    outcomes.stream().map(o -> o.file().getFileName().toString()).toList());
            assertEquals(List.of(ImportOutcome.Status.IMPORTED, ImportOutcome.Status.SKIPPED, ImportOutcome.Status.REFUSED),
                    outcomes.stream().map(ImportOutcome::status).toList());
            assertEquals("File " + missing.getFileName() + ": there is no such file in " + missing.getParent()
                    + ". Check the file name and that the USB stick is plugged in.",
                    outcomes.get(2).refusal().describe(Messages.forLanguage("en")));
            assertEquals(1, w.centre.sync().stationStatus().stream().filter(s -> s.lastPackageNo() == 1).count());
        }
    }
}
