package vn.tramyte.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17: why a file failed is said in words, never with the exception's (English, Java) message. */
class IoReasonTest {
    private static final Messages VI = new Messages(Messages.VIETNAMESE);
    private static final Messages EN = new Messages(Messages.ENGLISH);

    @TempDir
    Path dir;

    private static String said(Throwable e) {
        return EN.format("report.file.cannotWrite", "/media/usb/bao-cao.csv", IoReason.of(e));
    }

    @Test
    void theFileSystemsTroublesAreWords() {
        assertEquals("Could not write the file /media/usb/bao-cao.csv (the disk is full). Choose another folder, or "
                + "close the file if it is open.", said(new IOException("No space left on device")));
        assertEquals("Could not write the file /media/usb/bao-cao.csv (no permission to read or write there). Choose "
                + "another folder, or close the file if it is open.",
                said(new AccessDeniedException("/media/usb/bao-cao.csv")));
        assertEquals("Could not write the file /media/usb/bao-cao.csv (the file or folder is not there). Choose "
                + "another folder, or close the file if it is open.",
                said(new UncheckedIOException(new NoSuchFileException("/media/usb"))));
        assertEquals("Could not write the file /media/usb/bao-cao.csv (the disk can only be read, not written). "
                + "Choose another folder, or close the file if it is open.",
                said(new FileSystemException("/media/usb/bao-cao.csv", null, "Read-only file system")));
        assertEquals("Không ghi được tệp /media/usb/bao-cao.csv (tệp đang được một chương trình khác mở). Hãy chọn "
                + "thư mục khác, hoặc đóng tệp nếu nó đang mở.", VI.format("report.file.cannotWrite",
                "/media/usb/bao-cao.csv", IoReason.of(new FileSystemException("C:\\bao-cao.csv", null,
                        "The process cannot access the file because it is being used by another process"))));
    }

    @Test
    void aRealFolderInTheWayOfAFileIsNamedAsSuch() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("bao-cao.csv"));
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> Files.newBufferedReader(folder).read());
        assertEquals("that is a folder, not a file", EN.get(IoReason.of(e).key()));
    }

    @Test
    void theDatabaseAndTheProgramAreNamedWithoutTheirText() {
        String sql = said(new IllegalStateException(new SQLException("Value too long for column \"NAME\": 'Lò Thị Hoa'")));
        assertEquals("Could not write the file /media/usb/bao-cao.csv (a database error). Choose another folder, or "
                + "close the file if it is open.", sql);
        String program = EN.describe(new IllegalStateException("index 3 out of bounds for Lò Thị Hoa"));
        assertEquals("An unexpected error occurred: a fault inside the program. Details are in the data folder's "
                + "log file.", program);
        assertFalse(VI.describe(new NullPointerException("Cannot invoke \"String.length()\"")).contains("String"));
    }

    @Test
    void aCsvThatIsNotWellFormedSaysSo() {
        assertEquals("error.io.csvBroken", IoReason.ofCsv(new IllegalStateException("(line 3) invalid char")).key());
        assertEquals("error.io.notUtf8", IoReason.ofCsv(new UncheckedIOException(new MalformedInputException(1))).key());
        assertEquals("error.io.diskFull", IoReason.ofCsv(new IOException("No space left on device")).key());
    }
}
