package vn.tramyte.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code tramyte}: with no subcommand, opens the window on the data folder; {@code tramyte FILE.tyt}
 * opens it and imports that sync package (a package double-clicked in the file manager).
 */
@Command(name = "tramyte", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public final class RootCommand implements Callable<Integer>, GlobalOptions.WithGlobalOptions {
    @CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    /** A sync package to import once the window is open (Cli sets it for {@code tramyte FILE.tyt}). */
    java.nio.file.Path packageToOpen;

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
        vn.tramyte.app.Gui.launch(global.dataDir, global.language, packageToOpen);
        return Cli.GUI_STARTED;
    }
}
