package vn.tramyte.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.Role;
import vn.tramyte.security.User;

/**
 * {@code tramyte init --mode station --place 03637}: sets a new installation up, with its first
 * administrator from {@code --user}/TRAMYTE_USER and the password (console, or TRAMYTE_PASSWORD).
 * On a data folder of an earlier version (set up, nobody can log in) it makes the first administrator only.
 */
@Command(name = "init", mixinStandardHelpOptions = true)
public final class InitCommand extends GlobalCommand {
    @Option(names = "--mode", paramLabel = "station|centre")
    String mode;

    @Option(names = "--place", paramLabel = "CODE")
    String place;

    @Option(names = "--code-list", paramLabel = "2024|2025", defaultValue = "2025")
    String codeList;

    @Option(names = "--full-name", paramLabel = "NAME", defaultValue = "Quản trị")
    String fullName;

    @Option(names = "--enrolment", paramLabel = "FILE")
    java.nio.file.Path enrolment;

    @Option(names = "--code", paramLabel = "CODE")
    String code;

    @Override
    public Integer call() {
        if (enrolment != null || code != null) {
            if (enrolment == null || code == null) {
                throw new UsageError(spec.commandLine(), "cli.usage.enrolmentWithCode");
            }
            Messages messages = global.messages();
            try (Services services = global.open()) {
                NewUser admin = services.users().needsFirstAdministrator() ? firstAdministrator() : null;
                Installation installation = services.sync().setUpFromEnrolment(enrolment, code, admin);
                done(services, messages, installation);
            }
            return Cli.OK;
        }
        Messages messages = global.messages();
        if (mode == null && place == null) {
            try (Services services = global.openForSetup()) {
                java.util.Optional<Installation> existing = services.setup().installation();
                if (existing.isPresent() && services.users().needsFirstAdministrator()) {
                    // a data folder of an earlier version: its first administrator
                    User admin = services.users().createFirstAdministrator(firstAdministrator());
                    spec.commandLine().getOut().println(messages.format("cli.init.administrator", admin.fullName(),
                            admin.loginName()));
                    printRecoveryCode(services, messages, spec.commandLine().getOut());
                    return Cli.OK;
                }
            }
        }
        if (mode == null || place == null) {
            throw new UsageError(spec.commandLine(), "cli.usage.initNeeds");
        }
        Mode m = Mode.parse(mode).orElseThrow(() -> new UserError("cli.error.mode", mode));
        if (!codeList.equals("2024") && !codeList.equals("2025")) {
            throw new UserError("cli.error.codeList", codeList);
        }
        try (Services services = global.openForSetup()) {
            Installation installation = services.setup().setUp(m, CodeList.fromCode(codeList), place,
                    firstAdministrator());
            done(services, messages, installation);
        }
        return Cli.OK;
    }

    private NewUser firstAdministrator() {
        String login = global.loginName();
        return new NewUser(fullName, login, Role.ADMINISTRATOR, global.firstPassword());
    }

    private void done(Services services, Messages messages, Installation installation) {
        spec.commandLine().getOut().println(messages.format("cli.init.done",
                messages.get(installation.mode().messageKey()), installation.place().label(),
                services.database().dataDir().toString()));
        services.session().user().ifPresent(u -> spec.commandLine().getOut().println(
                messages.format("cli.init.administrator", u.fullName(), u.loginName())));
        printRecoveryCode(services, messages, spec.commandLine().getOut());
    }

    /** The recovery code, shown this once: it resets an administrator's forgotten password. */
    static void printRecoveryCode(Services services, Messages messages, java.io.PrintWriter out) {
        String recovery = services.users().takeRecoveryCode();
        if (recovery != null) {
            out.println(messages.format("cli.init.recoveryCode", recovery));
        }
    }
}
