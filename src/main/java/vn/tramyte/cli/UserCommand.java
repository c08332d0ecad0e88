package vn.tramyte.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.Role;
import vn.tramyte.security.User;
import vn.tramyte.security.UserService;

/** {@code tramyte user add|list|disable|reset-password|recover}: the installation's users (issue 13). */
@Command(name = "user", mixinStandardHelpOptions = true)
public final class UserCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static CommandLine create() {
        CommandLine cmd = new CommandLine(new UserCommand());
        cmd.addSubcommand(new Add());
        cmd.addSubcommand(new ListUsers());
        cmd.addSubcommand(new Disable());
        cmd.addSubcommand(new ResetPassword());
        cmd.addSubcommand(new Recover());
        return cmd;
    }

    @Override
    public Integer call() {
        throw new UsageError(spec.commandLine(), "cli.usage.userNeedsCommand");
    }

    /** {@code tramyte user add --login L --full-name N --role R}; the password from the console or TRAMYTE_NEW_PASSWORD. */
    @Command(name = "add", mixinStandardHelpOptions = true)
    static final class Add extends GlobalCommand {
        @Option(names = "--login", paramLabel = "LOGIN", required = true)
        String login;
        @Option(names = "--full-name", paramLabel = "NAME", required = true)
        String fullName;
        @Option(names = "--role", paramLabel = "ROLE", required = true)
        String role;

        @Override
        public Integer call() {
            Role r = Role.parse(role).orElseThrow(() -> new UserError("cli.error.role", role));
            Messages messages = global.messages();
            try (Services services = global.open()) {
                char[] password = global.newPassword();
                try {
                    User made = services.users().add(new NewUser(fullName, login, r, password));
                    spec.commandLine().getOut().println(messages.format("cli.user.added", made.fullName(),
                            made.loginName(), messages.get(made.role().labelKey())));
                } finally {
                    UserService.wipe(password);
                }
            }
            return Cli.OK;
        }
    }

    /** {@code tramyte user list}: login, full name, role, active; one user a line, tab-separated. */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListUsers extends GlobalCommand {
        @Override
        public Integer call() {
            Messages messages = global.messages();
            try (Services services = global.open()) {
                for (User u : services.users().users()) {
                    spec.commandLine().getOut().println(String.join("\t",
                            u.loginName() == null ? "-" : u.loginName(), u.fullName(),
                            messages.get(u.role().labelKey()),
                            messages.get(u.active() ? "security.user.active" : "security.user.disabled")));
                }
            }
            return Cli.OK;
        }
    }

    /** {@code tramyte user disable LOGIN}. */
    @Command(name = "disable", mixinStandardHelpOptions = true)
    static final class Disable extends GlobalCommand {
        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "login")
        String login;

        @Override
        public Integer call() {
            Messages messages = global.messages();
            try (Services services = global.open()) {
                services.users().disable(login);
                spec.commandLine().getOut().println(messages.format("cli.user.disabled",
                        UserService.normaliseLogin(login)));
            }
            return Cli.OK;
        }
    }

    /** {@code tramyte user reset-password LOGIN}: the new password from the console or TRAMYTE_NEW_PASSWORD. */
    @Command(name = "reset-password", mixinStandardHelpOptions = true)
    static final class ResetPassword extends GlobalCommand {
        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "login")
        String login;

        @Override
        public Integer call() {
            Messages messages = global.messages();
            try (Services services = global.open()) {
                char[] password = global.newPassword();
                try {
                    String me = services.session().user().map(User::loginName).orElse("");
                    if (me.equals(UserService.normaliseLogin(login))) {
                        char[] current = global.password();
                        try {
                            services.users().changeOwnPassword(current, password);
                        } finally {
                            UserService.wipe(current);
                        }
                    } else {
                        services.users().resetPassword(login, password);
                    }
                } finally {
                    UserService.wipe(password);
                }
                spec.commandLine().getOut().println(messages.format("cli.user.passwordSet",
                        UserService.normaliseLogin(login)));
            }
            return Cli.OK;
        }
    }

    /**
     * {@code tramyte user recover --code CODE LOGIN}: the last administrator forgot the password; the
     * recovery code printed at setup sets a new one (no login needed; audited).
     */
    @Command(name = "recover", mixinStandardHelpOptions = true)
    static final class Recover extends GlobalCommand {
        @Option(names = "--code", paramLabel = "CODE", required = true)
        String code;
        @Parameters(index = "0", paramLabel = "LOGIN", descriptionKey = "login")
        String login;

        @Override
        public Integer call() {
            Messages messages = global.messages();
            char[] password = global.newPassword();
            try (Services services = global.openWithRecoveryCode(code, login, password)) {
                try {
                    User admin = services.session().user().orElseThrow();
                    spec.commandLine().getOut().println(messages.format("cli.user.recovered", admin.fullName(),
                            admin.loginName()));
                } finally {
                    UserService.wipe(password);
                }
            }
            return Cli.OK;
        }
    }
}
