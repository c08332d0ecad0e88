package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.Role;
import vn.tramyte.testing.MovableClock;
import vn.tramyte.testing.TestStation;

/** The login screen, the idle lock and the pages a role sees (issue 13), in the real window. */
class LoginWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void aWrongPasswordIsSaidOnTheScreenTheRightOneOpensTheMainWindow() throws Exception {
        try (var s = TestStation.station(dir)) {
            s.users().add(new NewUser("Tòng Thị Mai", "mai", Role.STATION_STAFF, "mat-khau-mai".toCharArray()));
        }
        startWindowWithoutLogin(dir, "vi");
        Label title = waitFor("#loginTitle");
        assertEquals("Đăng nhập", title.getText());
        assertFalse(lookup("#demoLogins").tryQuery().isPresent(), "documented users are shown for a demo only");
        logIn("mai", "sai-mat-khau");
        Label error = lookup("#loginError").query();
        waitUntil(() -> !error.getText().isEmpty());
        assertTrue(error.getText().startsWith("Tên đăng nhập hoặc mật khẩu không đúng"), error.getText());
        assertFalse(lookup("#placeName").tryQuery().isPresent());

        logIn("mai", "mat-khau-mai");
        waitFor("#placeName");
        javafx.scene.control.Labeled account = lookup("#accountMenu").query();
        assertEquals("Tòng Thị Mai · Nhân viên trạm", account.getText());
        // a station's staff records; the sync and users pages are not theirs
        assertTrue(lookup("#nav-people").tryQuery().isPresent());
        assertFalse(lookup("#nav-sync").tryQuery().isPresent());
        assertFalse(lookup("#nav-users").tryQuery().isPresent());
    }

    @Test
    void afterFifteenIdleMinutesTheWindowLocksAndAsksForThePasswordAgain() throws Exception {
        TestStation.station(dir).close();
        MovableClock clock = new MovableClock();
        startWindow(new AppConfig(dir, "en", clock));
        waitFor("#placeName");
        clock.advance(Duration.ofMinutes(14));
        interact(() -> app().checkIdleLock());
        assertTrue(lookup("#placeName").tryQuery().isPresent(), "not yet");
        clock.advance(Duration.ofMinutes(1));
        interact(() -> app().checkIdleLock());
        Label info = waitFor("#loginInfo");
        assertEquals("The window locked itself after 15 idle minutes. Type the password to go on.", info.getText());
        TextField login = lookup("#loginName").query();
        assertEquals(TestStation.ADMIN_LOGIN, login.getText());
        assertFalse(lookup("#placeName").tryQuery().isPresent());
        logIn(TestStation.ADMIN_LOGIN, TestStation.PASSWORD);
        waitFor("#placeName");
    }

    @Test
    void anAdministratorAddsAUserOnTheUsersPage() throws Exception {
        TestStation.station(dir).close();
        startWindow(dir, "vi");
        clickOn("#nav-users");
        javafx.scene.control.TableView<?> table = waitFor("#usersTable");
        waitUntil(() -> table.getItems().size() == 1);
        TextField name = lookup("#newUserFullName").query();
        interact(() -> name.setText("Tòng Thị Mai"));
        clickOn("#newUserLogin").write("mai");
        clickOn("#newUserPassword").write("mat-khau-mai");
        clickOn("#newUserPasswordAgain").write("mat-khau-mai");
        clickOn("#addUser");
        waitUntil(() -> table.getItems().size() == 2);
        Label info = lookup("#usersInfo").query();
        assertEquals("Đã thêm Tòng Thị Mai (tên đăng nhập mai).", info.getText());
    }

    @Test
    void aDemoDatabaseShowsItsDocumentedUsersOnTheLoginScreen() throws Exception {
        try (var s = vn.tramyte.app.Services.open(dir, vn.tramyte.testing.TestClock.fixed())) {
            s.demo().create(vn.tramyte.demo.DemoService.STATION_DEMO);
        }
        startWindowWithoutLogin(dir, "vi");
        javafx.scene.layout.VBox demo = waitFor("#demoLogins");
        String shown = demo.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + "\n" + b);
        assertTrue(shown.contains("nhanvien – Tòng Thị Mai (Nhân viên trạm)"), shown);
        assertTrue(shown.contains("Mật khẩu của mọi người dùng mẫu: demo-tramyte"), shown);
        logIn("nhanvien", "demo-tramyte");
        waitFor("#placeName");
    }
}
