package vn.tramyte.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.place.Installation;

/** {@code tramyte demo}: fills an empty data folder with the Than Uyên demo. */
@Command(name = "demo", mixinStandardHelpOptions = true)
public final class DemoCommand extends GlobalCommand {
    @picocli.CommandLine.Option(names = "--station", paramLabel = "CODE")
    String station;

    @Override
    public Integer call() {
        Messages messages = global.messages();
        try (Services services = global.openForSetup()) {
            // the user named by --user/TRAMYTE_USER becomes an administrator too, so scripts can use the demo
            vn.tramyte.security.NewUser extra = global.userGiven() ? new vn.tramyte.security.NewUser(
                    global.loginName(), global.loginName(), vn.tramyte.security.Role.ADMINISTRATOR,
                    global.firstPassword()) : null;
            Installation installation = services.demo().create(station, vn.tramyte.demo.DemoProgress.NONE, extra);
            spec.commandLine().getOut().println(messages.format("cli.demo.done", installation.place().label(),
                    services.people().count(), services.database().dataDir().toString()));
            spec.commandLine().getOut().println(messages.format("cli.demo.users", vn.tramyte.demo.DemoUsers.PASSWORD));
            InitCommand.printRecoveryCode(services, messages, spec.commandLine().getOut());
        }
        return Cli.OK;
    }
}
