package vn.tramyte.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.PrivateFiles;
import vn.tramyte.common.UserError;

/**
 * Copies of the database in the data folder's {@value #FOLDER} folder: one before every schema
 * upgrade (kept), and one a day when the program closes (the newest {@value #DAILY_KEPT} kept),
 * so a damaged file can be replaced by yesterday's and not by the last upgrade's
 * (docs/decisions/0009). Each copy is written beside its name, forced to the disk, then renamed:
 * a power cut leaves either the whole copy or none.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    static final int DAILY_KEPT = 7;
    private static final String DAILY_PREFIX = Database.FILE_BASE + "-daily-";
    private static final String SUFFIX = ".mv.db";
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private Backups() {
    }

    /** The newest copy, by the time it was made; empty when there is none. */
    public static Optional<Path> newest(Path dataDir) {
        return all(dataDir).stream().max(Comparator.comparing(Backups::modified));
    }

    private static List<Path> all(Path dataDir) {
        Path folder = dataDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    static void beforeUpgrade(Path dataDir, String fromVersion, LocalDateTime now) {
        Path source = dataDir.resolve(Database.FILE_BASE + SUFFIX);
        if (!Files.exists(source)) {
            return;
        }
        String stamp = now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = dataDir.resolve(FOLDER).resolve(Database.FILE_BASE + "-schema" + fromVersion + "-" + stamp + SUFFIX);
        try {
            copyDurably(source, target);
            LOG.info("backup before upgrade: {}", target);
        } catch (IOException e) {
            throw new UserError("error.backupFailed", target.toString(), e.getMessage());
        }
    }

    /** The day's copy of a closed database, once a day; a failure is logged, never in the way of closing. */
    static void daily(Path dataDir, LocalDate day) {
        Path source = dataDir.resolve(Database.FILE_BASE + SUFFIX);
        Path target = dataDir.resolve(FOLDER).resolve(DAILY_PREFIX + day + SUFFIX);
        if (!Files.isRegularFile(source) || Files.exists(target)) {
            return;
        }
        try {
            copyDurably(source, target);
            pruneDaily(dataDir);
        } catch (IOException | RuntimeException e) {
            LOG.warn("the day's backup {} was not made", target, e);
        }
    }

    private static void pruneDaily(Path dataDir) throws IOException {
        List<Path> daily = all(dataDir).stream()
                .filter(f -> f.getFileName().toString().startsWith(DAILY_PREFIX))
                .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
        for (Path old : daily.subList(Math.min(DAILY_KEPT, daily.size()), daily.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static void copyDurably(Path source, Path target) throws IOException {
        PrivateFiles.createFolder(target.getParent());
        PrivateFiles.restrict(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.copy(source, part, StandardCopyOption.REPLACE_EXISTING);
        PrivateFiles.restrict(part);
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
