package vn.tramyte.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;

/** A user mistake: its sentence on stderr, exit 1. Anything else: one line and the log. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        return report(ex, GlobalOptions.of(cmd).messages(), cmd.getErr());
    }

    /** One line on stderr: the user's mistake in their words, anything else logged too; the exit code. */
    static int report(Exception ex, Messages messages, java.io.PrintWriter err) {
        if (ex instanceof UserError userError) {
            err.println("tramyte: " + userError.describe(messages).replace('\n', ' '));
            return ex instanceof vn.tramyte.db.ServerUnavailable ? Cli.SERVER_UNAVAILABLE : Cli.USER_ERROR;
        }
        LOG.error("command failed", ex);
        err.println("tramyte: " + messages.describe(ex));
        return Cli.USER_ERROR;
    }
}
