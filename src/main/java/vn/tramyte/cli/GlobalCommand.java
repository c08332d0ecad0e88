package vn.tramyte.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * The preamble every command that works on a data folder shared (issue 17): the global options
 * (--data-dir, --lang, the login) as a mixin, picocli's spec for the command's own output, and the
 * hook through which the error handler finds the options.
 */
abstract class GlobalCommand implements Callable<Integer>, GlobalOptions.WithGlobalOptions {
    @CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public GlobalOptions global() {
        return global;
    }
}
