package vn.tramyte.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.AppVersion;
import vn.tramyte.common.PrivateFiles;
import vn.tramyte.common.UserError;

/**
 * The data folder's {@value #FOLDER} folder (docs/decisions/0012). A backup is H2's
 * {@code BACKUP TO} of the open database (a consistent copy while it is in use), checked right
 * after it is written by opening a temporary copy and counting the rows of every table, then kept
 * as a zip holding the database file and what it holds ({@code tramyte-backup.properties}). It is
 * written beside its name, forced to the disk and renamed: a power cut leaves a whole, checked copy
 * or none. Automatic backups (at exit, at most one a day) rotate: 7 daily, 4 weekly, 12 monthly
 * ({@link BackupRotation}); the others are kept.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    /** Written when an automatic backup failed its check, read by the backups page; removed by the next good one. */
    static final String FAILURE_FILE = "last-failure.properties";
    /** An argument of the written-down sentence that is itself a message key (translated when said). */
    private static final String LABEL = "key:";
    private static final String PREFIX = Database.FILE_BASE + "-backup-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX)
            + "(\\d{4}-\\d{2}-\\d{2}-\\d{6})-(auto|manual|before-restore|schema)(?:-\\d+)?\\.(zip|mv\\.db)");
    private static final Pattern DAILY = Pattern.compile(Pattern.quote(Database.FILE_BASE)
            + "-daily-(\\d{4}-\\d{2}-\\d{2})\\.mv\\.db");
    private static final Pattern UPGRADE = Pattern.compile(Pattern.quote(Database.FILE_BASE)
            + "-schema[^-]*-(\\d{8}-\\d{6})\\.mv\\.db");
    private static final String SUFFIX = ".mv.db";
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private Backups() {
    }

    public static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /** The newest backup, by the time it was made; empty when there is none. */
    public static Optional<Path> newest(Path dataDir) {
        return list(dataDir).stream().findFirst().map(BackupFile::path);
    }

    /** Every backup of the folder, newest first. */
    public static List<BackupFile> list(Path dataDir) {
        Path folder = folder(dataDir);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                describe(f).ifPresent(found::add);
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}", folder, e);
        }
        found.sort(Comparator.comparing(BackupFile::madeAt).thenComparing(b -> b.path().getFileName().toString())
                .reversed());
        return found;
    }

    /** A file of the backups folder, when its name is one of ours (half-written .part files are not). */
    static Optional<BackupFile> describe(Path f) {
        String name = f.getFileName().toString();
        try {
            long size = Files.size(f);
            Matcher m = NAME.matcher(name);
            if (m.matches()) {
                BackupKind kind = switch (m.group(2)) {
                    case "auto" -> BackupKind.AUTOMATIC;
                    case "manual" -> BackupKind.MANUAL;
                    case "schema" -> BackupKind.BEFORE_UPGRADE;
                    default -> BackupKind.BEFORE_RESTORE;
                };
                Optional<BackupContents> contents = m.group(3).equals("zip") ? BackupCopy.info(f) : Optional.empty();
                return Optional.of(new BackupFile(f, kind, LocalDateTime.parse(m.group(1), STAMP), size, contents));
            }
            m = DAILY.matcher(name);
            if (m.matches()) {
                LocalDateTime modified = modified(f);
                LocalDate day = LocalDate.parse(m.group(1));
                LocalDateTime at = modified.toLocalDate().equals(day) ? modified : day.atStartOfDay();
                return Optional.of(new BackupFile(f, BackupKind.DAILY_COPY, at, size, Optional.empty()));
            }
            m = UPGRADE.matcher(name);
            if (m.matches()) {
                return Optional.of(new BackupFile(f, BackupKind.BEFORE_UPGRADE,
                        LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")), size,
                        Optional.empty()));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read backup {}", f, e);
        }
        return Optional.empty();
    }

    private static LocalDateTime modified(Path file) throws IOException {
        return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
    }

    static void beforeUpgrade(Path dataDir, String fromVersion, LocalDateTime now) {
        Path source = dataDir.resolve(Database.FILE_BASE + SUFFIX);
        if (!Files.exists(source)) {
            return;
        }
        String stamp = now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = folder(dataDir).resolve(Database.FILE_BASE + "-schema" + fromVersion + "-" + stamp + SUFFIX);
        try {
            copyDurably(source, target);
            LOG.info("backup before upgrade: {}", target);
        } catch (IOException e) {
            LOG.warn("backup before upgrade to {} failed", target, e);
            throw new UserError("error.backupFailed", target.toString(), vn.tramyte.common.IoReason.of(e));
        }
    }

    /**
     * The automatic backup at exit: made when none was made today, then the rotation. A failure is
     * logged and written down for the backups page to say, never in the way of closing.
     */
    static void automatic(DataSource db, Path dataDir, DatabaseKey key, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        boolean madeToday = list(dataDir).stream()
                .anyMatch(b -> b.kind().rotated() && b.madeAt().toLocalDate().equals(today));
        if (madeToday) {
            return;
        }
        try {
            write(db, dataDir, key, BackupKind.AUTOMATIC, now);
            rotate(dataDir);
        } catch (RuntimeException e) {
            LOG.error("the automatic backup of {} failed", now, e);
        }
    }

    /** Deletes the automatic backups the rotation no longer keeps. */
    static void rotate(Path dataDir) {
        List<BackupFile> rotated = list(dataDir).stream().filter(b -> b.kind().rotated()).toList();
        Set<BackupFile> keep = BackupRotation.keep(rotated, BackupFile::madeAt);
        for (BackupFile b : rotated) {
            if (!keep.contains(b)) {
                try {
                    Files.deleteIfExists(b.path());
                    LOG.info("backup {} rotated out", b.path().getFileName());
                } catch (IOException e) {
                    LOG.warn("cannot delete the old backup {}", b.path(), e);
                }
            }
        }
    }

    /**
     * Writes a backup of the open database and checks it: H2's {@code BACKUP TO} (consistent while the
     * database is in use), a temporary copy opened and its rows counted (the same as the live database's
     * when nothing was written meanwhile), then the zip. A copy that fails the check is deleted, the
     * failure logged and written down, and the sentence thrown.
     */
    static BackupFile write(DataSource db, Path dataDir, DatabaseKey key, BackupKind kind, LocalDateTime now) {
        Path folder = prepareFolder(dataDir);
        Path h2zip = folder.resolve(".h2-backup-" + System.nanoTime() + ".zip.part");
        try {
            Map<String, Long> before;
            Map<String, Long> after;
            try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
                before = BackupCopy.counts(c);
                st.execute("BACKUP TO '" + h2zip.toAbsolutePath().toString().replace("'", "''") + "'");
                after = BackupCopy.counts(c);
            }
            return packageChecked(h2zip, dataDir, key, kind, now, before.equals(after) ? before : null, true);
        } catch (UserError e) {
            throw e; // said and written down where it was found
        } catch (SQLException | RuntimeException e) {
            LOG.error("BACKUP TO {} failed", h2zip, e);
            throw failed(dataDir, now, new UserError("backup.error.notWritten", folder.toString(), reason(e)));
        } finally {
            deleteQuietly(h2zip);
        }
    }

    /** A backup of a database file no program has open (the live file before a restore: the folder is locked). */
    static BackupFile writeFromClosedFile(Path dbFile, Path dataDir, DatabaseKey key, BackupKind kind,
                                          LocalDateTime now) {
        return packageChecked(dbFile, dataDir, key, kind, now, null, false);
    }

    /**
     * Opens a temporary copy of the database (from H2's zip or a raw file), counts it, compares with
     * the live counts when given, and writes the final zip from the untouched source bytes.
     */
    private static BackupFile packageChecked(Path source, Path dataDir, DatabaseKey key, BackupKind kind,
                                             LocalDateTime now,
                                             Map<String, Long> expected, boolean writeDownFailure) {
        Path folder = prepareFolder(dataDir);
        Path check = folder.resolve(".check-" + System.nanoTime());
        Path target = freeName(folder, kind, now);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            BackupContents contents;
            BackupCopy copy = BackupCopy.open(source, check, key);
            try {
                contents = copy.contents(now, AppVersion.app());
            } finally {
                copy.discard();
            }
            if (expected != null && !expected.equals(contents.counts())) {
                LOG.error("backup check: the copy holds {} rows, the database {}", contents.counts(), expected);
                throw new UserError("backup.error.checkFailed", target.toString());
            }
            BackupZip.write(source, contents, part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(target);
            Files.deleteIfExists(folder.resolve(FAILURE_FILE));
            LOG.info("backup {} written and checked: {}", target.getFileName(), contents.counts());
            return new BackupFile(target, kind, now, Files.size(target), Optional.of(contents));
        } catch (UserError e) {
            UserError error = e.problems().get(0).key().equals("backup.error.checkFailed") ? e
                    : new UserError("backup.error.checkFailed", target.toString());
            throw writeDownFailure ? failed(dataDir, now, error) : error;
        } catch (IOException | RuntimeException e) {
            LOG.error("backup {} could not be written", target, e);
            UserError error = new UserError("backup.error.notWritten", folder.toString(), reason(e));
            throw writeDownFailure ? failed(dataDir, now, error) : error;
        } finally {
            BackupCopy.deleteFolder(check);
            deleteQuietly(part);
        }
    }

    /** Why, for the sentence, in words (issue 17); never H2's, SQL or the system's text (those go to the log). */
    private static Object reason(Exception e) {
        return vn.tramyte.common.IoReason.of(e);
    }

    /** The failure written down for the backups page (the sentence's key and its arguments), then returned to throw. */
    private static UserError failed(Path dataDir, LocalDateTime now, UserError error) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("at", now.toString());
        p.setProperty("key", error.problems().get(0).key());
        Object[] args = error.problems().get(0).args();
        for (int i = 0; i < args.length; i++) {
            p.setProperty("arg." + i, args[i] instanceof vn.tramyte.common.Messages.Label label ? LABEL + label.key()
                    : String.valueOf(args[i]));
        }
        Path file = folder(dataDir).resolve(FAILURE_FILE);
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), null);
            PrivateFiles.restrict(file);
        } catch (IOException e) {
            LOG.warn("cannot write {}", file, e);
        }
        return error;
    }

    /** The last automatic or asked-for backup that failed, when no good one was written since. */
    public static Optional<BackupFailure> lastFailure(Path dataDir) {
        Path file = folder(dataDir).resolve(FAILURE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            java.util.Properties p = new java.util.Properties();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            List<Object> args = new ArrayList<>();
            for (int i = 0; p.containsKey("arg." + i); i++) {
                String arg = p.getProperty("arg." + i);
                args.add(arg.startsWith(LABEL) ? new vn.tramyte.common.Messages.Label(arg.substring(LABEL.length())) : arg);
            }
            return Optional.of(new BackupFailure(LocalDateTime.parse(p.getProperty("at")),
                    new UserError(p.getProperty("key"), args.toArray())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A backup that could not be written or failed its check, and when. */
    public record BackupFailure(LocalDateTime at, UserError error) {
    }

    private static Path prepareFolder(Path dataDir) {
        Path folder = folder(dataDir);
        try {
            PrivateFiles.createFolder(folder);
            PrivateFiles.restrict(folder);
        } catch (IOException e) {
            throw new UserError("backup.error.notWritten", folder.toString(), reason(e));
        }
        StaleBackupParts.remove(folder, java.time.Instant.now().minus(StaleBackupParts.IN_PROGRESS));
        return folder;
    }

    /** At start, before any backup: every half-written copy a power cut left is removed; how many. */
    public static int removeStaleParts(Path dataDir) {
        return StaleBackupParts.remove(folder(dataDir), java.time.Instant.MAX);
    }

    private static Path freeName(Path folder, BackupKind kind, LocalDateTime now) {
        String base = PREFIX + now.format(STAMP) + "-" + kind.tag();
        Path target = folder.resolve(base + ".zip");
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve(base + "-" + i + ".zip");
        }
        return target;
    }

    /** A raw copy of a file that cannot be opened (a damaged database before a restore): kept as it was. */
    static Path keepRawCopy(Path dbFile, Path dataDir, BackupKind kind, LocalDateTime now) throws IOException {
        Path target = folder(dataDir).resolve(PREFIX + now.format(STAMP) + "-" + kind.tag() + SUFFIX);
        copyDurably(dbFile, target);
        return target;
    }

    /** Copies a backup to another folder (a USB stick), forced to the disk there; returns the copy. */
    public static Path copyTo(Path backup, Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UserError("backup.error.noFolder", folder.toString());
        }
        Path target = folder.resolve(backup.getFileName().toString());
        try {
            Path part = target.resolveSibling(target.getFileName() + ".part");
            Files.copy(backup, part, StandardCopyOption.REPLACE_EXISTING);
            force(part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            LOG.error("copy of {} to {} failed", backup, folder, e);
            throw new UserError("backup.error.copyFailed", folder.toString(), reason(e));
        }
    }

    private static void copyDurably(Path source, Path target) throws IOException {
        PrivateFiles.createFolder(target.getParent());
        PrivateFiles.restrict(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.copy(source, part, StandardCopyOption.REPLACE_EXISTING);
        PrivateFiles.restrict(part);
        force(part);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete {}", file, e);
        }
    }
}
