package vn.tramyte.cli;

import java.io.PrintStream;
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

    private Cli() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return create(out, err).execute(args);
    }

    public static CommandLine create(PrintStream out, PrintStream err) {
        CommandLine cmd = new CommandLine(new RootCommand());
        cmd.addSubcommand(new InitCommand());
        cmd.addSubcommand(new DemoCommand());
        cmd.addSubcommand(new InfoCommand());
        cmd.addSubcommand(new AnthroCommand());
        cmd.addSubcommand(new ImportCsvCommand());
        cmd.addSubcommand(new CatalogueCommand());
        cmd.addSubcommand(new TargetsCommand());
        cmd.addSubcommand(new DueListCommand());
        cmd.addSubcommand(new ExportCommand());
        cmd.addSubcommand(new SyncImportCommand());
        cmd.addSubcommand(new EnrolCommand());
        cmd.addSubcommand(new FeedbackCommand());
        cmd.addSubcommand(new SyncStatusCommand());
        cmd.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cmd.setParameterExceptionHandler((ex, a) -> {
            CommandLine failed = ex.getCommandLine();
            failed.getErr().println("tramyte: " + ex.getMessage() + " (" + failed.getCommandSpec().qualifiedName()
                    + " --help)");
            return USAGE;
        });
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        return cmd;
    }
}
