package vn.tramyte.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a backup interrupted by a power cut leaves in the backups folder (issue 13): a half-written
 * copy ({@code *.part}) and the temporary folder a copy is checked in ({@code .check-*}). Neither is
 * ever a backup (a backup is renamed into place only once whole and checked), so both are removed
 * at the next start, and at the next backup once they are old enough not to be another backup's.
 */
final class StaleBackupParts {
    /** A backup in progress touches its files within this; older ones were left behind. */
    static final Duration IN_PROGRESS = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(StaleBackupParts.class);

    private StaleBackupParts() {
    }

    /** Removes the leftovers last written before {@code olderThan}; returns how many were removed. */
    static int remove(Path folder, Instant olderThan) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> stale;
        try (Stream<Path> files = Files.list(folder)) {
            stale = files.filter(StaleBackupParts::leftOver).filter(f -> before(f, olderThan)).toList();
        } catch (IOException e) {
            LOG.warn("cannot list {}", folder, e);
            return 0;
        }
        int removed = 0;
        for (Path f : stale) {
            if (Files.isDirectory(f)) {
                BackupCopy.deleteFolder(f);
            } else {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    LOG.warn("cannot remove the half-written {}", f, e);
                    continue;
                }
            }
            removed++;
            LOG.info("removed {}, left by a backup that was interrupted", f.getFileName());
        }
        return removed;
    }

    private static boolean leftOver(Path f) {
        String name = f.getFileName().toString();
        return Files.isDirectory(f) ? name.startsWith(".check-") : name.endsWith(".part");
    }

    private static boolean before(Path f, Instant moment) {
        try {
            return Files.getLastModifiedTime(f).toInstant().isBefore(moment);
        } catch (IOException e) {
            return false;
        }
    }
}
