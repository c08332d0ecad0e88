package vn.tramyte.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;

/** {@code tramyte init --mode station --place 03637}: sets a new installation up. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Set this installation up as a station or a centre.")
public final class InitCommand implements Callable<Integer>, GlobalOptions.WithGlobalOptions {
    @CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--mode", required = true, paramLabel = "station|centre", description = "station or centre")
    String mode;

    @Option(names = "--place", required = true, paramLabel = "CODE",
            description = "GSO code: a commune (station, e.g. 03637) or a district (centre, e.g. 110)")
    String place;

    @Option(names = "--code-list", paramLabel = "2024|2025", defaultValue = "2025",
            description = "Code list of a station's commune code (default ${DEFAULT-VALUE}); centres use 2024")
    String codeList;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "Quản trị",
            description = "Name of the first user (default: ${DEFAULT-VALUE})")
    String user;

    @Override
    public GlobalOptions global() {
        return global;
    }

    @Override
    public Integer call() {
        Mode m = Mode.parse(mode).orElseThrow(() -> new UserError("cli.error.mode", mode));
        if (!codeList.equals("2024") && !codeList.equals("2025")) {
            throw new UserError("cli.error.codeList", codeList);
        }
        Messages messages = global.messages();
        try (Services services = global.open()) {
            Installation installation = services.setup().setUp(m, CodeList.fromCode(codeList), place, user);
            spec.commandLine().getOut().println(messages.format("cli.init.done",
                    messages.get(installation.mode().messageKey()), installation.place().label(),
                    services.database().dataDir().toString()));
        }
        return Cli.OK;
    }
}
