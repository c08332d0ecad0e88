package vn.tramyte.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.db.Backups;
import vn.tramyte.testing.TestStation;

/**
 * Issue 14 item 8: a damaged database is said in one sentence that names the newest backup to
 * put back, on the command line and when opening; the file is left exactly as it was, no H2 dump.
 */
public class DamagedDatabaseTest {
    private static final Messages EN = new Messages(Messages.ENGLISH);

    @TempDir
    Path dir;

    static Path databaseFile(Path station) {
        return station.resolve("tramyte.mv.db");
    }

    /** A station with one day's backup (made when it closed), whose database file is then damaged. */
    public static Path damagedStation(Path dir) throws IOException {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        Path file = databaseFile(station);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = "Mất điện giữa chừng ".repeat(1024).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            raf.seek(0);
            raf.write(garbage, 0, 16_384); // both file headers and the first chunk
            raf.seek(raf.length() - 8192);
            raf.write(garbage, 0, 8192); // and the end of the file, where the newest chunk is
        }
        return station;
    }

    private static byte[] digest(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    @Test
    void theCloseOfTheProgramKeepsTheDaysBackup() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        Path backup = Backups.newest(station).orElseThrow();
        assertTrue(backup.getFileName().toString().startsWith("tramyte-backup-2026-11-22-100000-auto"),
                backup.toString());
        try (Stream<Path> files = Files.list(backup.getParent())) {
            assertEquals(List.of(backup), files.toList(), "no half-written .part copy is left behind");
        }
        Path restored = dir.resolve("restored");
        // a backup is encrypted with the folder's key: a folder of its own needs the keyring too (decision 0013)
        Files.createDirectories(restored);
        Files.copy(station.resolve(vn.tramyte.security.Keyring.FILE), restored.resolve(vn.tramyte.security.Keyring.FILE));
        vn.tramyte.db.Restore.restore(restored, backup, vn.tramyte.testing.TestClock.fixed(), TestStation.key(station));
        try (Services s = TestStation.open(restored)) {
            assertEquals(TestStation.MUONG_KIM, s.setup().installation().orElseThrow().place().code(),
                    "the backup is a whole database");
        }
    }

    @Test
    void aDamagedFileIsOneSentenceNamingTheNewestBackupAndIsLeftAsItWas() throws Exception {
        Path station = damagedStation(dir);
        byte[] before = digest(databaseFile(station));
        Path backup = Backups.newest(station).orElseThrow();

        UserError e = assertThrows(UserError.class, () -> TestStation.open(station));
        assertEquals("error.databaseDamaged", e.problems().get(0).key());
        String sentence = e.describe(EN);
        assertTrue(sentence.startsWith("The database file " + databaseFile(station) + " is damaged"), sentence);
        assertTrue(sentence.contains("restore the newest backup " + backup), sentence);
        assertTrue(sentence.contains("on the command line, tramyte restore " + backup + "."), sentence);
        assertFalse(sentence.contains("90030") || sentence.contains("org.h2"), sentence);
        assertArrayEquals(before, digest(databaseFile(station)), "the damaged file is kept as it was for whoever helps");

        // the command line says the same in one line and exits 1
        try (ChildProcess cli = ChildProcess.start(CliChild.class, "info", "--data-dir", station.toString(),
                "--lang", "en")) {
            assertEquals(1, cli.exitCode());
            String printed = cli.printed();
            assertTrue(printed.contains("tramyte: The database file " + databaseFile(station) + " is damaged"),
                    printed);
            assertFalse(printed.contains("Exception") || printed.contains("[900"), printed);
        }
        assertArrayEquals(before, digest(databaseFile(station)));

        // and once the backup is restored, as the sentence says, the station opens with its records
        try (ChildProcess cli = ChildProcess.start(CliChild.class, "restore", backup.toString(), "--yes",
                "--data-dir", station.toString(), "--lang", "en")) {
            assertEquals(0, cli.exitCode(), cli.printed());
        }
        try (Services s = TestStation.open(station)) {
            assertEquals(TestStation.MUONG_KIM, s.setup().installation().orElseThrow().place().code());
        }
    }

    @Test
    void withoutABackupTheSentenceSaysWhomToAsk() throws Exception {
        Path station = damagedStation(dir);
        try (Stream<Path> files = Files.list(station.resolve(Backups.FOLDER))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        UserError e = assertThrows(UserError.class, () -> TestStation.open(station));
        assertEquals("error.databaseDamagedNoBackup", e.problems().get(0).key());
        assertTrue(e.describe(EN).contains("holds no backup"), e.describe(EN));
    }

    @Test
    void anEmptyDatabaseFileIsNotTakenForANewStation() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        Files.write(databaseFile(station), new byte[0]);
        UserError e = assertThrows(UserError.class, () -> TestStation.open(station));
        assertEquals("error.databaseDamaged", e.problems().get(0).key());
        assertEquals(0, Files.size(databaseFile(station)), "H2 did not write a new, empty database over it");
    }
}
