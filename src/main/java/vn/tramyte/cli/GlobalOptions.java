package vn.tramyte.cli;

import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;
import vn.tramyte.app.Services;
import vn.tramyte.common.Logging;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Settings;
import vn.tramyte.db.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Options every command takes: the data folder and the language of the output. */
public final class GlobalOptions {
    private static final Logger LOG = LoggerFactory.getLogger(GlobalOptions.class);
    @CommandLine.Option(names = "--data-dir", paramLabel = "DIR")
    String dataDir;

    @CommandLine.Option(names = "--lang", paramLabel = "vi|en")
    String language;

    /** Who runs the command (issue 13); else the environment variable {@value #USER_VARIABLE}. */
    @CommandLine.Option(names = "--user", paramLabel = "NAME")
    String user;

    /** The database on a PostgreSQL server instead of the folder's H2 file (issue 16); remembered in the folder. */
    @CommandLine.Option(names = "--db-url", paramLabel = "jdbc:postgresql://HOST:PORT/DB")
    String dbUrl;

    /** The login name on the database server; its password from {@code TRAMYTE_DB_PASSWORD}, the console or ~/.pgpass. */
    @CommandLine.Option(names = "--db-user", paramLabel = "NAME")
    String dbUser;

    /** The command these options belong to: where a notice is written (null when made from raw arguments). */
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    static final String USER_VARIABLE = "TRAMYTE_USER";
    static final String PASSWORD_VARIABLE = "TRAMYTE_PASSWORD";
    /** A new user's password, or one being reset, for scripts (no console). */
    static final String NEW_PASSWORD_VARIABLE = "TRAMYTE_NEW_PASSWORD";

    private java.util.Map<String, String> environment = System.getenv();
    private Terminal terminal = Terminal.ofSystem();
    /** The password typed on the console, kept for the rest of the command (a restore asks for it twice). */
    private char[] typedPassword;

    /** "Now" for everything the command does; the system's clock unless the caller gives one (tests). */
    private Clock clock = Clock.systemDefaultZone();

    void useClock(Clock clock) {
        this.clock = clock;
    }

    void useEnvironment(java.util.Map<String, String> environment, Terminal terminal) {
        this.environment = environment;
        this.terminal = terminal;
    }

    public Clock clock() {
        return clock;
    }

    public Path dataFolder() {
        return DataDirectory.resolveForThisSystem(dataDir);
    }

    public Messages messages() {
        if (language != null) {
            return Messages.forLanguage(language);
        }
        Path dir = dataFolder();
        return Messages.forLanguage(java.nio.file.Files.isDirectory(dir) ? new Settings(dir).language() : "vi");
    }

    /**
     * Opens the data folder's services, logging to its log file, and logs the user in (the same
     * password as in the window). A data folder where nobody can log in yet (new, or from a version
     * without logins) opens without: only {@code init} and {@code demo} change anything there.
     */
    public Services open() {
        Services services = openAndLogIn();
        // the first administrator to log in to an upgraded folder claims it: a new recovery code (0013)
        String code = services.users().takeRecoveryCode();
        if (code != null && mixee != null) {
            mixee.commandLine().getErr().println("tramyte: " + messages().format("cli.init.recoveryCode", code));
        }
        return services;
    }

