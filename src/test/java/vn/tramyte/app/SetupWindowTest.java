package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.place.Place;

class SetupWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void aNewStationIsSetUpThroughTheSetupScreenWithItsAdministratorWhoLogsInNextTime() throws Exception {
        startWindow(dir, "vi");
        waitFor("#placeFilter");
        clickOn("#placeFilter").write("muong kim");
        ListView<Place> places = lookup("#placeList").query();
        waitUntil(() -> places.getItems().size() == 1);
        clickOn("03637 – Xã Mường Kim");
        typeFirstAdministrator("Lò Thị Hương", "#firstUser", "#firstLogin", "#firstPassword", "#firstPasswordAgain");
        scrollAndClick("#startButton");

        // the recovery code, once; then the main window, logged in as the new administrator
        assertTrue(dismissRecoveryCode().matches("[2-9A-Z]{5}(-[2-9A-Z]{5}){4}"));
        Label place = waitFor("#placeName");
        assertTrue(place.getText().contains("Mường Kim"), place.getText());
        Label status = lookup("#statusPlace").query();
        assertTrue(status.getText().startsWith("Trạm y tế xã: 03637 – Xã Mường Kim"), status.getText());

        stopWindow();
        // next time: the login screen, then straight to the main window
        startWindowWithoutLogin(dir, "vi");
        waitFor("#loginButton");
        assertFalse(lookup("#startButton").tryQuery().isPresent());
        logIn(vn.tramyte.testing.TestStation.ADMIN_LOGIN, vn.tramyte.testing.TestStation.PASSWORD);
        Label again = waitFor("#placeName");
        assertEquals("Trạm Y tế Mường Kim", again.getText());
        assertFalse(lookup("#startButton").tryQuery().isPresent());
    }

    @Test
    void startingWithoutAPlaceSaysWhatToDo() throws Exception {
        startWindow(dir, "en");
        waitFor("#placeFilter");
        typeFirstAdministrator("Lò Thị Hương", "#firstUser", "#firstLogin", "#firstPassword", "#firstPasswordAgain");
        scrollAndClick("#startButton");
        Label error = lookup("#setupError").query();
        waitUntil(() -> !error.getText().isEmpty());
        assertEquals("Choose the commune station in the list (type the commune's name to search).", error.getText());
        assertFalse(lookup("#placeName").tryQuery().isPresent());
    }
}
