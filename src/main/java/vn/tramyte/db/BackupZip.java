package vn.tramyte.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import vn.tramyte.common.PrivateFiles;

/** The zip a backup is kept as (taken out of {@link Backups}, which had grown past 400 lines). */
final class BackupZip {
    private BackupZip() {
    }

    /**
     * The kept zip: H2's own zip with the comment that says what it holds added at its end (the
     * compressed database is not written twice); a raw file (the state before a restore) is zipped.
     */
    static void write(Path source, BackupContents contents, Path part) throws IOException {
        String comment = BackupCopy.describing(contents);
        if (BackupCopy.isZip(source)) {
            Files.copy(source, part, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(part);
            if (!ZipComment.append(part, comment)) {
                rezip(source, comment, part);
            }
        } else {
            rezip(source, comment, part);
        }
        Backups.force(part);
    }

    static void rezip(Path source, String comment, Path part) throws IOException {
        try (OutputStream file = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(file)) {
            PrivateFiles.restrict(part);
            zip.setComment(comment);
            zip.putNextEntry(new ZipEntry(BackupCopy.ZIP_DB_ENTRY));
            if (BackupCopy.isZip(source)) {
                try (ZipFile h2 = new ZipFile(source.toFile())) {
                    ZipEntry entry = BackupCopy.databaseEntry(h2).orElseThrow(() -> new IOException("no database in "
                            + source));
                    try (InputStream in = h2.getInputStream(entry)) {
                        in.transferTo(zip);
                    }
                }
            } else {
                Files.copy(source, zip);
            }
            zip.closeEntry();
        }
    }

}
