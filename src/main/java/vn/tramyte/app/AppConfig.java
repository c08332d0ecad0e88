package vn.tramyte.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import vn.tramyte.db.DataDirectory;

/**
 * What the window starts with: the data folder, a language forced from the command line, the clock,
 * and a sync package (.tyt) to import once the window is open (null for none): the one a health
 * worker double-clicked, which the installed program receives as its only argument.
 */
public record AppConfig(Path dataDir, String languageOverride, Clock clock, Path packageToOpen) {

    public AppConfig(Path dataDir, String languageOverride, Clock clock) {
        this(dataDir, languageOverride, clock, null);
    }

    static AppConfig fromParameters(Map<String, String> named) {
        String open = named.get("open");
        return new AppConfig(DataDirectory.resolveForThisSystem(named.get("data-dir")), named.get("lang"),
                Clock.systemDefaultZone(), open == null ? null : Path.of(open));
    }
}
