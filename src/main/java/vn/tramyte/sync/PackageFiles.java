package vn.tramyte.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.UserError;

/** Reading and writing package files: bounded reads, atomic writes, names any USB stick accepts. */
final class PackageFiles {
    private static final Logger LOG = LoggerFactory.getLogger(PackageFiles.class);

    /** The most a package file may weigh: far more than any package this program makes (issue 14 item 4). */
    static final long MAX_PACKAGE_BYTES = 256L << 20;

    private PackageFiles() {
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * A package file's bytes, never more than {@link #MAX_PACKAGE_BYTES}: a bigger file is refused
     * by its size before anything is read, and a device or pipe (a link to /dev/zero) is not a
     * package; the bytes are counted while read too, as a file may grow meanwhile.
     */
    static byte[] read(Path file) {
        try {
            if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
                throw new PackageRefusal(PackageRefusal.Reason.NOT_A_PACKAGE).forFile(name(file));
            }
            if (Files.isRegularFile(file) && Files.size(file) > MAX_PACKAGE_BYTES) {
                throw tooBig(file);
            }
            try (java.io.InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_PACKAGE_BYTES + 1);
                if (bytes.length > MAX_PACKAGE_BYTES) {
                    throw tooBig(file);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static PackageRefusal tooBig(Path file) {
        return new PackageRefusal(PackageRefusal.Reason.TOO_BIG, String.valueOf(MAX_PACKAGE_BYTES >> 20))
                .forFile(name(file));
    }

    /** Why a file or folder cannot be read, in words a user can act on (never the bare path as the reason). */
    static PackageRefusal unreadable(Path file, IOException e) {
        PackageRefusal why;
        if (e instanceof java.nio.file.NoSuchFileException) {
            Path folder = file.toAbsolutePath().getParent();
            why = new PackageRefusal(PackageRefusal.Reason.NO_SUCH_FILE, folder == null ? "" : folder.toString());
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            why = new PackageRefusal(PackageRefusal.Reason.NOT_ALLOWED);
        } else {
            // the reason in words ("that is a folder, not a file"); the system's text goes to the log
            why = new PackageRefusal(PackageRefusal.Reason.UNREADABLE, vn.tramyte.common.IoReason.of(e));
        }
        LOG.warn("cannot read {}", file, e);
        return why.because(e).forFile(name(file));
    }

    static Path write(Path dir, String name, byte[] data) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            Path tmp = dir.resolve(name + ".part");
            Files.write(tmp, data);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            // the user gets what to do; the system's own words (often just the path) go to the log
            LOG.warn("cannot write {} in {}", name, dir, e);
            throw new UserError("sync.error.unwritable", dir.toString());
        }
    }

    /** "Mường Kim" → "MuongKim": file names any USB stick and any system accept. */
    static String fileSafe(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9]", "");
    }
}
