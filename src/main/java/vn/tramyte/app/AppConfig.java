package vn.tramyte.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import vn.tramyte.db.DataDirectory;

/** What the window starts with: the data folder, a language forced from the command line, the clock. */
public record AppConfig(Path dataDir, String languageOverride, Clock clock) {

    static AppConfig fromParameters(Map<String, String> named) {
        return new AppConfig(DataDirectory.resolveForThisSystem(named.get("data-dir")), named.get("lang"),
                Clock.systemDefaultZone());
    }
}
