package vn.tramyte.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tramyte.app.Services;

/** {@code tramyte export [--out DIR]}: the station's data package for its centre. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Make this station's data package for its centre: every change the centre has not",
            "acknowledged yet. Prints 'file: PATH'."})
public final class ExportCommand implements Callable<Integer>, GlobalOptions.WithGlobalOptions {
    @CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Folder to write to (default: here)")
    Path out;

    @Override
    public GlobalOptions global() {
        return global;
    }

    @Override
    public Integer call() {
        try (Services services = global.open()) {
            Path file = services.sync().export(out);
            spec.commandLine().getOut().println("file: " + file.toAbsolutePath());
        }
        return Cli.OK;
    }
}
