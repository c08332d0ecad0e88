package vn.tramyte.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.app.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.sync.StationSyncStatus;
import vn.tramyte.sync.SyncService;
import vn.tramyte.testing.TestStation;

class SyncViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theStationExportsAndTheCentreImportsAFolderAndShowsTheStationsLine() throws Exception {
        try (Services centre = TestStation.centre(dir.resolve("c")); Services station = TestStation.station(dir.resolve("s"))) {
            SyncService.Enrolment e = centre.sync().enrol(TestStation.MUONG_KIM, dir.resolve("e"));
            station.sync().setUpFromEnrolment(e.file(), e.code(), null);
            station.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Thị Hoa", Sex.FEMALE,
                    LocalDate.of(1996, 3, 8), false, "03", null, null, null, null, null));
            Messages vi = Messages.forLanguage("vi");

            SyncViewModel atStation = new SyncViewModel(station.sync(), station.people(), station.places(), TaskRunner.synchronous(), vi, false);
            atStation.refresh();
            assertTrue(atStation.summaryProperty().get().contains("Bản ghi chờ gửi: 1"), atStation.summaryProperty().get());
            atStation.exportTo(dir.resolve("usb"));
            assertFalse(atStation.failedProperty().get(), atStation.resultProperty().get());
            assertTrue(atStation.resultProperty().get().startsWith("Đã xuất gói"), atStation.resultProperty().get());

            Files.writeString(dir.resolve("usb").resolve("ghi-chu.tyt"), "không phải gói");
            SyncViewModel atCentre = new SyncViewModel(centre.sync(), centre.people(), centre.places(), TaskRunner.synchronous(), vi, true);
            atCentre.importPaths(List.of(dir.resolve("usb")));
            assertTrue(atCentre.failedProperty().get(), "one file of the folder was refused");
            assertTrue(atCentre.resultProperty().get().contains("đã nhập gói số 1 của 03637"), atCentre.resultProperty().get());
            assertTrue(atCentre.resultProperty().get().contains("ghi-chu.tyt: không nhập"), atCentre.resultProperty().get());
            StationSyncStatus line = atCentre.stations().stream()
                    .filter(s -> s.stationCode().equals(TestStation.MUONG_KIM)).findFirst().orElseThrow();
            assertEquals(1, line.lastPackageNo());
            assertEquals(1, atCentre.received().size());
            assertEquals(12, atCentre.stations().size(), "every station of Than Uyên, enrolled or not");
        }
    }
}
