package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.Logging;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;

/**
 * Start-up (issue 12): what the program does between the launcher and the People list. The open after the
 * login is rehearsed while the login screen waits ({@link Prewarm}, {@link Prewarm#rehearse}) on a
 * throw-away encrypted database in H2's memory file system: it must run on this program's schema (a
 * migration or an open's read it cannot run would silently lose the warm-up) and leave nothing behind, and
 * its lines are kept out of the user's log. An up-to-date folder opens without a single write forced to the disk.
 */
class StartUpWorkTest {
    @TempDir
    Path dir;

    @Test
    void theRehearsalRunsAnOpenOnThisProgramsSchemaAndLeavesNothing() {
        org.h2.store.fs.FileUtils.createFile("memFS:tramyte-test-probe");
        assertTrue(memoryFiles().stream().anyMatch(f -> f.endsWith("tramyte-test-probe")), memoryFiles().toString()); // the listing sees files
        org.h2.store.fs.FileUtils.delete("memFS:tramyte-test-probe");
        List<String> before = memoryFiles();
        Prewarm.rehearse(TestClock.fixed(), () -> false);
        Prewarm.rehearse(TestClock.fixed(), () -> false); // a second window's (after a language change) starts clean too
        int[] steps = {0};
        Prewarm.rehearse(TestClock.fixed(), () -> ++steps[0] > 1); // a login pressed meanwhile: it stops there
        assertEquals(2, steps[0], "asked before it starts and after the open's reads; stopped there");
        assertEquals(before, memoryFiles(), "the rehearsal's database is deleted");
        assertTrue(before.stream().noneMatch(f -> f.contains("tramyte-rehearsal")), before.toString());
    }

    @Test
    void anUpToDateFolderOpensWithoutWriting() {
        TestStation.station(dir).close();
        try (Services opened = Services.openWith(dir, TestClock.fixed(), TestStation.key(dir))) {
            assertEquals(0, opened.database().forcedToDisk(),
                    "the reference data and the catalogue are checked by reading, not written again");
            assertTrue(opened.setup().hasReferenceData());
            assertEquals(27, opened.vaccination().catalogue().all().size());
        }
    }

    @Test
    void theRehearsalsLinesAreNotTheUsersLogButItsWarningsAre() throws Exception {
        Path log = Logging.toDataFolder(dir);
        org.slf4j.Logger logger = LoggerFactory.getLogger(StartUpWorkTest.class);
        Thread rehearsal = new Thread(() -> {
            logger.info("Migrating schema \"PUBLIC\" to version \"18\"");
            logger.warn("warm-up before the login stopped");
        }, Logging.REHEARSAL_THREAD);
        rehearsal.start();
        rehearsal.join();
        logger.info("quantri logged in");
        String written = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(written.contains("quantri logged in"), written);
        assertTrue(written.contains("warm-up before the login stopped"), written);
        assertFalse(written.contains("Migrating schema"), written);
    }

    /** The files of H2's file system in memory, where the rehearsal's database lives. */
    private static List<String> memoryFiles() {
        return org.h2.store.fs.FileUtils.newDirectoryStream("memFS:").stream().sorted().toList();
    }
}
