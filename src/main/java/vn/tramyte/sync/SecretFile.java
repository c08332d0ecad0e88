package vn.tramyte.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import vn.tramyte.common.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret earlier versions kept beside the database ({@value #NAME}, 256 random bits, base64): the
 * password of the private key stored encrypted in the database. Read once, by {@link SyncSecret}, which
 * moves the private key under a secret derived from the database key and removes the file (decision 0013).
 */
final class SecretFile {
    private static final Logger LOG = LoggerFactory.getLogger(SecretFile.class);
    static final String NAME = "sync-secret.key";

    private SecretFile() {
    }

    static char[] load(Path dataDir, boolean create) {
        Path file = dataDir.resolve(NAME);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim().toCharArray();
            }
            if (!create) {
                throw new UserError("sync.error.secretMissing", file.toString());
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            String text = Base64.getEncoder().encodeToString(secret);
            Path tmp = dataDir.resolve(NAME + ".tmp");
            Files.writeString(tmp, text + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Windows: the per-user data folder is already private to the user
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return text.toCharArray();
        } catch (IOException e) {
            LOG.warn("cannot write in the data folder {}", dataDir, e);
            throw new UserError("error.dataFolderUnwritable", dataDir.toString(), vn.tramyte.common.IoReason.of(e));
        }
    }
}
