package vn.tramyte.db;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Adds a comment to a zip that has none, in place: the comment is the last field of the zip's
 * end record (its length, then its bytes), so the length is written and the bytes appended; the
 * entries are not touched. Any other shape of file is left alone (false).
 */
final class ZipComment {
    private static final int END_RECORD = 0x06054b50;
    private static final int END_RECORD_SIZE = 22;

    private ZipComment() {
    }

    static boolean append(Path zip, String comment) throws IOException {
        byte[] bytes = comment.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xFFFF) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(zip.toFile(), "rw")) {
            long end = file.length() - END_RECORD_SIZE;
            if (end < 0) {
                return false;
            }
            file.seek(end);
            int signature = Integer.reverseBytes(file.readInt());
            file.seek(end + END_RECORD_SIZE - 2);
            int length = Short.toUnsignedInt(Short.reverseBytes(file.readShort()));
            if (signature != END_RECORD || length != 0) {
                return false;
            }
            file.seek(end + END_RECORD_SIZE - 2);
            file.writeShort(Short.reverseBytes((short) bytes.length));
            file.write(bytes);
            return true;
        }
    }
}
