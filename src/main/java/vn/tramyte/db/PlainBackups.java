package vn.tramyte.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.PrivateFiles;

/**
 * The backups an earlier version left in {@code backups/} (raw copies and zips) hold the names in the
 * clear: once the database is encrypted, each is encrypted with the same key in its place (its name and
 * what its zip comment says kept), and the plain file overwritten and deleted (decision 0013).
 */
final class PlainBackups {
    private static final Logger LOG = LoggerFactory.getLogger(PlainBackups.class);

    private PlainBackups() {
    }

    /** Encrypts every plain backup of the folder; one that fails stays as it was and is logged. */
    static void encrypt(Path dataDir, DatabaseKey key) {
        for (BackupFile backup : Backups.list(dataDir)) {
            Path work = dataDir.resolve(PlainDatabase.WORK_FOLDER);
            try {
                BackupCopy.deleteFolder(work);
                PrivateFiles.createFolder(work);
                encryptOne(backup.path(), work, key);
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.error("the plain backup {} could not be encrypted; it is kept as it was", backup.path(), e);
            } finally {
                BackupCopy.deleteFolder(work);
            }
        }
    }

    private static void encryptOne(Path backup, Path work, DatabaseKey key) throws IOException, SQLException {
        Path db = work.resolve(BackupCopy.ZIP_DB_ENTRY);
        boolean zip = BackupCopy.isZip(backup);
        String comment = null;
        if (zip) {
            try (ZipFile file = new ZipFile(backup.toFile())) {
                comment = file.getComment();
                ZipEntry entry = BackupCopy.databaseEntry(file).orElse(null);
                if (entry == null) {
                    return;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, db);
                }
            }
        } else {
            Files.copy(backup, db);
        }
        if (!PlainDatabase.isPlain(db)) {
            return;
        }
        PlainDatabase.encryptInPlace(work, key);
        Path part = backup.resolveSibling(backup.getFileName() + ".part");
        if (zip) {
            BackupZip.rezip(db, comment == null ? "" : comment, part);
        } else {
            Files.copy(db, part, StandardCopyOption.REPLACE_EXISTING);
        }
        PrivateFiles.restrict(part);
        Backups.force(part);
        PlainDatabase.erase(backup);
        Files.move(part, backup, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("the plain backup {} encrypted", backup.getFileName());
    }
}
