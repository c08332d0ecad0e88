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

    static final String HELP_BUNDLE = "i18n/cli";

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Clock.systemDefaultZone());
    }

    /** Runs a command with "now" taken from the given clock (tests fix it; DESIGN.md: no test depends on today). */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        return create(out, err, helpLanguage(args), clock).execute(args);
    }

    private static void useClock(CommandLine cmd, Clock clock) {
        if (cmd.getCommand() instanceof GlobalOptions.WithGlobalOptions w) {
            w.global().useClock(clock);
        }
        cmd.getSubcommands().values().forEach(sub -> useClock(sub, clock));
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
        cmd.addSubcommand(new FeedbackCommand());
        cmd.addSubcommand(new SyncStatusCommand());
        useClock(cmd, clock);
        cmd.setResourceBundle(helpTexts(language));
        cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cmd.registerConverter(java.time.LocalDate.class, new DateOption());
        cmd.setParameterExceptionHandler(new UsageErrors());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        return cmd;
    }
}
