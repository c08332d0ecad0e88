package vn.tramyte.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Choices remembered in the data folder, outside the database: the interface language. */
public final class Settings {
    public static final String FILE_NAME = "settings.properties";
    private static final String LANGUAGE = "language";

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
