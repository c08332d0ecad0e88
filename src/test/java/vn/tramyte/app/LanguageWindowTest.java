package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void vietnameseByDefaultAndTheChosenLanguageIsRemembered() throws Exception {
        startWindow(dir, null);
        Button start = waitFor("#startButton");
        assertEquals("Bắt đầu", start.getText());
        ComboBox<String> language = lookup("#language").query();
        interact(() -> language.setValue("en"));
        waitUntil(() -> lookup("#startButton").<Button>query().getText().equals("Start"));

        stopWindow();
        startWindow(dir, null);
        Button again = waitFor("#startButton");
        waitUntil(() -> again.getText().equals("Start"));
        assertEquals("Open the demo", lookup("#demoButton").<Button>query().getText());
    }
}