    private Services openAndLogIn() {
        Path dir = preparedFolder();
        if (vn.tramyte.security.Keyring.load(dir).locked()) {
            // the database key is wrapped under the users' passwords (decision 0013): the password opens it
            String login = loginName();
            char[] password = password();
            try {
                return Services.unlock(dir, clock, login, password, serverPassword(dir));
            } finally {
                vn.tramyte.security.UserService.wipe(password);
            }
        }
        Services services = Services.open(dir, clock, serverPassword(dir));
        try {
            if (!services.users().needsFirstAdministrator()) {
                String login = loginName();
                char[] password = password();
                try {
                    services.login(login, password);
                } finally {
                    vn.tramyte.security.UserService.wipe(password);
                }
            }
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    /** The login name: {@code --user}, else {@value #USER_VARIABLE}, else asked on the console. */
    public String loginName() {
        if (user != null && !user.isBlank()) {
            return user.trim();
        }
        String fromEnvironment = environment.get(USER_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        if (terminal != null) {
            String typed = terminal.readLine(messages().get("cli.login.userPrompt"));
            if (typed != null && !typed.isBlank()) {
                return typed.trim();
            }
        }
        throw new vn.tramyte.common.UserError("cli.error.userNeeded");
    }

    /** The user's password: typed on the console, or {@value #PASSWORD_VARIABLE} when there is no console. */
    public char[] password() {
        if (typedPassword != null) {
            return typedPassword.clone();
        }
        if (terminal != null) {
            char[] typed = terminal.readPassword(messages().get("cli.login.passwordPrompt"));
            if (typed != null) {
                typedPassword = typed.clone(); // asked once per command (restore needs it twice)
                return typed;
            }
        }
        String fromEnvironment = environment.get(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        throw new vn.tramyte.common.UserError("cli.error.passwordNeeded");
    }

    /**
     * A new password (a new user's, or one reset): typed twice on the console, or
     * {@value #NEW_PASSWORD_VARIABLE} when there is no console.
     */
    public char[] newPassword() {
        return typedTwice(NEW_PASSWORD_VARIABLE, "cli.error.newPasswordNeeded");
    }

    /**
     * The password of the first administrator being made ({@code init}, {@code demo}): typed twice on
     * the console, or {@value #PASSWORD_VARIABLE} when there is no console (the same one that logs in later).
     */
    public char[] firstPassword() {
        return typedTwice(PASSWORD_VARIABLE, "cli.error.passwordNeeded");
    }

    /** A password typed twice on the console (they must agree), else the environment variable's. */
    private char[] typedTwice(String variable, String missingKey) {
        if (terminal != null) {
            char[] first = terminal.readPassword(messages().get("cli.login.newPasswordPrompt"));
            char[] again = terminal.readPassword(messages().get("cli.login.newPasswordAgain"));
            if (first != null && again != null) {
                if (!java.util.Arrays.equals(first, again)) {
                    throw new vn.tramyte.common.UserError("cli.error.passwordsDiffer");
                }
                return first;
            }
        }
        String fromEnvironment = environment.get(variable);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        throw new vn.tramyte.common.UserError(missingKey);
    }

    /** True when a user is named ({@code --user} or {@value #USER_VARIABLE}). */
    public boolean userGiven() {
        return (user != null && !user.isBlank()) || (environment.get(USER_VARIABLE) != null
                && !environment.get(USER_VARIABLE).isBlank());
    }

    /** Opens the data folder without logging in: for {@code init} and {@code demo}, which make the first users. */
    public Services openForSetup() {
        Path dir = preparedFolder();
        if (vn.tramyte.security.Keyring.load(dir).locked()) {
            return open(); // set up already: its key opens only with a user's password (decision 0013)
        }
        return Services.open(dir, clock, serverPassword(dir));
    }

    /** The data folder, made if needed (a sentence saying why when it cannot be). */
    Path createdFolder() {
        Path dir = dataFolder();
        try {
            vn.tramyte.common.PrivateFiles.createFolder(dir);
        } catch (java.io.IOException e) {
            LOG.warn("cannot write in the data folder {}", dir, e);
            throw new vn.tramyte.common.UserError("error.dataFolderUnwritable", dir.toString(), vn.tramyte.common.IoReason.of(e));
        }
        return dir;
    }

    /** The data folder, made if needed, with the log written into it. */
    private Path preparedFolder() {
        Path dir = createdFolder();
        Logging.toDataFolder(dir);
        rememberDatabase(dir);
        return dir;
    }

    /**
     * {@code --db-url}/{@code --db-user} written into the folder's settings, so later commands and the window
     * use the same server without repeating them (decision 0015). A folder whose records are in its H2 file
     * is not moved to a server by this: refused, its file untouched.
     */
    public void rememberDatabase(Path dir) {
        if (dbUrl == null && dbUser == null) {
            return;
        }
        if (dbUrl == null || !vn.tramyte.db.ServerDatabase.isServerUrl(dbUrl.trim())) {
            throw new vn.tramyte.common.UserError("cli.error.dbUrl", String.valueOf(dbUrl));
        }
        if (dbUser == null || dbUser.isBlank()) {
            throw new vn.tramyte.common.UserError("cli.error.dbUserNeeded");
        }
        if (vn.tramyte.db.Database.exists(dir)) {
            throw new vn.tramyte.common.UserError("cli.error.dbFolderHasFile", dir.toString());
        }
        new Settings(dir).setDatabase(dbUrl.trim(), dbUser.trim());
    }

    /**
     * The database server's password when the folder's database is on one: {@code TRAMYTE_DB_PASSWORD}, else
     * typed on the console, else null (PostgreSQL's own password file, ~/.pgpass, may have it).
     */
    char[] serverPassword(Path dir) {
        if (!vn.tramyte.db.ServerDatabase.configured(dir)) {
            return null;
        }
        String fromEnvironment = environment.get(vn.tramyte.db.ServerDatabase.PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        if (terminal != null) {
            return terminal.readPassword(messages().format("cli.login.serverPasswordPrompt",
                    new Settings(dir).databaseUser()));
        }
        return null;
    }

    /** Opens the data folder with the recovery code (which unwraps its key) and sets an administrator's password. */
    public Services openWithRecoveryCode(String code, String login, char[] newPassword) {
        Path dir = preparedFolder();
        return Services.recover(dir, clock, code, login, newPassword, serverPassword(dir));
    }

    /**
     * The data folder's database key without opening the database (a restore: it may be damaged): from the
     * user's password when it is wrapped (decision 0013), else the key kept until someone claims the folder.
     */
    public vn.tramyte.db.DatabaseKey databaseKey() {
        Path dir = preparedFolder();
        if (!vn.tramyte.security.Keyring.load(dir).locked()) {
            return Services.keyForSetup(dir);
        }
        String login = loginName();
        char[] password = password();
        try {
            return Services.keyFor(dir, clock, login, password);
        } finally {
            vn.tramyte.security.UserService.wipe(password);
        }
    }

    /**
     * The global options as written among raw arguments, for a command line picocli could not
     * parse: its error is still said in the language of {@code --lang}, else of the data folder.
     */
    static GlobalOptions fromArguments(String[] args) {
        GlobalOptions options = new GlobalOptions();
        options.language = valueOf(args, "--lang");
        options.dataDir = valueOf(args, "--data-dir");
        return options;
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE} among the arguments, or null. */
    static String valueOf(String[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(name + "=")) {
                return args[i].substring(name.length() + 1);
            }
        }
        return null;
    }

    /** The options of the command that ran. */
    static GlobalOptions of(CommandLine cmd) {
        Object command = cmd.getCommand();
        return command instanceof WithGlobalOptions w ? w.global() : new GlobalOptions();
    }

    /** A command that takes the global options as a mixin. */
    interface WithGlobalOptions {
        GlobalOptions global();
    }
}
