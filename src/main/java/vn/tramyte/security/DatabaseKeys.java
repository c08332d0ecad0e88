package vn.tramyte.security;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.db.DatabaseKey;

/**
 * The open data folder's database key and its keyring (decision 0013): the users' service wraps the key
 * for a user whose password is set, and removes the wrap of a user disabled. One per open folder, made
 * by the composition root once the key is known.
 */
public final class DatabaseKeys {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseKeys.class);
    private final Path dataDir;
    private final DatabaseKey key;

    public DatabaseKeys(Path dataDir, DatabaseKey key) {
        this.dataDir = dataDir;
        this.key = key;
    }

    public DatabaseKey key() {
        return key;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** True while the folder's key is kept unwrapped (nobody has claimed the folder yet). */
    public synchronized boolean unclaimed() {
        return Keyring.load(dataDir).setupKey().isPresent();
    }

    synchronized boolean hasUser(String login) {
        return Keyring.load(dataDir).hasUser(login);
    }

    /** Wraps the key for a user under their (new) password; read from the file first, so other wraps stay. */
    synchronized void wrapFor(String login, char[] password) {
        Keyring keyring = Keyring.load(dataDir);
        keyring.wrapForUser(login, password, key);
        keyring.save();
        LOG.info("database key wrapped for {}", login);
    }

    synchronized void remove(String login) {
        Keyring keyring = Keyring.load(dataDir);
        keyring.removeUser(login);
        keyring.save();
        LOG.info("database key no longer wrapped for {}", login);
    }

    /** A new recovery code wraps the key (the old code's wrap is replaced). */
    synchronized void recoveryCode(String code) {
        Keyring keyring = Keyring.load(dataDir);
        keyring.wrapForRecovery(code, key);
        keyring.save();
    }

    /** The folder is claimed: the key is kept wrapped only from now on. */
    synchronized void claimed() {
        Keyring keyring = Keyring.load(dataDir);
        if (keyring.setupKey().isPresent()) {
            keyring.dropSetupKey();
            keyring.save();
            LOG.info("the database key of {} is kept wrapped only from now on", dataDir);
        }
    }

    /** What the login screen shows before the database is open (the place's name, a demo's users). */
    public synchronized void describe(String label, boolean demo, boolean centre) {
        Keyring keyring = Keyring.load(dataDir);
        if (keyring.describe(label, demo, centre)) {
            keyring.save();
        }
    }
}
