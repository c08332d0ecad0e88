package vn.tramyte.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tramyte}: with no subcommand, opens the window on the data folder. */
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
        vn.tramyte.app.Gui.launch(global.dataDir, global.language);
        return Cli.GUI_STARTED;
    }
}
