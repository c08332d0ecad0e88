package vn.tramyte.cli;

import picocli.CommandLine;

/**
 * A wrong use of a command found by the command itself (options that go together, one of two
 * pairs required): exit 2 like picocli's own, with its sentence from the bundles.
 */
final class UsageError extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    UsageError(CommandLine commandLine, String key, Object... args) {
        super(commandLine, key);
        this.key = key;
        this.args = args.clone();
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args.clone();
    }
}
