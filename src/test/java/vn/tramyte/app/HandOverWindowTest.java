package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.reliability.ChildProcess;
import vn.tramyte.sync.SyncService;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/**
 * A package double-clicked while the program is already open (issue 15): the second program, started
 * by the file manager on the package, hands it to the open window and ends; the window imports it on
 * its sync page. The second program is the real one (vn.tramyte.Main) in a process of its own.
 */
class HandOverWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void aSecondDoubleClickIsImportedByTheOpenWindowAndTheSecondProgramEnds() throws Exception {
        Path centre = dir.resolve("centre");
        Path pkg;
        try (Services c = TestStation.centre(centre); Services muongKim = TestStation.station(dir.resolve("muongkim"))) {
            SyncService.Enrolment e = c.sync().enrol(TestStation.MUONG_KIM, dir.resolve("enrol"));
            muongKim.sync().setUpFromEnrolment(e.file(), e.code(), null);
            muongKim.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft(), "Bản Mường");
            pkg = muongKim.sync().export(dir.resolve("usb"));
        }
        startWindow(centre, "vi");
        waitFor("#placeName");
        ToggleButton nav = lookup("#nav-sync").query();
        assertTrue(!nav.isSelected(), "the window is on another page before");

        try (ChildProcess second = ChildProcess.start(vn.tramyte.Main.class, pkg.toString(), "--data-dir",
                centre.toString(), "--lang", "vi")) {
            assertEquals(0, second.exitCode(), "the second program ends at once: " + second.printed());
        }
        Label result = waitFor("#syncResult");
        waitUntil(() -> result.getText().contains("Người dân: mới 1"));
        assertTrue(result.getText().contains(pkg.getFileName().toString()), result.getText());
        assertTrue(nav.isSelected(), "the window shows the sync page");
        stopWindow();
        try (Services c = TestStation.open(centre)) {
            assertEquals(1, c.sync().received().size(), "imported once, by the open window");
        }
    }

    @Test
    void aPackageHandedOverBeforeTheLoginIsImportedAfterIt() throws Exception {
        Path centre = dir.resolve("centre");
        Path pkg;
        try (Services c = TestStation.centre(centre); Services muongKim = TestStation.station(dir.resolve("muongkim"))) {
            SyncService.Enrolment e = c.sync().enrol(TestStation.MUONG_KIM, dir.resolve("enrol"));
            muongKim.sync().setUpFromEnrolment(e.file(), e.code(), null);
            muongKim.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft(), "Bản Mường");
            pkg = muongKim.sync().export(dir.resolve("usb"));
        }
        startWindowWithoutLogin(centre, "vi");
        waitFor("#loginButton");
        assertTrue(PackageHandOver.pass(centre, pkg), "the open window took the package");
        logIn(TestStation.ADMIN_LOGIN, TestStation.PASSWORD);
        Label result = waitFor("#syncResult");
        waitUntil(() -> result.getText().contains("Người dân: mới 1"));
        assertTrue(result.getText().contains(pkg.getFileName().toString()), result.getText());
    }

    /** A new installation showing its setup screen: the enrolment file double-clicked becomes the file to set up from. */
    @Test
    void anEnrolmentFileHandedOverToTheSetupScreenIsTheFileToSetUpFrom() throws Exception {
        SyncService.Enrolment e;
        try (Services c = TestStation.centre(dir.resolve("centre"))) {
            e = c.sync().enrol(TestStation.MUONG_KIM, dir.resolve("enrol"));
        }
        Path station = dir.resolve("new-station");
        startWindow(station, "vi");
        Label file = waitFor("#enrolmentFile");
        assertEquals("(chưa chọn tệp)", file.getText());
        assertTrue(PackageHandOver.pass(station, e.file()), "the open window took the file");
        waitUntil(() -> file.getText().equals(e.file().getFileName().toString()));
        // the screen scrolls to the enrolment and the cursor waits in the code's field, as after a first double-click
        javafx.scene.control.TextField code = lookup("#enrolmentCode").query();
        waitUntil(code::isFocused);
        write(e.code());
        clickOn("#enrolmentStart");
        typeFirstAdministrator("Lò Thị Hương", "#fullNameField", "#loginName", "#password", "#passwordAgain");
        clickOn("#loginButton");
        dismissRecoveryCode();
        Label place = waitFor("#placeName");
        assertTrue(place.getText().contains("Mường Kim"), place.getText());
    }
}
