package vn.tramyte.cli;

import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;
import vn.tramyte.app.Services;
import vn.tramyte.common.Logging;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Settings;
import vn.tramyte.db.DataDirectory;

/** Options every command takes: the data folder and the language of the output. */
public final class GlobalOptions {
    @CommandLine.Option(names = "--data-dir", paramLabel = "DIR")
    String dataDir;

    @CommandLine.Option(names = "--lang", paramLabel = "vi|en")
    String language;

    /** "Now" for everything the command does; the system's clock unless the caller gives one (tests). */
    private Clock clock = Clock.systemDefaultZone();

    void useClock(Clock clock) {
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    public Path dataFolder() {
        return DataDirectory.resolveForThisSystem(dataDir);
    }

    public Messages messages() {
        if (language != null) {
            return Messages.forLanguage(language);
        }
        Path dir = dataFolder();
        return Messages.forLanguage(java.nio.file.Files.isDirectory(dir) ? new Settings(dir).language() : "vi");
    }

    /** Opens the data folder's services, logging to its log file. */
    public Services open() {
        Path dir = dataFolder();
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new vn.tramyte.common.UserError("error.dataFolderUnwritable", dir.toString(), e.getMessage());
        }
        Logging.toDataFolder(dir);
        return Services.open(dir, clock);
    }

    /** The options of the command that ran. */
    static GlobalOptions of(CommandLine cmd) {
        Object command = cmd.getCommand();
        return command instanceof WithGlobalOptions w ? w.global() : new GlobalOptions();
    }

    /** A command that takes the global options as a mixin. */
    interface WithGlobalOptions {
        GlobalOptions global();
    }
}
