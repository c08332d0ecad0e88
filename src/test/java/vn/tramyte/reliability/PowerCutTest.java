package vn.tramyte.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.person.PersonRow;
import vn.tramyte.testing.TestStation;

/**
 * Issue 14 item 1: what the program said was saved survives the program's death a moment later.
 * A real second process saves, says so, and is killed with SIGKILL (no close, no shutdown hook);
 * the next start finds the record. The save also counts how often the database was forced to
 * the disk ({@code CHECKPOINT SYNC}, an fsync) before it returned, because a killed process
 * alone keeps what the system's cache holds and only the fsync protects against a power cut.
 */
class PowerCutTest {
    @TempDir
    Path dir;

    @Test
    void aPersonSavedInTheWindowIsForcedToTheDiskBeforeSavedIsSaid() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        String line;
        try (ChildProcess child = ChildProcess.start(SaveChild.class, station.toString(), "Lò Thị Mai")) {
            line = child.waitForLine("SAVED");
            assertNotNull(line, child.printed());
            child.kill();
        }
        assertTrue(Long.parseLong(line.substring("SAVED forced=".length())) >= 1,
                "the save forced the database to the disk before it returned: " + line);
        try (Services s = TestStation.open(station)) {
            assertEquals(List.of("Lò Thị Mai"), s.people().all().stream().map(PersonRow::fullName).toList());
        }
    }

    @Test
    void aRegisterImportIsOnTheDiskWhenTheCommandSaysSo() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        Path file = dir.resolve("persons.csv");
        try (InputStream in = getClass().getResourceAsStream("/csvimport/persons-valid.csv")) {
            Files.copy(in, file);
        }
        try (ChildProcess child = ChildProcess.start(CliChild.class, "import-csv", file.toString(), "--data-dir",
                station.toString(), "--lang", "en")) {
            String first = child.waitForLine("");
            assertNotNull(first, child.printed());
            assertTrue(first.contains("persons.csv"), first);
            child.kill(); // right after the first line: the command has not closed the database
        }
        try (Services s = TestStation.open(station)) {
            assertEquals(4, s.people().all().size(), "the four people the command said it imported");
        }
    }

    @Test
    void anImportKilledWhileItIsWrittenAsideLeavesTheDatabaseAsItWas() throws Exception {
        Path station = dir.resolve("station");
        try (Services s = TestStation.station(station)) {
            s.people().save(TestStation.WORKER, vn.tramyte.testing.TestPeople.hoa().born(1996, 3, 8).draft());
        }
        try (ChildProcess child = ChildProcess.start(AsideWriteChild.class, station.toString())) {
            String line = child.waitForLine("WRITING");
            assertNotNull(line, child.printed());
            assertTrue(Files.exists(station.resolve("tramyte-aside.mv.db")), "the copy was being written");
            child.kill(); // SIGKILL in the middle of the write: as a power cut, nothing closes
        }
        try (Services s = TestStation.open(station)) {
            assertTrue(Files.notExists(station.resolve("tramyte-aside.mv.db")), "the copy is deleted at the start");
            assertEquals(List.of("Lò Thị Hoa"), s.people().all().stream().map(PersonRow::fullName).toList(),
                    "nothing of the killed write, everything saved before it");
            assertTrue(s.audit().check().whole());
        }
    }
}
