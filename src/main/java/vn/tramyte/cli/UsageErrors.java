package vn.tramyte.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import vn.tramyte.common.Messages;

/**
 * picocli's own errors (a missing option, an unknown one, a value that is not a date...) as one
 * sentence in the user's language naming the option and the form it expects, then the help
 * command to read: {@code tramyte: <sentence> (tramyte due-list --help)}. Exit 2.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine failed = ex.getCommandLine();
        Messages m = GlobalOptions.fromArguments(args).messages();
        failed.getErr().println("tramyte: " + sentence(ex, args, m) + " ("
                + failed.getCommandSpec().qualifiedName() + " --help)");
        return Cli.USAGE;
    }

    static String sentence(CommandLine.ParameterException ex, String[] args, Messages m) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName();
        if (ex instanceof UsageError own) {
            return m.format(own.key(), own.args());
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched(ex.getCommandLine(), unmatched.getUnmatched(), unmatched.getSuggestions(), m);
        }
        List<String> unknown = ex.getCommandLine().getUnmatchedArguments();
        if (!unknown.isEmpty()) {
            // picocli finds required options missing before it reports unknown ones; the unknown one is
            // most likely a required one mistyped, so it is the one to name
            return unmatched(ex.getCommandLine(), unknown,
                    new CommandLine.UnmatchedArgumentException(ex.getCommandLine(), unknown).getSuggestions(), m);
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return missing(missing.getMissing(), args, m);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException twice) {
            return m.format("cli.usage.repeated", name(twice.getOverwritten()));
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            return badValue(arg, ex.getValue(), m);
        }
        return m.format("cli.usage.other", command);
    }

    private static String missing(List<ArgSpec> specs, String[] args, Messages m) {
        List<String> options = new ArrayList<>();
        for (ArgSpec a : specs) {
            if (a instanceof OptionSpec o && given(o, args)) {
                return m.format("cli.usage.missingValue", o.longestName(), a.paramLabel());
            }
            if (a.isPositional()) {
                return m.format("cli.usage.missingParameter", a.paramLabel());
            }
            options.add(name(a) + " " + a.paramLabel());
        }
        return m.format("cli.usage.missingOptions", String.join(", ", options));
    }

    /** True when the option is among the arguments (so its value is what is missing, not the option). */
    private static boolean given(OptionSpec o, String[] args) {
        return Arrays.stream(args).anyMatch(a -> Arrays.stream(o.names()).anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
    }

    private static String unmatched(CommandLine failed, List<String> unmatched, List<String> suggestions, Messages m) {
        String first = unmatched.get(0);
        String command = failed.getCommandSpec().qualifiedName();
        if (first.startsWith("-")) {
            String sentence = m.format("cli.usage.unknownOption", first, command);
            return suggestions.isEmpty() ? sentence : sentence + " " + m.format("cli.usage.didYouMean", suggestions.get(0));
        }
        if (!failed.getSubcommands().isEmpty()) {
            String sentence = m.format("cli.usage.unknownCommand", first,
                    String.join(", ", failed.getSubcommands().keySet()));
            return suggestions.isEmpty() ? sentence : sentence + " " + m.format("cli.usage.didYouMean", suggestions.get(0));
        }
        return m.format("cli.usage.extraArgument", first, command);
    }

    private static String badValue(ArgSpec arg, String value, Messages m) {
        Class<?> type = arg.type();
        if (type == LocalDate.class) {
            return m.format(DateOption.problemKey(value), name(arg), value);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return m.format("cli.usage.notANumber", name(arg), value);
        }
        return m.format("cli.usage.badValue", name(arg), value, arg.paramLabel());
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }
}
