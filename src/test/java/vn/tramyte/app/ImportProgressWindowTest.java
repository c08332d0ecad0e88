package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.importer.ui.CsvImportButton;
import vn.tramyte.importer.ui.CsvImportViewModel;
import vn.tramyte.testing.TestStation;

/**
 * Issue 12: while an import runs, the People page's toolbar shows how far it has come and a button that
 * stops it, in the user's words, uncut at 1366x768. The import's work is held until the test lets it run
 * (the files are chosen through the system's file dialog, which a test cannot drive).
 */
class ImportProgressWindowTest extends WindowTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;
    /** Another station's folder: its import service is the held work's (the window's folder is in use). */
    @TempDir
    Path other;

    @BeforeEach
    void station() throws Exception {
        TestStation.station(dir).close();
        Files.writeString(files.resolve("persons.csv"), "ref,full_name,sex,birth_date\nA1,Lò Thị Hoa,F,12/04/1998\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void theToolbarShowsTheImportsProgressAndItsStopButtonUncut() throws Exception {
        startWindow(dir, "vi");
        waitFor("#peopleTable");
        Node shown = lookup("#importCsv").query();
        assertTrue(!lookup("#importProgressBox").query().isVisible(), "no progress before an import");
        Later held = new Later();
        try (Services s = TestStation.station(other)) {
            CsvImportViewModel vm = new CsvImportViewModel(s.csvImport(), held, Messages.forLanguage("vi"),
                    TestStation.WORKER, () -> { });
            interact(() -> {
                // the page's own import control and progress line, in their places, with the held work
                CsvImportButton held2 = new CsvImportButton(vm, Messages.forLanguage("vi"));
                Node line = lookup("#importProgressBox").query();
                Pane toolbar = (Pane) shown.getParent();
                toolbar.getChildren().set(toolbar.getChildren().indexOf(shown), held2.root());
                Pane box = (Pane) line.getParent();
                box.getChildren().set(box.getChildren().indexOf(line), held2.progress());
                vm.importPaths(List.of(files), () -> { });
            });
            Label text = lookup("#importProgressText").query();
            Node box = lookup("#importProgressBox").query();
            waitUntil(() -> box.isVisible() && text.getText().equals("Đang đọc và kiểm tra các tệp…"));
            waitUntilIdle();
            interact(() -> ScreenCheck.screenshot(stage.getScene(), "import-progress"));
            assertEquals(List.of(), ScreenCheck.cutTexts(stage.getScene().getRoot()), "nothing cut at 1366x768");
            clickOn("#importStop");
            waitUntil(() -> text.getText().equals("Đang dừng… sẽ không nhập dữ liệu nào"));
            interact(() -> ScreenCheck.screenshot(stage.getScene(), "import-stopping"));
            assertEquals(List.of(), ScreenCheck.cutTexts(stage.getScene().getRoot()), "nothing cut at 1366x768");
        }
    }

    /** Holds the import's work: the test looks at the screen while it "runs". */
    private static final class Later implements TaskRunner {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        }
    }
}
