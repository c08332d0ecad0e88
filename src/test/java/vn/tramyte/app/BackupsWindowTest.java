package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.backup.ui.BackupFiles;
import vn.tramyte.backup.ui.BackupsView;
import vn.tramyte.db.Backups;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/**
 * Issue 13: the backups page lists the backups, backs up now, copies to a USB stick and restores
 * after asking what the backup holds; the window comes back on the restored records.
 */
class BackupsWindowTest extends WindowTest {
    @TempDir
    Path dir;
    private Path station;
    private Path twoPeople;
    private Path chosen;

    /** The choosers answer with real paths, as a user picking them would. */
    private final class Answers implements BackupFiles {
        @Override
        public Optional<Path> backup(Window owner, String title, String filterName, Path startIn) {
            return Optional.of(chosen);
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            return Optional.of(dir.resolve("USB"));
        }
    }

    /** A station whose day's backup holds two people; a third was registered after it. */
    @BeforeEach
    void aStationWithABackupAndARecordMadeSince() throws Exception {
        station = dir.resolve("station");
        try (Services s = TestStation.station(station)) {
            s.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft(), "Bản Mường");
            s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Khánh", Sex.MALE,
                    LocalDate.of(2025, 9, 3), false, "03", s.places().ownVillages().get(0).id(), null, null, null,
                    null));
        }
        twoPeople = Backups.newest(station).orElseThrow();
        try (Services s = TestStation.open(station)) {
            s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Thị Mai", Sex.FEMALE,
                    LocalDate.of(2000, 1, 2), false, "03", s.places().ownVillages().get(0).id(), null, null, null,
                    null));
        }
        Files.createDirectories(dir.resolve("USB"));
    }

    @Test
    void backUpNowToUsbAndRestoreAfterTheQuestion() throws Exception {
        startWindow(station, "en");
        resizeWindow(1366, 768);
        clickOn((Node) waitFor("#nav-backups"));
        BackupsView.useFiles(waitFor("#backupsPage"), new Answers());
        TableView<?> list = waitFor("#backupList");
        waitUntil(() -> list.getItems().size() == 1);

        clickOn("#backupNow");
        Label message = lookup("#backupMessage").query();
        waitUntil(() -> message.getText().startsWith("Backup written and checked: " + Backups.folder(station)));
        waitUntil(() -> list.getItems().size() == 2);

        clickOn("#backupToUsb");
        waitUntil(() -> message.getText().startsWith("The newest backup is copied to " + dir.resolve("USB")));
        try (var onStick = Files.list(dir.resolve("USB"))) {
            assertEquals(1, onStick.filter(f -> f.getFileName().toString().endsWith(".zip")).count());
        }

        chosen = twoPeople;
        clickOn("#backupRestore");
        DialogPane question = waitFor("#backupConfirm");
        String asked = question.getContentText();
        assertTrue(asked.startsWith("Backup of 22/11/2026 10:00: 2 people, 0 vaccine doses"), asked);
        assertTrue(asked.contains("Restore this backup?"), asked);
        assertTrue(asked.contains("Those already sent to the centre in a package are safe"), asked);
        waitUntilIdle();
        interact(() -> ScreenCheck.screenshot(question.getScene(), "backups-restore-question"));
        assertEquals(java.util.List.of(), ScreenCheck.cutTexts(question), "the question is shown whole");
        clickOn("#backupConfirmYes");
        // the restored database may hold other users than the one that was open: everyone logs in again
        logIn(TestStation.ADMIN_LOGIN, TestStation.PASSWORD);

        Label restored = waitFor("#backupMessage");
        waitUntil(() -> lookup("#backupMessage").queryLabeled().getText()
                .startsWith("The backup of 22/11/2026 10:00 is restored."));
        waitUntilIdle();
        interact(() -> ScreenCheck.screenshot(stage.getScene(), "backups-restored"));
        stopWindow();
        try (Services s = TestStation.open(station)) {
            assertEquals(2, s.database().tableCounts().get("person"), "Lò Thị Mai, registered after it, is gone");
        }
        assertTrue(restored != null);
    }

    @Test
    void aFileThatIsNotABackupIsRefusedWithASentenceAndNothingIsAsked() throws Exception {
        chosen = Files.writeString(dir.resolve("ghi-chu.zip"), "Sổ tiêm chủng tháng 11, bản Mường");
        startWindow(station, "en");
        clickOn((Node) waitFor("#nav-backups"));
        BackupsView.useFiles(waitFor("#backupsPage"), new Answers());
        clickOn("#backupRestore");
        Label message = lookup("#backupMessage").query();
        waitUntil(() -> message.getText().equals("The file " + chosen + " is damaged or is not a TramYTe backup, so "
                + "it cannot be restored. Nothing was changed. Choose another backup (the list shows them, newest "
                + "first)."));
        assertTrue(lookup("#backupConfirm").tryQuery().isEmpty(), "no question is asked");
        stopWindow();
        try (Services s = TestStation.open(station)) {
            assertEquals(3, s.database().tableCounts().get("person"));
        }
    }

    @Test
    void aDamagedDatabaseIsRestoredFromTheNewestBackupRightWhereItIsSaid() throws Exception {
        Path live = station.resolve("tramyte.mv.db");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(live.toFile(), "rw")) {
            byte[] garbage = "Mất điện giữa chừng ".repeat(1024).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            raf.seek(0);
            raf.write(garbage, 0, 16_384);
            raf.seek(raf.length() - 8192);
            raf.write(garbage, 0, 8192);
        }
        startWindow(station, "vi");
        resizeWindow(1366, 768);
        javafx.scene.control.TextArea said = waitFor("#cannotOpenReason");
        assertTrue(said.getText().contains("bị hỏng") && said.getText().contains(twoPeople.toString()), said.getText());
        interact(() -> ScreenCheck.screenshot(stage.getScene(), "backups-damaged"));
        clickOn("#cannotOpenRestore");
        DialogPane question = waitFor("#backupConfirm");
        assertTrue(question.getContentText().startsWith("Bản sao lưu lúc 22/11/2026 10:00: 2 người"),
                question.getContentText());
        clickOn("#backupConfirmYes");
        // the restored database may hold other users than the one that was open: everyone logs in again
        logIn(TestStation.ADMIN_LOGIN, TestStation.PASSWORD);
        waitUntil(() -> lookup("#backupMessage").tryQuery().isPresent()
                && lookup("#backupMessage").queryLabeled().getText().startsWith("Đã khôi phục bản sao lưu lúc 22/11/2026 10:00."));
        waitUntilIdle();
        stopWindow();
        try (Services s = TestStation.open(station)) {
            assertEquals(2, s.database().tableCounts().get("person"));
        }
    }
}
