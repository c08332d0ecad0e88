package vn.tramyte.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.tramyte.common.UserError;
import vn.tramyte.db.BackupContents;
import vn.tramyte.db.BackupFile;
import vn.tramyte.db.BackupKind;
import vn.tramyte.db.Backups;
import vn.tramyte.db.Database;
import vn.tramyte.db.DatabaseKey;
import vn.tramyte.db.Restore;
import vn.tramyte.db.RestoreResult;

/**
 * The backups of one data folder, for the window and the command line: the list, a backup now,
 * a copy to a USB stick, what a backup holds and the restore. A restore replaces the database
 * file, so it runs with the database closed ({@link #restoreClosed}); the window closes its
 * services first and opens them again after.
 */
public final class BackupService {
    private final Database db;
    private final vn.tramyte.security.Session session;
    /** The database key: a backup is checked, inspected and restored with it (decision 0013). */
    private final DatabaseKey key;

    public BackupService(Database db, vn.tramyte.security.Session session, DatabaseKey key) {
        this.db = db;
        this.key = key;
        this.session = session;
    }

    public Path folder() {
        return Backups.folder(db.dataDir());
    }

    /** At start: removes the half-written copies a power cut left in the backups folder; how many. */
    public int removeStaleParts() {
        return Backups.removeStaleParts(db.dataDir());
    }

    /** Every backup, newest first. */
    public List<BackupFile> list() {
        return Backups.list(db.dataDir());
    }

    public Optional<Backups.BackupFailure> lastFailure() {
        return Backups.lastFailure(db.dataDir());
    }

    /** A backup now, checked; the sentence of what went wrong otherwise. */
    public BackupFile backUpNow(String user) {
        mayBackUp(user);
        return db.backUp(BackupKind.MANUAL);
    }

    /** A new backup, then copied to a folder (a USB stick): the copy. */
    public Path backUpTo(String user, Path folder) {
        mayBackUp(user);
        if (!java.nio.file.Files.isDirectory(folder)) {
            throw new UserError("backup.error.noFolder", folder.toString());
        }
        return Backups.copyTo(db.backUp(BackupKind.MANUAL).path(), folder);
    }

    /** What a backup holds, read by opening a copy of it; refused with a sentence when it cannot be restored. */
    public BackupContents inspect(Path backupFile) {
        return inspectIn(db.dataDir(), backupFile, key);
    }

    /** The same for a data folder whose database is not open (the command line: it may be damaged). */
    public static BackupContents inspectIn(Path dataDir, Path backupFile, DatabaseKey key) {
        return Restore.inspect(backupFile, dataDir, key);
    }

    /** Backing up on request is for those who may restore (a station head) or manage backups (an administrator). */
    private void mayBackUp(String user) {
        if (!session.may(vn.tramyte.security.Permission.RESTORE)) {
            session.require(vn.tramyte.security.Permission.BACKUP_AND_SETTINGS);
        }
    }

    /**
     * A restore is for a station head or an administrator: the window and the command line check it
     * on the open database before closing it for {@link #restoreClosed}.
     */
    public void mayRestore() {
        session.require(vn.tramyte.security.Permission.RESTORE);
    }

    /**
     * Restores a backup into a data folder whose database is closed (the caller asked the question and,
     * where the database could be opened, checked {@link #mayRestore}). A damaged database cannot say who
     * its users are: from its screen, whoever holds the computer may put the newest backup back.
     */
    public static RestoreResult restoreClosed(String user, Path dataDir, Path backupFile, Clock clock,
                                              DatabaseKey key) {
        return Restore.restore(dataDir, backupFile, clock, key);
    }
}
