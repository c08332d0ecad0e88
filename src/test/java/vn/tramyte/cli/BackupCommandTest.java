package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/** {@code tramyte backup [--out DIR]} and {@code tramyte restore FILE [--yes]} (issue 13). */
class BackupCommandTest {
    @TempDir
    Path dir;

    private static byte[] digest(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    private Path stationWithTwoPeople() {
        Path station = dir.resolve("station");
        try (Services s = TestStation.station(station)) {
            s.people().save(TestStation.WORKER, TestPeople.hoa().draft(), "Bản Đốc");
            s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Khánh", Sex.MALE,
                    java.time.LocalDate.of(2025, 9, 3), false, "03", s.places().ownVillages().get(0).id(), null, null,
                    null, null));
        }
        return station;
    }

    @Test
    void backupPrintsItsFileAndCountsAndCopiesToTheFolderGiven() throws Exception {
        Path station = stationWithTwoPeople();
        Path usb = Files.createDirectories(dir.resolve("USB"));
        CliTest.Run run = CliTest.run("backup", "--out", usb.toString(), "--data-dir", station.toString(), "--lang", "en");
        assertEquals(0, run.exit(), run.err());
        Matcher written = Pattern.compile("Backup written and checked: (\\S+\\.zip)").matcher(run.out());
        assertTrue(written.find(), run.out());
        Path file = Path.of(written.group(1));
        assertTrue(Files.isRegularFile(file) && file.startsWith(station.resolve("backups")), file.toString());
        Path copy = usb.resolve(file.getFileName());
        assertTrue(run.out().contains("Copied to " + copy), run.out());
        assertArrayEquals(digest(file), digest(copy));
        assertTrue(run.out().contains("Backup of 22/11/2026 10:00: 2 people, 0 vaccine doses"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  person\\s+2\\n.*"), run.out());
    }

    @Test
    void restoreWithYesPutsTheBackupBackAndSaysWhatAStationLoses() throws Exception {
        Path station = stationWithTwoPeople();
        CliTest.Run backup = CliTest.run("backup", "--data-dir", station.toString(), "--lang", "en");
        Matcher written = Pattern.compile("Backup written and checked: (\\S+\\.zip)").matcher(backup.out());
        assertTrue(written.find(), backup.out());
        try (Services s = TestStation.open(station)) {
            s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Thị Mai", Sex.FEMALE,
                    java.time.LocalDate.of(2000, 1, 2), false, "03", s.places().ownVillages().get(0).id(), null, null,
                    null, null));
        }

        CliTest.Run run = CliTest.run("restore", written.group(1), "--yes", "--data-dir", station.toString(),
                "--lang", "en");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Backup of 22/11/2026 10:00: 2 people"), run.out());
        assertTrue(run.out().contains("Records entered or changed on this computer after 22/11/2026 10:00 will no "
                + "longer be here. Those already sent to the centre in a package are safe"), run.out());
        assertTrue(run.out().contains("The backup of 22/11/2026 10:00 is restored. The records as they were just "
                + "before are kept in " + station.resolve("backups")), run.out());
        try (Services s = TestStation.open(station)) {
            assertEquals(2, s.database().tableCounts().get("person"));
        }
    }

    @Test
    void restoreWithoutYesAndNoOneToAskChangesNothing() throws Exception {
        Path station = stationWithTwoPeople();
        Path backup = vn.tramyte.db.Backups.newest(station).orElseThrow();
        byte[] before = digest(station.resolve("tramyte.mv.db"));
        CliTest.Run run = CliTest.run("restore", backup.toString(), "--data-dir", station.toString(), "--lang", "vi");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("tramyte: Chưa khôi phục gì vì không có câu trả lời."), run.err());
        assertTrue(run.out().contains("Khôi phục bản sao lưu này?"), run.out());
        assertArrayEquals(before, digest(station.resolve("tramyte.mv.db")));
    }

    @Test
    void restoreOfAFileThatIsNotABackupIsOneSentence() throws Exception {
        Path station = stationWithTwoPeople();
        Path text = Files.writeString(dir.resolve("danh-sach.txt"), "Lò Thị Hoa, Bản Đốc");
        CliTest.Run run = CliTest.run("restore", text.toString(), "--yes", "--data-dir", station.toString(),
                "--lang", "en");
        assertEquals(1, run.exit());
        assertEquals("tramyte: The file " + text + " is damaged or is not a TramYTe backup, so it cannot be restored. "
                + "Nothing was changed. Choose another backup (the list shows them, newest first).", run.err().strip());
        assertFalse(run.out().contains("restored"), run.out());
    }

    @Test
    void atACentreTheQuestionSaysWhichPackagesToImportAgain() throws Exception {
        Path centre = dir.resolve("centre");
        TestStation.centre(centre).close();
        Path backup = vn.tramyte.db.Backups.newest(centre).orElseThrow();
        CliTest.Run run = CliTest.run("restore", backup.toString(), "--yes", "--data-dir", centre.toString(),
                "--lang", "en");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Packages imported after 22/11/2026 10:00 will no longer be in this database: "
                + "import those package files again"), run.out());
        assertFalse(run.out().contains("sent to the centre"), run.out());
    }
}
