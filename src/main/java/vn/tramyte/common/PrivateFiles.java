package vn.tramyte.common;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A data folder holds health records: only the user who runs TramYTe may read it (issue 14
 * item 10). On Linux and macOS the folder and its sub-folders are 0700 and its files 0600,
 * whatever the umask; on Windows the folder sits in the user's own profile
 * ({@code %LOCALAPPDATA%}), whose permissions already keep other accounts out, and nothing is
 * changed here (docs/decisions/0009).
 */
public final class PrivateFiles {
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the folder (and missing parents) readable by the user alone; an existing folder is left as it is. */
    public static Path createFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        if (!posix()) {
            return Files.createDirectories(dir);
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createFolder(parent);
        }
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(FOLDER));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir)) {
                throw e;
            }
        }
        return dir;
    }

    /** Makes a folder the program owns private again, with every file and folder in it (one level of sub-folders). */
    public static void restrictTree(Path dir) {
        if (!posix() || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        restrict(dir);
        try (Stream<Path> children = Files.list(dir)) {
            for (Path child : children.toList()) {
                restrict(child);
                if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> grandChildren = Files.list(child)) {
                        grandChildren.forEach(PrivateFiles::restrict);
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // a file that vanished meanwhile (a log rolled over) needs no permission
        }
    }

    /** 0700 for a folder, 0600 for a file; links are left alone (their target is not ours to change). */
    public static void restrict(Path path) {
        if (!posix() || Files.isSymbolicLink(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, Files.isDirectory(path) ? FOLDER : FILE);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // a file of another owner in the folder: not ours to change, and not a reason to stop
        }
    }
}
