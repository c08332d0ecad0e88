package vn.tramyte.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.db.Database;
import vn.tramyte.security.UserService;

/**
 * The password of the installation's sync private key (kept encrypted in the database): derived from the
 * database key (decision 0013), so the private key opens only with the database, which opens only with a
 * user's password. Earlier versions kept it in {@code sync-secret.key} beside the database; at the first
 * start of this version the private key is encrypted again with the derived secret and that file deleted.
 */
public final class SyncSecret {
    static final String PURPOSE = "sync private key";
    private static final Logger LOG = LoggerFactory.getLogger(SyncSecret.class);

    private SyncSecret() {
    }

    static char[] of(Database db) {
        return db.secret(PURPOSE);
    }

    /** An earlier version's {@code sync-secret.key}: the private key moved under the derived secret, the file removed. */
    public static void protectWithDatabaseKey(Database db) {
        Path file = db.dataDir().resolve(SecretFile.NAME);
        if (!Files.exists(file)) {
            return;
        }
        char[] legacy = SecretFile.load(db.dataDir(), false);
        SyncRepository repository = new SyncRepository();
        boolean moved = db.write(UserService.SYSTEM_USER, tx -> {
            var stored = repository.identity(tx);
            if (stored.isEmpty()) {
                return true;
            }
            PrivateKey key = PackageCrypto.decryptPrivateKey(stored.get().encryptedKey(), legacy).orElse(null);
            if (key == null) {
                return false;
            }
            repository.saveIdentity(tx, stored.get().certificate(), PackageCrypto.encryptPrivateKey(key, of(db),
                    PackageCrypto.SECRET_ITERATIONS));
            return true;
        });
        if (!moved) {
            LOG.warn("{} does not open this installation's private key; left as it is", file);
            return;
        }
        try {
            long size = Files.size(file);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
                out.write(new byte[(int) size]);
            }
            Files.delete(file);
            LOG.info("the sync private key is protected by the database key; {} removed", file.getFileName());
        } catch (IOException e) {
            LOG.warn("could not remove {}", file, e);
        }
    }
}
