package vn.tramyte.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code tramyte}: with no subcommand, opens the window on the data folder. Only with options beyond the
 * window's own: {@code --data-dir}, {@code --lang} and {@code tramyte FILE.tyt} (a package double-clicked
 * in the file manager) open it without the parser ({@link Cli}).
 */
@Command(name = "tramyte", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public final class RootCommand implements Callable<Integer>, GlobalOptions.WithGlobalOptions {
    @CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    @Override
    public GlobalOptions global() {
        return global;
    }

    @Override
    public Integer call() {
        if (global.dbUrl != null || global.dbUser != null) {
            // the window opens the server the folder's settings name; its password: TRAMYTE_DB_PASSWORD or ~/.pgpass
            global.rememberDatabase(global.createdFolder());
        }
        vn.tramyte.app.Gui.launch(global.dataDir, global.language, null);
        return Cli.GUI_STARTED;
    }
}
