package vn.tramyte.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.testing.TestStation;

/** Issue 14 item 10: the data folder, the database, its backups and the log are readable by the user alone. */
class PrivateDataFolderTest {
    @TempDir
    Path dir;

    @Test
    void theDataFolderIs0700AndEveryFileIn0600() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path station = dir.resolve("Tram Y Te").resolve("data");
        TestStation.station(station).close();
        try (var s = TestStation.open(station)) {
            assertEquals("rwx------", permissions(station));
            assertEquals("rwx------", permissions(station.getParent()), "a parent the program made is private too");
            assertEquals("rw-------", permissions(station.resolve("tramyte.mv.db")));
        }
        assertEquals("rwx------", permissions(station.resolve("backups")));
        try (Stream<Path> files = Files.list(station.resolve("backups"))) {
            for (Path backup : files.toList()) {
                assertEquals("rw-------", permissions(backup), backup.toString());
            }
        }
    }

    @Test
    void aFolderThatWasOpenToEveryoneIsMadePrivateWhenOpened() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        Files.setPosixFilePermissions(station, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(station.resolve("tramyte.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        TestStation.open(station).close();
        assertEquals("rwx------", permissions(station));
        assertEquals("rw-------", permissions(station.resolve("tramyte.mv.db")));
    }

    private static String permissions(Path p) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
