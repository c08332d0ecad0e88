package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.sync.SyncService;
import vn.tramyte.sync.ui.SyncFiles;
import vn.tramyte.sync.ui.SyncView;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/** A station set up without enrolment learns on its sync page how to enrol, and enrols there. */
class StationEnrolmentWindowTest extends WindowTest {
    @TempDir
    Path dir;
    private SyncService.Enrolment enrolment;

    @BeforeEach
    void aStationInUseAndItsCentresEnrolmentFile() {
        try (Services centre = TestStation.centre(dir.resolve("centre"));
             Services station = TestStation.station(dir.resolve("station"))) {
            station.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft(), "Bản Mường");
            enrolment = centre.sync().enrol(TestStation.MUONG_KIM, dir.resolve("enrol"));
        }
    }

    /** The chooser answers with the centre's enrolment file, as a user picking it would. */
    private final class Answers implements SyncFiles {
        @Override
        public List<Path> packages(Window owner, String title, String filterName) {
            return List.of(enrolment.file());
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            return Optional.of(dir.resolve("usb"));
        }

        @Override
        public Optional<Path> savePdf(Window owner, String title, String fileName) {
            return Optional.empty();
        }
    }

    @Test
    void theSyncPageOffersToEnrolAndTheStationKeepsItsRecords() throws Exception {
        startWindow(dir.resolve("station"), "vi");
        clickOn((Node) waitFor("#nav-sync"));
        SyncView.useFiles(waitFor("#syncPage"), new Answers());
        Node box = waitFor("#syncEnrol");
        waitUntil(box::isVisible);
        Button export = lookup("#syncExport").queryButton();
        assertTrue(export.isDisabled(), "nothing can be sent before enrolment");

        clickOn("#syncEnrolChoose");
        Label file = lookup("#syncEnrolFile").query();
        waitUntil(() -> file.getText().equals(enrolment.file().getFileName().toString()));
        clickOn("#syncEnrolCode").write(enrolment.code());
        clickOn("#syncEnrolStart");
        Label result = lookup("#syncResult").query();
        waitUntil(() -> result.getText().startsWith("Đã đăng ký đồng bộ với trung tâm 110."));
        waitUntil(() -> !box.isVisible());
        assertTrue(!export.isDisabled());
        Label summary = lookup("#syncSummary").query();
        waitUntil(() -> summary.getText().contains("Bản ghi chờ gửi: 2"));
        stopWindow();
        try (Services station = TestStation.open(dir.resolve("station"))) {
            assertEquals(1, station.people().all().size());
            assertTrue(station.sync().ownStatus().enrolled());
        }
    }
}
