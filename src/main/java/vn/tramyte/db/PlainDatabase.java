package vn.tramyte.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.PrivateFiles;
import vn.tramyte.common.UserError;

/**
 * A database file of an earlier version, still plain (decision 0013): encrypted with the new key on
 * the first start of this version. The only place the program opens a plain file, and only to count
 * its rows before and after: the encrypted copy must hold every row, is backed up (checked) and only
 * then takes the plain file's place; the plain file is then overwritten and deleted.
 */
final class PlainDatabase {
    /** What H2's MVStore writes at the start of a plain file (its file header, as text). */
    private static final byte[] PLAIN_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);
    /** What H2 writes at the start of a file it encrypts ({@code FileEncrypt.HEADER}). */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    static final String WORK_FOLDER = "encrypting";
    private static final Logger LOG = LoggerFactory.getLogger(PlainDatabase.class);

    private PlainDatabase() {
    }

    /**
     * True when the file is an H2 file that is not encrypted (a file of an earlier version, or a backup of
     * one); a damaged start is neither plain nor encrypted, and is left to opening to call damaged.
     */
    static boolean isPlain(Path mvDbFile) throws IOException {
        return startsWith(mvDbFile, PLAIN_HEADER);
    }

    /** True when the data folder's database file is encrypted by H2. */
    static boolean encrypted(Path dataDir) {
        try {
            return startsWith(DatabaseTrouble.file(dataDir), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean startsWith(Path file, byte[] header) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(header.length), header);
        }
    }

    /** Encrypts the closed file {@code tramyte.mv.db} of a folder in place (a copy in a private folder). */
    static void encryptInPlace(Path folder, DatabaseKey key) throws SQLException {
        ChangeFileEncryption.execute(folder.toAbsolutePath().toString(), Database.FILE_BASE, "AES", null,
                key.filePassword(), true);
    }

    /**
     * Encrypts the data folder's database when it is plain: a copy is encrypted beside it, its rows counted
     * against the plain file's, a checked backup of it kept, then it replaces the plain file in one rename.
     * The folder is locked by the caller. A failure leaves the plain file as it was.
     */
    static void encryptIfPlain(Path dataDir, DatabaseKey key, Clock clock) {
        Path live = DatabaseTrouble.file(dataDir);
        Path work = dataDir.resolve(WORK_FOLDER);
        try {
            if (!isPlain(live)) {
                return;
            }
            LOG.info("the database of {} is plain (an earlier version): encrypting it", dataDir);
            BackupCopy.deleteFolder(work);
            PrivateFiles.createFolder(work);
            Path copy = work.resolve(live.getFileName());
            Files.copy(live, copy);
            Map<String, Long> before = counts(plainUrl(work), "");
            encryptInPlace(work, key);
            Map<String, Long> after = counts(BackupCopy.url(work), key.h2Password());
            if (!before.equals(after)) {
                LOG.error("the encrypted copy holds {} rows, the plain file {}", after, before);
                throw new UserError("error.encryptionFailed", live.toString());
            }
            Backups.writeFromClosedFile(copy, dataDir, key, BackupKind.BEFORE_UPGRADE, LocalDateTime.now(clock));
            Backups.force(copy);
            // a second name for the plain file's bytes, so they can be overwritten once the encrypted file has
            // taken its name in one rename (the folder never lacks a database, whenever the power goes)
            Path plain = work.resolve("plain" + BackupCopy.ZIP_DB_ENTRY);
            boolean linked = link(plain, live);
            Files.move(copy, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(live);
            if (linked) {
                erase(plain);
            }
            LOG.info("database of {} encrypted, {} tables, every row kept", dataDir, after.size());
        } catch (IOException | SQLException e) {
            LOG.error("the database of {} could not be encrypted", dataDir, e);
            throw new UserError("error.encryptionFailed", live.toString());
        } finally {
            BackupCopy.deleteFolder(work);
        }
        PlainBackups.encrypt(dataDir, key);
    }

    private static boolean link(Path link, Path existing) {
        try {
            Files.createLink(link, existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("no second name for {}: it is deleted by the rename, not overwritten", existing, e);
            return false;
        }
    }

    private static String plainUrl(Path folder) {
        return "jdbc:h2:file:" + folder.resolve(Database.FILE_BASE).toAbsolutePath() + ";IFEXISTS=TRUE";
    }

    private static Map<String, Long> counts(String url, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", password)) {
            Map<String, Long> counts = BackupCopy.counts(c);
            try (var st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
            return counts;
        }
    }

    /**
     * Overwrites a plain file with zeros, forces that to the disk, then deletes it. On a hard disk this
     * removes the names; an SSD or a memory card may keep the old blocks elsewhere (wear levelling),
     * which no program can reach: decision 0013 says so.
     */
    static void erase(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        long size = Files.size(file);
        byte[] zeros = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            for (long done = 0; done < size; done += zeros.length) {
                out.write(zeros, 0, (int) Math.min(zeros.length, size - done));
            }
        }
        Backups.force(file);
        Files.delete(file);
    }
}
