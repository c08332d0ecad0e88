package vn.tramyte.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The hash chain of the audit log (docs/decisions/0014): a line's hash is the SHA-256 of the
 * previous line's hash and the line's own fields, each as its UTF-8 bytes after their length, so
 * no two different lines give the same input. The first line follows 32 zero bytes.
 */
public final class AuditHash {
    public static final int LENGTH = 32;
    static final byte[] START = new byte[LENGTH];

    private AuditHash() {
    }

    /** The database keeps times to the microsecond: a line is hashed (and written) at that precision. */
    public static OffsetDateTime stored(OffsetDateTime at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static byte[] of(byte[] previous, OffsetDateTime at, String user, String table, UUID rowId, String action,
                            long changeSeq, String changes) {
        return of(sha256(), previous, time(at), user, table, rowId, action, changeSeq, changes);
    }

    /** The time as a line's hash reads it ({@link #of}); worked out once for the lines of a batch. */
    static String time(OffsetDateTime at) {
        return stored(at).toInstant().toString();
    }

    /**
     * {@link #of} with a digest and the line's {@link #time} given: the lines of a bulk write share both
     * (an import hashes 114,000 lines). The digest is reset by the hash it returns.
     */
    static byte[] of(MessageDigest d, byte[] previous, String time, String user, String table, UUID rowId,
                     String action, long changeSeq, String changes) {
        d.update(previous);
        field(d, time);
        field(d, user);
        field(d, table);
        field(d, rowId.toString());
        field(d, action);
        field(d, Long.toString(changeSeq));
        field(d, changes);
        return d.digest();
    }

    private static void field(MessageDigest d, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        d.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        d.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
