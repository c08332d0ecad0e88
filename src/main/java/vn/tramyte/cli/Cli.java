package vn.tramyte.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Builds the picocli command line and runs it: one clear line on stderr for a user mistake. */
public final class Cli {
    /** Returned when no subcommand was given and the window took over. */
    public static final int GUI_STARTED = -1;
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE = 2;
    /** The database server could not be reached or refused the login (issue 16 asks for 2, as a usage error). */
    public static final int SERVER_UNAVAILABLE = 2;

    static final String HELP_BUNDLE = "i18n/cli";

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Clock.systemDefaultZone());
    }

    /** Runs a command with "now" taken from the given clock (tests fix it; DESIGN.md: no test depends on today). */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        return run(args, out, err, clock, System.getenv(), Terminal.ofSystem());
    }

    /**
     * The same with the environment ({@code TRAMYTE_USER}, {@code TRAMYTE_PASSWORD}) and the console
     * given (tests; a null console is a script's).
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock,
                          java.util.Map<String, String> environment, Terminal terminal) {
        int pkg = windowArguments(args);
        if (pkg != NOT_THE_WINDOW) {
            return openWindow(args, pkg, utf8(err));
        }
        CommandLine cmd = create(out, err, helpLanguage(args), clock);
        useEnvironment(cmd, environment, terminal);
        return cmd.execute(args);
    }

    /**
     * The window's own command line (the desktop icon's: none at all; a file manager's: one sync package)
     * is read without picocli: its parser and the twenty commands' cost a quarter of a second, the root
     * command alone a tenth, before the first frame on a station PC (issue 12, decision 0019). What the
     * root command would do, done here: the package must be a file, then the window opens (and imports it).
     */
    private static int openWindow(String[] args, int pkg, PrintWriter err) {
        GlobalOptions options = GlobalOptions.fromArguments(args);
        java.nio.file.Path file = null;
        if (pkg >= 0) {
            file = java.nio.file.Path.of(args[pkg]);
            if (!java.nio.file.Files.isRegularFile(file)) {
                err.println("tramyte: " + options.messages().format("cli.error.noSuchFile",
                        file.toAbsolutePath().toString()));
                return USER_ERROR;
            }
        }
        try {
            vn.tramyte.app.Gui.launch(options.dataDir, options.language, file);
        } catch (RuntimeException e) {
            return ErrorHandler.report(e, options.messages(), err);
        }
        return GUI_STARTED;
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /**
     * Where the sync package (.tyt) is among the arguments when it is the only one besides
     * {@code --data-dir} and {@code --lang}: the way a file manager starts the installed program on a
     * double-clicked package. -1 for any other command line (a command's own arguments never count).
     */
    static int packageArgument(String[] args) {
        return Math.max(-1, windowArguments(args));
    }

    /** {@link #windowArguments}: a command line that is not the window's alone. */
    private static final int NOT_THE_WINDOW = -2;

    /**
     * The window's own command line: nothing but {@code --data-dir}, {@code --lang} and at most one sync
     * package. Where the package is ({@link #packageArgument}), -1 for none, or {@link #NOT_THE_WINDOW}.
     */
    private static int windowArguments(String[] args) {
        int found = -1;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String option = a.startsWith("--data-dir") ? "--data-dir" : a.startsWith("--lang") ? "--lang" : null;
            if (option != null && (a.equals(option) || a.startsWith(option + "="))) {
                if (!seen.add(option)) {
                    return NOT_THE_WINDOW; // given twice: the parser says so
                }
                if (a.equals(option) && ++i == args.length) {
                    return NOT_THE_WINDOW; // its value is missing: the parser says so
                }
            } else {
                if (found >= 0 || !a.toLowerCase(Locale.ROOT).endsWith(vn.tramyte.sync.SyncService.EXTENSION)) {
                    return NOT_THE_WINDOW;
                }
                found = i;
            }
        }
        return found;
    }

    private static void useClock(CommandLine cmd, Clock clock) {
        if (cmd.getCommand() instanceof GlobalOptions.WithGlobalOptions w) {
            w.global().useClock(clock);
        }
        cmd.getSubcommands().values().forEach(sub -> useClock(sub, clock));
    }

    private static void useEnvironment(CommandLine cmd, java.util.Map<String, String> environment, Terminal terminal) {
        if (cmd.getCommand() instanceof GlobalOptions.WithGlobalOptions w) {
            w.global().useEnvironment(environment, terminal);
        }
        cmd.getSubcommands().values().forEach(sub -> useEnvironment(sub, environment, terminal));
    }

    /** The language of the help: {@code --lang xx} or {@code --lang=xx} among the arguments, else Vietnamese. */
    static String helpLanguage(String[] args) {
        String language = GlobalOptions.valueOf(args, "--lang");
        return language == null ? "vi" : language;
    }

    /** The help texts of every command and option, in a language (i18n/cli_vi or cli_en; CliHelpTest). */
    static ResourceBundle helpTexts(String language) {
        return ResourceBundle.getBundle(HELP_BUNDLE, "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static CommandLine create(PrintStream out, PrintStream err, String language) {
        return create(out, err, language, Clock.systemDefaultZone());
    }

    public static CommandLine create(PrintStream out, PrintStream err, String language, Clock clock) {
        CommandLine cmd = new CommandLine(new RootCommand());
        addCommands(cmd);
        useClock(cmd, clock);
        cmd.setResourceBundle(helpTexts(language));
        cmd.setOut(utf8(out));
        cmd.setErr(utf8(err));
        cmd.registerConverter(java.time.LocalDate.class, new DateOption());
        cmd.setParameterExceptionHandler(new UsageErrors());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        return cmd;
    }

    private static void addCommands(CommandLine cmd) {
        cmd.addSubcommand(new InitCommand());
        cmd.addSubcommand(new DemoCommand());
        cmd.addSubcommand(new InfoCommand());
        cmd.addSubcommand(new AnthroCommand());
        cmd.addSubcommand(new ImportCsvCommand());
        cmd.addSubcommand(new CatalogueCommand());
        cmd.addSubcommand(new TargetsCommand());
        cmd.addSubcommand(new DueListCommand());
        cmd.addSubcommand(new ReportCommand());
        cmd.addSubcommand(new Dhis2MappingCommand());
        cmd.addSubcommand(new ExportCommand());
        cmd.addSubcommand(new SyncImportCommand());
        cmd.addSubcommand(new EnrolCommand());
        cmd.addSubcommand(new JoinProvinceCommand());
        cmd.addSubcommand(new FeedbackCommand());
        cmd.addSubcommand(new SyncStatusCommand());
        cmd.addSubcommand(UserCommand.create());
        cmd.addSubcommand(new BackupCommand());
        cmd.addSubcommand(new RestoreCommand());
        cmd.addSubcommand(new AuditCommand());
    }
}
