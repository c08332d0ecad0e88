package vn.tramyte.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestStation;

/** Issue 13: a backup interrupted by a power cut leaves half-written files; the next start or backup removes them. */
class StaleBackupPartsTest {

    @Test
    void halfWrittenCopiesAreRemovedAtTheNextStartAndTheBackupsAreKept(@TempDir Path dir) throws Exception {
        try (Services s = TestStation.station(dir)) {
            s.backups().backUpNow(TestStation.WORKER);
        }
        Path folder = Backups.folder(dir);
        Path backup = Backups.newest(dir).orElseThrow();
        Path part = Files.write(folder.resolve(backup.getFileName() + "-2.zip.part"), new byte[4096]);
        Path h2 = Files.write(folder.resolve(".h2-backup-123456.zip.part"), new byte[100]);
        Path check = Files.createDirectories(folder.resolve(".check-98765"));
        Files.write(check.resolve("tramyte.mv.db"), new byte[100]);
        Path note = Files.writeString(folder.resolve("ghi-chu.txt"), "bản sao lưu tháng 11");
        try (Services s = TestStation.open(dir)) {
            assertFalse(Files.exists(part));
            assertFalse(Files.exists(h2));
            assertFalse(Files.exists(check));
            assertTrue(Files.exists(backup), "a whole backup is kept");
            assertTrue(Files.exists(note), "a file that is not ours is kept");
            assertTrue(s.backups().list().stream().anyMatch(b -> b.path().equals(backup)));
        }
    }

    @Test
    void aBackupRemovesOnlyTheLeftoversOldEnoughNotToBeAnotherBackupsInProgress(@TempDir Path dir) throws Exception {
        try (Services s = TestStation.station(dir)) {
            Path folder = Backups.folder(dir);
            Files.createDirectories(folder);
            Path old = Files.write(folder.resolve("tramyte-backup-2026-11-20-180000-auto.zip.part"), new byte[10]);
            Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(StaleBackupParts.IN_PROGRESS).minusSeconds(60)));
            Path fresh = Files.write(folder.resolve(".h2-backup-42.zip.part"), new byte[10]);
            s.backups().backUpNow(TestStation.WORKER);
            assertFalse(Files.exists(old), "left by a power cut two days ago");
            assertTrue(Files.exists(fresh), "written a moment ago: maybe another backup's");
        }
    }
}
