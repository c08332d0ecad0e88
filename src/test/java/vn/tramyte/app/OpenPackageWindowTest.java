package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.sync.StationSyncStatus;
import vn.tramyte.sync.SyncService;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/**
 * A package double-clicked in the file manager (the installer associates .tyt files with the
 * program, which then receives the file as its only argument): the window opens on the sync page
 * and imports it, or, on a computer not yet set up, offers to set up from it.
 */
class OpenPackageWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void atACentreTheStationsPackageIsImportedOnTheSyncPage() throws Exception {
        Path centre = dir.resolve("centre");
        Path pkg;
        try (Services c = TestStation.centre(centre); Services muongKim = TestStation.station(dir.resolve("muongkim"))) {
            SyncService.Enrolment e = c.sync().enrol(TestStation.MUONG_KIM, dir.resolve("enrol"));
            muongKim.sync().setUpFromEnrolment(e.file(), e.code(), null);
            muongKim.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft(), "Bản Mường");
            pkg = muongKim.sync().export(dir.resolve("usb"));
        }

        startWindow(new AppConfig(centre, "vi", TestClock.fixed(), pkg));
        Label result = waitFor("#syncResult");
        waitUntil(() -> result.getText().contains("Người dân: mới 1"));
        assertTrue(result.getText().contains(pkg.getFileName().toString()), result.getText());
        ToggleButton nav = lookup("#nav-sync").query();
        assertTrue(nav.isSelected(), "the navigation shows the sync page as the open one");
        TableView<StationSyncStatus> stations = lookup("#syncStations").query();
        waitUntil(() -> stations.getItems().stream()
                .anyMatch(s -> s.stationCode().equals(TestStation.MUONG_KIM) && s.lastPackageNo() == 1));
        stopWindow();
        try (Services c = TestStation.open(centre)) {
            assertEquals(1, c.sync().received().size(), "imported once, when the window opened");
        }
    }

    @Test
    void onANewComputerTheCentresEnrolmentFileIsOfferedToSetUpFrom() throws Exception {
        SyncService.Enrolment enrolment;
        try (Services c = TestStation.centre(dir.resolve("centre"))) {
            enrolment = c.sync().enrol(TestStation.MUONG_KIM, dir.resolve("enrol"));
        }

        startWindow(new AppConfig(dir.resolve("new"), "vi", TestClock.fixed(), enrolment.file()));
        Label file = waitFor("#enrolmentFile");
        waitUntil(() -> file.getText().equals(enrolment.file().getFileName().toString()));
        // the screen scrolls to the enrolment and the cursor waits in the code's field
        javafx.scene.control.TextField code = lookup("#enrolmentCode").query();
        waitUntil(code::isFocused);
        write(enrolment.code());
        javafx.scene.control.Button start = lookup("#enrolmentStart").query();
        waitUntil(() -> !start.isDisabled());
        clickOn(start);
        // enrolled: nobody can log in yet, so the first administrator is made next
        typeFirstAdministrator("Lò Thị Hương", "#fullNameField", "#loginName", "#password", "#passwordAgain");
        clickOn("#loginButton");
        dismissRecoveryCode();
        Label place = waitFor("#placeName");
        assertTrue(place.getText().contains("Mường Kim"), place.getText());
    }
}
