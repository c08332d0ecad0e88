package vn.tramyte.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.PrivateFiles;
import vn.tramyte.common.UserError;

/**
 * Puts a backup back in place of the database (docs/decisions/0012), never half: the backup is
 * opened and counted in a folder of its own beside the database, a backup from a newer program is
 * refused, the current state is kept as a backup, an older schema is brought up to date and the
 * rows counted again, and only then is the new file renamed over the old one (one atomic rename).
 * Whatever fails before the rename leaves the database as it was. The data folder is locked
 * throughout, so no window or command has it open.
 */
public final class Restore {
    static final String STAGING = "restore-staging";
    private static final Logger LOG = LoggerFactory.getLogger(Restore.class);

    private Restore() {
    }

    /** What a backup holds, read by opening a temporary copy of it; nothing in the data folder changes. */
    public static BackupContents inspect(Path backupFile, Path dataDir, DatabaseKey key) {
        Path folder = dataDir.resolve(Backups.FOLDER);
        Path check;
        try {
            PrivateFiles.createFolder(dataDir);
            PrivateFiles.createFolder(folder);
            check = Files.createTempDirectory(folder, ".inspect-");
        } catch (IOException e) {
            LOG.warn("cannot write in the data folder {}", dataDir, e);
            throw new UserError("error.dataFolderUnwritable", dataDir.toString(), vn.tramyte.common.IoReason.of(e));
        }
        try {
            BackupCopy copy = BackupCopy.open(backupFile, check, key);
            try {
                BackupContents contents = copy.contents(madeAt(backupFile), appVersion(backupFile));
                copy.refuseNewer(contents);
                return contents;
            } finally {
                copy.discard();
            }
        } finally {
            BackupCopy.deleteFolder(check);
        }
    }

    /**
     * Restores a backup; the caller has asked the user (the question names what the backup holds).
     * Station head or administrator only once there are roles: the caller checks it.
     */
    public static RestoreResult restore(Path dataDir, Path backupFile, Clock clock, DatabaseKey key) {
        try {
            PrivateFiles.createFolder(dataDir);
        } catch (IOException e) {
            LOG.warn("cannot write in the data folder {}", dataDir, e);
            throw new UserError("error.dataFolderUnwritable", dataDir.toString(), vn.tramyte.common.IoReason.of(e));
        }
        try (DataFolderLock lock = DataFolderLock.acquire(dataDir)) {
            LocalDateTime now = LocalDateTime.now(clock);
            Path staging = dataDir.resolve(STAGING);
            BackupCopy.deleteFolder(staging);
            BackupCopy copy;
            try {
                copy = BackupCopy.open(backupFile, staging, key);
            } catch (RuntimeException e) {
                BackupCopy.deleteFolder(staging);
                throw e;
            }
            try {
                BackupContents contents = copy.contents(madeAt(backupFile), appVersion(backupFile));
                copy.refuseNewer(contents);
                Kept kept = keepCurrent(dataDir, now, key);
                int migrations = bringUpToDate(copy, contents, highWater(dataDir, contents, kept));
                copy.close();
                swap(staging, dataDir);
                LOG.info("restored {} ({} rows of people, schema {} + {} upgrades); the state before kept as {}",
                        backupFile, contents.people(), contents.schemaVersion(), migrations, kept.file());
                return new RestoreResult(contents, Optional.ofNullable(kept.file()), migrations);
            } finally {
                copy.close();
                BackupCopy.deleteFolder(staging);
            }
        }
    }

    /** The state the restore replaces: a checked backup, or a raw copy of a file that cannot be opened. */
    private record Kept(Path file, long changeSeq) {
    }

    private static Kept keepCurrent(Path dataDir, LocalDateTime now, DatabaseKey key) {
        Path live = DatabaseTrouble.file(dataDir);
        if (!Files.isRegularFile(live)) {
            return new Kept(null, 0);
        }
        try {
            BackupFile kept = Backups.writeFromClosedFile(live, dataDir, key, BackupKind.BEFORE_RESTORE, now);
            return new Kept(kept.path(), kept.contents().map(BackupContents::changeSeq).orElse(0L));
        } catch (UserError e) {
            LOG.warn("the database to be replaced cannot be opened ({}); kept as a raw copy", e.getMessage());
            try {
                return new Kept(Backups.keepRawCopy(live, dataDir, BackupKind.BEFORE_RESTORE, now), 0);
            } catch (IOException io) {
                LOG.error("cannot keep a copy of {} before the restore", live, io);
                throw new UserError("backup.error.restoreFailed", live.toString());
            }
        }
    }

    /**
     * The highest change number this folder is known to have given: after a restore the counter goes
     * on from there, so a change made after the restore never carries a number a lost change had (the
     * centre keeps the newest version of a row by its number).
     */
    private static long highWater(Path dataDir, BackupContents restored, Kept kept) {
        long max = Math.max(restored.changeSeq(), kept.changeSeq());
        for (BackupFile b : Backups.list(dataDir)) {
            max = Math.max(max, b.contents().map(BackupContents::changeSeq).orElse(0L));
        }
        return max;
    }

    private static int bringUpToDate(BackupCopy copy, BackupContents contents, long highWater) {
        try {
            int migrations = copy.migrate();
            copy.raiseChangeCounter(highWater);
            Map<String, Long> after = BackupCopy.counts(copy.connection());
            for (Map.Entry<String, Long> e : contents.counts().entrySet()) {
                if (!e.getValue().equals(after.get(e.getKey()))) {
                    LOG.error("restore check: {} held {} rows, {} after the upgrade", e.getKey(), e.getValue(),
                            after.get(e.getKey()));
                    throw new UserError("backup.error.restoreFailed", DatabaseTrouble.file(copy.folder().getParent())
                            .toString());
                }
            }
            return migrations;
        } catch (SQLException | RuntimeException e) {
            if (e instanceof UserError u) {
                throw u;
            }
            LOG.error("the restored copy could not be brought up to date", e);
            throw new UserError("backup.error.restoreFailed", DatabaseTrouble.file(copy.folder().getParent()).toString());
        }
    }

    private static void swap(Path staging, Path dataDir) {
        Path ready = staging.resolve(BackupCopy.ZIP_DB_ENTRY);
        Path live = DatabaseTrouble.file(dataDir);
        try {
            Backups.force(ready);
            Files.move(ready, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(live);
        } catch (IOException e) {
            LOG.error("the restored file could not replace {}", live, e);
            throw new UserError("backup.error.restoreFailed", live.toString());
        }
    }

    private static LocalDateTime madeAt(Path backupFile) {
        Optional<BackupFile> known = Backups.describe(backupFile);
        if (known.isPresent()) {
            return known.get().contents().map(BackupContents::madeAt).orElse(known.get().madeAt());
        }
        Optional<BackupContents> info = BackupCopy.info(backupFile);
        if (info.isPresent()) {
            return info.get().madeAt();
        }
        try {
            return LocalDateTime.ofInstant(Files.getLastModifiedTime(backupFile).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            throw new UserError("backup.error.noSuchFile", backupFile.toString());
        }
    }

    private static String appVersion(Path backupFile) {
        return BackupCopy.info(backupFile).map(BackupContents::appVersion).orElse("?");
    }
}
