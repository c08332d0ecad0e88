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
@Command(name = "init", mixinStandardHelpOptions = true)
public final class InitCommand implements Callable<Integer>, GlobalOptions.WithGlobalOptions {
    @CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--mode", paramLabel = "station|centre")
    String mode;

    @Option(names = "--place", paramLabel = "CODE")
    String place;

    @Option(names = "--code-list", paramLabel = "2024|2025", defaultValue = "2025")
    String codeList;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "Quản trị")
    String user;

    @Option(names = "--enrolment", paramLabel = "FILE")
    java.nio.file.Path enrolment;

    @Option(names = "--code", paramLabel = "CODE")
    String code;

    @Override
    public GlobalOptions global() {
        return global;
    }

    @Override
    public Integer call() {
        if (enrolment != null || code != null) {
            if (enrolment == null || code == null) {
                throw new UsageError(spec.commandLine(), "cli.usage.enrolmentWithCode");
            }
            Messages messages = global.messages();
            try (Services services = global.open()) {
                Installation installation = services.sync().setUpFromEnrolment(enrolment, code, user);
                spec.commandLine().getOut().println(messages.format("cli.init.done",
                        messages.get(installation.mode().messageKey()), installation.place().label(),
                        services.database().dataDir().toString()));
            }
            return Cli.OK;
        }
        if (mode == null || place == null) {
            throw new UsageError(spec.commandLine(), "cli.usage.initNeeds");
        }
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
