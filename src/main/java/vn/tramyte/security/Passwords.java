package vn.tramyte.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (Bouncy Castle), at least OWASP's minimum: 19 MiB, 2 iterations,
 * parallelism 1, a random 16-byte salt; hashes are compared in constant time.
 */
public final class Passwords {
    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 8;

    private final SecureRandom random = new SecureRandom();

    /**
     * Why a new password typed twice cannot be taken, before anything is asked of the database: too
     * short, or the two typings differ; null when it can (the login, users and setup pages alike).
     */
    public static vn.tramyte.common.UserError refusal(String typed, String again) {
        String t = typed == null ? "" : typed;
        if (t.length() < MIN_LENGTH) {
            return new vn.tramyte.common.UserError("security.error.passwordShort", MIN_LENGTH);
        }
        if (!t.equals(again)) {
            return new vn.tramyte.common.UserError("security.error.passwordsDiffer");
        }
        return null;
    }

    public PasswordHash hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM), salt, MEMORY_KIB,
                ITERATIONS, PARALLELISM);
    }

    public boolean matches(char[] password, PasswordHash stored) {
        if (stored == null || stored.hash() == null) {
            return false;
        }
        byte[] candidate = derive(password, stored.salt(), stored.memoryKib(), stored.iterations(),
                stored.parallelism());
        return MessageDigest.isEqual(candidate, stored.hash());
    }

    /** Random bytes (a recovery code's letters). */
    public byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    static byte[] derive(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] utf8 = utf8(password);
        byte[] out = new byte[HASH_BYTES];
        try {
            generator.generateBytes(utf8, out);
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
        return out;
    }

    /** The password's bytes, NFC first: "ư" typed as one or two code points is the same password. */
    private static byte[] utf8(char[] password) {
        String nfc = Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFC);
        ByteBuffer buffer = StandardCharsets.UTF_8.encode(nfc);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
