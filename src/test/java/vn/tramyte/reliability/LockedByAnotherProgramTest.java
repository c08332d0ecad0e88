package vn.tramyte.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.testing.TestStation;

/**
 * Issue 14 item 8 and its "lock between two real processes": a database file locked by another
 * program on the computer (a backup tool, an antivirus scanner; here a second JVM holding the
 * operating system's lock on {@code tramyte.mv.db}) is one sentence naming the file and what to
 * do, on opening and on the command line (exit 1); the file stays byte for byte as it was, and
 * opens again once that program has let go.
 */
class LockedByAnotherProgramTest {
    @TempDir
    Path dir;

    private static byte[] digest(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDatabaseFileLockedByAnotherProgramIsOneSentenceAndStaysAsItWas() throws Exception {
        Path station = dir.resolve("station");
        try (Services s = TestStation.station(station)) {
            s.people().save(TestStation.WORKER, new vn.tramyte.person.PersonDraft(null, "Lò Thị Hoa",
                    vn.tramyte.person.Sex.FEMALE, java.time.LocalDate.of(1996, 3, 8), false, "03", null, null, null,
                    null, null));
        }
        Path file = station.resolve("tramyte.mv.db");
        byte[] before = digest(file);
        FileTime modified = Files.getLastModifiedTime(file);
        List<String> folder = names(station);

        try (ChildProcess other = ChildProcess.start(ForeignLockChild.class, file.toString())) {
            assertEquals("LOCKED", other.waitForLine("LOCKED"), other.printed());

            UserError e = assertThrows(UserError.class, () -> TestStation.open(station));
            assertEquals("The database file " + file + " is locked by another program (not a TramYTe window of this "
                    + "folder: perhaps a backup program or a database tool); nothing was changed. Close that program, "
                    + "or restart the computer, and open TramYTe again.", e.describe(new Messages(Messages.ENGLISH)));

            try (ChildProcess cli = ChildProcess.start(CliChild.class, "info", "--data-dir", station.toString())) {
                assertEquals(1, cli.exitCode());
                assertEquals("tramyte: Tệp cơ sở dữ liệu " + file + " đang bị một chương trình khác khóa (không phải cửa "
                        + "sổ TramYTe của thư mục này, có thể là chương trình sao lưu hay công cụ cơ sở dữ liệu); không "
                        + "có gì bị thay đổi. Hãy đóng chương trình đó, hoặc khởi động lại máy, rồi mở lại TramYTe.",
                        cli.printed().strip());
            }
            assertArrayEquals(before, digest(file), "the database file byte for byte as it was");
            assertEquals(modified, Files.getLastModifiedTime(file));
            assertEquals(folder, names(station).stream().filter(n -> !n.equals("logs")).toList(),
                    "no file made beside it (no new database, no trace file)");
            other.kill();
        }
        try (Services s = TestStation.open(station)) {
            assertEquals(1, s.people().all().size(), "free again once the other program let go");
        }
    }
}
