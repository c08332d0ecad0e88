package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
             Services taGia = Services.open(dir.resolve("tagia"), TestClock.fixed())) {
            taGia.setup().setUp(Mode.STATION, CodeList.Y2024, "03640", "Lường Thị Xuân");
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
}
