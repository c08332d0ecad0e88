package vn.tramyte.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.place.Installation;

/** {@code tramyte demo}: fills an empty data folder with the Than Uyên demo. */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer>, GlobalOptions.WithGlobalOptions {
    @CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Option(names = "--station", paramLabel = "CODE")
    String station;

    @Override
    public GlobalOptions global() {
        return global;
    }

    @Override
    public Integer call() {
        Messages messages = global.messages();
        try (Services services = global.open()) {
            Installation installation = services.demo().create(station);
            spec.commandLine().getOut().println(messages.format("cli.demo.done", installation.place().label(),
                    services.people().count(), services.database().dataDir().toString()));
        }
        return Cli.OK;
    }
}
