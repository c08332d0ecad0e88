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
        Messages messages = GlobalOptions.of(cmd).messages();
        if (ex instanceof UserError userError) {
            cmd.getErr().println("tramyte: " + userError.describe(messages).replace('\n', ' '));
            return ex instanceof vn.tramyte.db.ServerUnavailable ? Cli.SERVER_UNAVAILABLE : Cli.USER_ERROR;
        }
        LOG.error("command failed", ex);
        cmd.getErr().println("tramyte: " + messages.describe(ex));
        return Cli.USER_ERROR;
    }
}
