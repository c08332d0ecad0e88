package vn.tramyte.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tramyte.app.Services;

/** {@code tramyte feedback --out DIR}: at a centre, one feedback package per enrolled station. */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = {"At a centre: make a feedback package for every enrolled station (acknowledgement,",
            "people who moved in or out). Prints 'file: PATH' for each."})
public final class FeedbackCommand implements Callable<Integer>, GlobalOptions.WithGlobalOptions {
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
            for (Path file : services.sync().feedback(out)) {
                spec.commandLine().getOut().println("file: " + file.toAbsolutePath());
            }
        }
        return Cli.OK;
    }
}
