package vn.tramyte.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a station keeps its database and log: {@code --data-dir} first, then the
 * environment variable {@code TRAMYTE_HOME}, then the per-user folder of the system.
 */
public final class DataDirectory {
    public static final String ENV_VARIABLE = "TRAMYTE_HOME";

    private DataDirectory() {
    }

    public static Path resolve(String option, Map<String, String> env, String osName, String userHome) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return defaultFor(env, osName, userHome);
    }

    public static Path resolveForThisSystem(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    static Path defaultFor(Map<String, String> env, String osName, String userHome) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve("TramYTe");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "TramYTe");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("tramyte");
    }
}
