package vn.tramyte.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions printed by {@code tramyte --version} and shown in the window. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String app() {
        return read(AppVersion.class.getResourceAsStream("/tramyte-version.properties"), "version", "dev");
    }

    /** The JavaFX version, or null when JavaFX is not on the module or class path. */
    public static String javafx() {
        return read(ClassLoader.getSystemResourceAsStream("javafx.properties"), "javafx.runtime.version", null);
    }

    private static String read(InputStream in, String key, String fallback) {
        if (in == null) {
            return fallback;
        }
        try (in) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty(key, fallback);
        } catch (IOException e) {
            return fallback;
        }
    }
}
