package vn.tramyte.db;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The random 256-bit key a station's database file is encrypted with (H2's {@code CIPHER=AES}, decision
 * 0013). It exists on disk only wrapped (the keyring of the data folder); in memory while the folder is
 * open. H2 takes it as the "file password": its 64 hexadecimal digits, which H2 stretches into the AES key.
 */
public final class DatabaseKey {
    public static final int BYTES = 32;
    private final byte[] key;

    private DatabaseKey(byte[] key) {
        if (key.length != BYTES) {
            throw new IllegalArgumentException("a database key has " + BYTES + " bytes");
        }
        this.key = key.clone();
    }

    /** A new key for a new database (or one being encrypted). */
    public static DatabaseKey random() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return new DatabaseKey(bytes);
    }

    /** The key unwrapped from the keyring. */
    public static DatabaseKey of(byte[] bytes) {
        return new DatabaseKey(bytes);
    }

    /** A copy of the key's bytes, to wrap it. */
    public byte[] bytes() {
        return key.clone();
    }

    /**
     * True when the AES H2 encrypts the file with is the program's own {@code org.h2.security.AES} (the
     * JDK's, five times faster; decision 0017), found before the H2 jar's on the class path. When not, the
     * file is the same, only slower to read and write.
     */
    static boolean jdkCipher() {
        java.security.CodeSource aes = org.h2.security.AES.class.getProtectionDomain().getCodeSource();
        java.security.CodeSource ours = DatabaseKey.class.getProtectionDomain().getCodeSource();
        return aes != null && ours != null && aes.getLocation().equals(ours.getLocation());
    }

    /** What H2's URL adds for an encrypted file. */
    static final String URL_CIPHER = ";CIPHER=AES";

    /** H2's password for an encrypted file: the file password, a space, the (empty) user password. */
    String h2Password() {
        return HexFormat.of().formatHex(key) + " ";
    }

    /** The file password alone, for {@code ChangeFileEncryption}. */
    char[] filePassword() {
        return HexFormat.of().formatHex(key).toCharArray();
    }

    /**
     * A secret of its own for one purpose, derived from the key (HMAC-SHA256 of the purpose's name): the
     * password of the sync private key, kept in the database, so it opens only with the database (0013).
     */
    char[] derivedSecret(String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            byte[] secret = mac.doFinal(("tramyte-" + purpose).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Base64.getEncoder().encodeToString(secret).toCharArray();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatabaseKey other && java.security.MessageDigest.isEqual(key, other.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "DatabaseKey[hidden]";
    }
}
