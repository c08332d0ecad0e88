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
            vn.tramyte.common.PrivateFiles.createFolder(dir);
        } catch (java.io.IOException e) {
            throw new vn.tramyte.common.UserError("error.dataFolderUnwritable", dir.toString(), e.getMessage());
        }
        Logging.toDataFolder(dir);
        return Services.open(dir, clock);
    }

    /**
     * The global options as written among raw arguments, for a command line picocli could not
     * parse: its error is still said in the language of {@code --lang}, else of the data folder.
     */
    static GlobalOptions fromArguments(String[] args) {
        GlobalOptions options = new GlobalOptions();
        options.language = valueOf(args, "--lang");
        options.dataDir = valueOf(args, "--data-dir");
        return options;
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE} among the arguments, or null. */
    static String valueOf(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
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
