package vn.tramyte.security;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.tramyte.common.PrivateFiles;
import vn.tramyte.common.UserError;
import vn.tramyte.db.Database;
import vn.tramyte.db.DatabaseKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder's keyring ({@value #FILE}, decision 0013): the database key, wrapped with AES-256-GCM
 * once per user under a key derived from their password (Argon2id, a salt of its own) and once under
 * the recovery code. Needed before the database opens, so it is a small text file of its own, replaced
 * atomically and private to the user. Until the first administrator is made (a new folder, or one of an
 * earlier version) it holds the key unwrapped as {@code setup}: such a folder holds no one's records yet,
 * or held them in the clear before; the first administrator or the first login removes it.
 */
public final class Keyring {
    private static final Logger LOG = LoggerFactory.getLogger(Keyring.class);
    public static final String FILE = Database.FILE_BASE + ".keyring";
    private static final String FORMAT = "1";
    private static final String KDF = "argon2id";
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String USER = "user.";
    private static final String RECOVERY = "recovery";
    private static final String SETUP = "setup";

    private final Path dataDir;
    private final Properties entries;
    private final SecureRandom random = new SecureRandom();

    private Keyring(Path dataDir, Properties entries) {
        this.dataDir = dataDir;
        this.entries = entries;
    }

    /** The folder's keyring; an empty one when the file does not exist yet. */
    public static Keyring load(Path dataDir) {
        Properties p = new Properties();
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new UserError("security.error.keyringUnreadable", file.toString());
            }
        }
        return new Keyring(dataDir, p);
    }

    /** True when the folder's key is wrapped only (someone must log in, or use the recovery code, to open it). */
    public boolean locked() {
        return !entries.containsKey(SETUP) && entries.stringPropertyNames().stream()
                .anyMatch(k -> k.startsWith(USER) || k.equals(RECOVERY));
    }

    /** True when nothing is written yet (a new folder, or one of an earlier version). */
    public boolean empty() {
        return !entries.containsKey(SETUP) && !locked();
    }

    /** The key kept unwrapped until the first administrator or the first login claims the folder. */
    public Optional<DatabaseKey> setupKey() {
        String value = entries.getProperty(SETUP);
        return value == null ? Optional.empty() : Optional.of(DatabaseKey.of(Base64.getDecoder().decode(value)));
    }

    public boolean hasUser(String login) {
        return entries.containsKey(USER + login);
    }

    public boolean hasRecovery() {
        return entries.containsKey(RECOVERY);
    }

    /** The key unwrapped with a user's password; empty when they have no wrap or the password is wrong. */
    public Optional<DatabaseKey> unwrapForUser(String login, char[] password) {
        String wrapped = entries.getProperty(USER + login);
        if (wrapped == null) {
            // the same time as a known name: the answer does not tell which names exist
            Passwords.derive(password, new byte[SALT_BYTES], Passwords.MEMORY_KIB, Passwords.ITERATIONS,
                    Passwords.PARALLELISM);
            return Optional.empty();
        }
        return unwrap(wrapped, password, USER + login);
    }

    /** The key unwrapped with the recovery code (as typed: spaces, dashes and case do not matter). */
    public Optional<DatabaseKey> unwrapWithRecovery(String code) {
        return unwrap(entries.getProperty(RECOVERY), RecoveryCodes.normalise(code).toCharArray(), RECOVERY);
    }

    void wrapForUser(String login, char[] password, DatabaseKey key) {
        entries.setProperty(USER + login, wrap(key, password, USER + login));
    }

    void removeUser(String login) {
        entries.remove(USER + login);
    }

    void wrapForRecovery(String code, DatabaseKey key) {
        entries.setProperty(RECOVERY, wrap(key, RecoveryCodes.normalise(code).toCharArray(), RECOVERY));
    }

    public void keepSetupKey(DatabaseKey key) {
        entries.setProperty(SETUP, Base64.getEncoder().encodeToString(key.bytes()));
    }

    void dropSetupKey() {
        entries.remove(SETUP);
    }

    /** The name of the place shown on the login screen before the database is open, and whether it is a demo. */
    public Optional<String> label() {
        return Optional.ofNullable(entries.getProperty("label"));
    }

    public boolean demo() {
        return Boolean.parseBoolean(entries.getProperty("demo"));
    }

    public boolean centre() {
        return Boolean.parseBoolean(entries.getProperty("centre"));
    }

    /** Remembers what the login screen shows; true when it changed (then the caller saves). */
    boolean describe(String label, boolean demo, boolean centre) {
        Properties before = (Properties) entries.clone();
        entries.setProperty("label", label);
        entries.setProperty("demo", Boolean.toString(demo));
        entries.setProperty("centre", Boolean.toString(centre));
        return !before.equals(entries);
    }

    /** Writes the keyring: a private temporary file, forced to the disk, renamed over the old one. */
    public void save() {
        Path file = dataDir.resolve(FILE);
        Path tmp = dataDir.resolve(FILE + ".tmp");
        StringBuilder text = new StringBuilder("# TramYTe keyring (docs/decisions/0013): the database key, wrapped.\n");
        text.append("# Deleting this file makes the database unreadable for ever.\n");
        entries.setProperty("format", FORMAT);
        new TreeMap<>(entries).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        try {
            PrivateFiles.createFolder(dataDir);
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            PrivateFiles.restrict(tmp);
            try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("cannot write in the data folder {}", dataDir, e);
            throw new UserError("error.dataFolderUnwritable", dataDir.toString(), vn.tramyte.common.IoReason.of(e));
        }
    }

    /** {@code argon2id:m=…,t=…,p=…:salt:nonce:ciphertext} (base64; the ciphertext ends with GCM's 16-byte tag). */
    private String wrap(DatabaseKey key, char[] secret, String aad) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        int m = Passwords.MEMORY_KIB;
        int t = Passwords.ITERATIONS;
        int p = Passwords.PARALLELISM;
        byte[] kek = Passwords.derive(secret, salt, m, t, p);
        byte[] plain = key.bytes();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(aad));
            byte[] sealed = cipher.doFinal(plain);
            Base64.Encoder b64 = Base64.getEncoder();
            return KDF + ":m=" + m + ",t=" + t + ",p=" + p + ":" + b64.encodeToString(salt) + ":"
                    + b64.encodeToString(nonce) + ":" + b64.encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17", e);
        } finally {
            java.util.Arrays.fill(kek, (byte) 0);
            java.util.Arrays.fill(plain, (byte) 0);
        }
    }

    private static Optional<DatabaseKey> unwrap(String wrapped, char[] secret, String aad) {
        if (wrapped == null) {
            return Optional.empty();
        }
        String[] parts = wrapped.split(":");
        if (parts.length != 5 || !parts[0].equals(KDF)) {
            throw new UserError("security.error.keyringUnreadable", FILE);
        }
        Properties cost = new Properties();
        try {
            cost.load(new StringReader(parts[1].replace(',', '\n')));
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] kek = Passwords.derive(secret, b64.decode(parts[2]), Integer.parseInt(cost.getProperty("m")),
                    Integer.parseInt(cost.getProperty("t")), Integer.parseInt(cost.getProperty("p")));
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"),
                        new GCMParameterSpec(TAG_BITS, b64.decode(parts[3])));
                cipher.updateAAD(aad(aad));
                byte[] key = cipher.doFinal(b64.decode(parts[4]));
                try {
                    return Optional.of(DatabaseKey.of(key));
                } finally {
                    java.util.Arrays.fill(key, (byte) 0);
                }
            } finally {
                java.util.Arrays.fill(kek, (byte) 0);
            }
        } catch (javax.crypto.AEADBadTagException e) {
            return Optional.empty(); // the wrong password or code
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new UserError("security.error.keyringUnreadable", FILE);
        }
    }

    private static byte[] aad(String entry) {
        return ("tramyte-keyring-" + FORMAT + ":" + entry).getBytes(StandardCharsets.UTF_8);
    }
}
