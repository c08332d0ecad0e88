package vn.tramyte.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Choices remembered in the data folder, outside the database: the interface language, and the
 * PostgreSQL server the folder's database is on when it is not the H2 file (never its password).
 */
public final class Settings {
    public static final String FILE_NAME = "settings.properties";
    private static final String LANGUAGE = "language";
    private static final String DATABASE_URL = "databaseUrl";
    private static final String DATABASE_USER = "databaseUser";

    private final Path file;

    public Settings(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** "vi" (the default) or "en". */
    public String language() {
        String lang = load().getProperty(LANGUAGE, "vi");
        return "en".equals(lang) ? "en" : "vi";
    }

    public void setLanguage(String language) {
        Properties p = load();
        p.setProperty(LANGUAGE, "en".equals(language) ? "en" : "vi");
        store(p);
    }

    /** The server's JDBC address ({@code jdbc:postgresql://...}), or null when the database is the folder's H2 file. */
    public String databaseUrl() {
        String url = load().getProperty(DATABASE_URL);
        return url == null || url.isBlank() ? null : url.trim();
    }

    /** The login name on the database server, or null. */
    public String databaseUser() {
        return load().getProperty(DATABASE_USER);
    }

    /** Remembers the database server (address and login name; the password is never written down). */
    public void setDatabase(String url, String user) {
        Properties p = load();
        p.setProperty(DATABASE_URL, url);
        if (user == null) {
            p.remove(DATABASE_USER);
        } else {
            p.setProperty(DATABASE_USER, user);
        }
        store(p);
    }

    private void store(Properties p) {
        try {
            PrivateFiles.createFolder(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                p.store(out, "TramYTe settings");
            }
            PrivateFiles.restrict(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }
}
