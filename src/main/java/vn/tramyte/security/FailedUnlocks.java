package vn.tramyte.security;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.PrivateFiles;
import vn.tramyte.common.UserError;

/**
 * Wrong passwords typed before an encrypted folder could open (decision 0013): the count in the database
 * cannot be written then, so it is kept in {@value #FILE} beside the keyring: per login name (only its
 * first two letters for a name the keyring does not know: a password typed into the name's box is never
 * kept), how many in a row and when the last was typed. The same growing wait as the database's count
 * ({@link LoginDelay}) applies before the key is even tried; the next opening writes them into the audit
 * and empties the file.
 */
public final class FailedUnlocks {
    public static final String FILE = vn.tramyte.db.Database.FILE_BASE + ".attempts";
    private static final Logger LOG = LoggerFactory.getLogger(FailedUnlocks.class);

    private final Path dataDir;
    private final Properties entries = new Properties();

    private FailedUnlocks(Path dataDir) {
        this.dataDir = dataDir;
    }

    public static FailedUnlocks load(Path dataDir) {
        FailedUnlocks f = new FailedUnlocks(dataDir);
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                f.entries.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("{} unreadable: the wrong passwords counted before opening start again", file, e);
            }
        }
        return f;
    }

    /** The name kept for a login: itself when the keyring knows it, else its first two letters and "…". */
    public static String kept(String login, boolean known) {
        return known || login.length() <= 2 ? login : login.substring(0, 2) + "…";
    }

    /** Refuses with the sentence of the wait when the login's wrong passwords in a row still ask for one. */
    public void checkWait(String kept, Instant now) {
        int count = count(kept);
        Duration wait = LoginDelay.after(count);
        String last = entries.getProperty("last." + kept);
        if (wait.isZero() || last == null) {
            return;
        }
        Duration left = Duration.between(now, Instant.parse(last).plus(wait));
        if (!left.isNegative() && !left.isZero()) {
            long seconds = (left.toMillis() + 999) / 1000;
            throw new UserError("security.error.wait", count, (seconds + 59) / 60, seconds);
        }
    }

    /** One more wrong password for the login, kept at once. */
    public void record(String kept, Instant now) {
        entries.setProperty("count." + kept, Integer.toString(count(kept) + 1));
        entries.setProperty("last." + kept, now.toString());
        save();
    }

    public int count(String kept) {
        try {
            return Integer.parseInt(entries.getProperty("count." + kept, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The logins with wrong passwords in a row and how many, by name. */
    public Map<String, Integer> pending() {
        Map<String, Integer> all = new TreeMap<>();
        for (String k : entries.stringPropertyNames()) {
            if (k.startsWith("count.")) {
                all.put(k.substring("count.".length()), count(k.substring("count.".length())));
            }
        }
        return all;
    }

    /** Forgets them all (written into the audit, or the right password typed). */
    public void clear() {
        entries.clear();
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            LOG.warn("{} not removed", dataDir.resolve(FILE), e);
        }
    }

    private void save() {
        Path file = dataDir.resolve(FILE);
        Path tmp = dataDir.resolve(FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            entries.store(out, "TramYTe: wrong passwords before the folder opened (decision 0013)");
        } catch (IOException e) {
            LOG.warn("{} not written", tmp, e);
            return;
        }
        try {
            PrivateFiles.restrict(tmp);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("{} not written", file, e);
        }
    }
}
