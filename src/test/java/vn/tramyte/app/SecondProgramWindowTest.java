package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.reliability.ChildProcess;
import vn.tramyte.reliability.CliChild;
import vn.tramyte.reliability.HoldChild;
import vn.tramyte.testing.TestStation;

/**
 * The window and a command on the same data folder (issue 14): whichever comes second is refused
 * with a sentence and changes nothing; the window says it in its place, not in a stack trace.
 */
class SecondProgramWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void aCommandOnTheFolderOfAnOpenWindowIsRefusedAndImportsNothing() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        Path file = Files.writeString(dir.resolve("persons.csv"), "ref,full_name,sex,birth_date\n1,Lò Thị Hoa,F,1996\n");
        startWindow(station, "en");
        waitFor("#peopleTable");
        try (ChildProcess cli = ChildProcess.start(CliChild.class, "import-csv", file.toString(), "--data-dir",
                station.toString(), "--lang", "en")) {
            assertEquals(1, cli.exitCode());
            assertEquals("tramyte: The data folder " + station + " is in use by another TramYTe program. Close the "
                    + "other program and try again.", cli.printed().strip());
        }
        stopWindow();
        try (var s = TestStation.open(station)) {
            assertEquals(0, s.people().all().size(), "nothing was imported");
        }
    }

    @Test
    void aWindowOpenedOnAFolderACommandHoldsSaysSoInItsPlace() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        try (ChildProcess first = ChildProcess.start(HoldChild.class, station.toString())) {
            assertNotNull(first.waitForLine("OPEN"), first.printed());
            startWindow(station, "en");
            TextArea reason = waitFor("#cannotOpenReason");
            assertEquals("The data folder " + station + " is in use by another TramYTe program. Close the other "
                    + "program and try again.", reason.getText());
            assertTrue(lookup("#cannotOpenClose").tryQuery().isPresent());
        }
    }

    @Test
    void aDamagedDatabaseIsASentenceNamingTheBackupInThePlaceOfThePages() throws Exception {
        Path station = vn.tramyte.reliability.DamagedDatabaseTest.damagedStation(dir);
        Path backup = vn.tramyte.db.Backups.newest(station).orElseThrow();
        startWindow(station, "vi");
        TextArea reason = waitFor("#cannotOpenReason");
        assertTrue(reason.getText().startsWith("Tệp cơ sở dữ liệu " + station.resolve("tramyte.mv.db") + " bị hỏng"),
                reason.getText());
        assertTrue(reason.getText().contains(backup.toString()), reason.getText());
        assertTrue(!reason.getText().contains("90030") && !reason.getText().contains("org.h2"), reason.getText());
        assertTrue(lookup("#cannotOpenHeading").tryQuery().isPresent());
        resizeWindow(1366, 768);
        waitUntil(() -> true);
        interact(() -> {
            assertEquals(java.util.List.of(), ScreenCheck.cutTexts(stage.getScene().getRoot()), "nothing is cut");
            ScreenCheck.screenshot(stage.getScene(), "damaged-database");
        });
    }

    /** Issue 14 item 8, "in the window too": the database file locked by another program (a second JVM). */
    @Test
    void aDatabaseFileLockedByAnotherProgramIsASentenceInThePlaceOfThePages() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        Path file = station.resolve("tramyte.mv.db");
        try (ChildProcess other = ChildProcess.start(vn.tramyte.reliability.ForeignLockChild.class, file.toString())) {
            assertEquals("LOCKED", other.waitForLine("LOCKED"), other.printed());
            startWindow(station, "en");
            TextArea reason = waitFor("#cannotOpenReason");
            assertEquals("The database file " + file + " is locked by another program (not a TramYTe window of this "
                    + "folder: perhaps a backup program or a database tool); nothing was changed. Close that program, "
                    + "or restart the computer, and open TramYTe again.", reason.getText());
            resizeWindow(1366, 768);
            waitUntil(() -> true);
            interact(() -> {
                assertEquals(java.util.List.of(), ScreenCheck.cutTexts(stage.getScene().getRoot()), "nothing is cut");
                ScreenCheck.screenshot(stage.getScene(), "database-locked");
            });
        }
    }

    /** A data folder on a disk remounted read-only (a tmpfs; skipped where the test may not mount one). */
    @Test
    void aDataFolderOnAReadOnlyDiskIsASentenceInThePlaceOfThePages() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux")
                && "root".equals(System.getProperty("user.name")));
        Path disk = Files.createDirectories(dir.resolve("card"));
        org.junit.jupiter.api.Assumptions.assumeTrue(mount("mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs",
                disk.toString()));
        try {
            Path station = disk.resolve("station");
            TestStation.station(station).close();
            org.junit.jupiter.api.Assumptions.assumeTrue(mount("mount", "-o", "remount,ro", disk.toString()));
            startWindow(station, "vi");
            TextArea reason = waitFor("#cannotOpenReason");
            assertEquals("Thư mục dữ liệu " + station + " nằm trên ổ đĩa chỉ đọc được (thẻ nhớ hay USB đang gạt khóa, đĩa "
                    + "CD, hoặc ổ đĩa bị máy phát hiện lỗi nên khóa lại); không có gì bị thay đổi. Hãy mở khóa thẻ, hoặc "
                    + "chép thư mục sang ổ đĩa ghi được, rồi mở lại TramYTe.", reason.getText());
            resizeWindow(1366, 768);
            waitUntil(() -> true);
            interact(() -> {
                assertEquals(java.util.List.of(), ScreenCheck.cutTexts(stage.getScene().getRoot()), "nothing is cut");
                ScreenCheck.screenshot(stage.getScene(), "read-only-disk");
            });
            stopWindow();
        } finally {
            mount("umount", "-l", disk.toString());
        }
    }

    private static boolean mount(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
