package vn.tramyte.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;

/**
 * {@code tramyte catalogue --export FILE} / {@code --import FILE}: the vaccine catalogue as a CSV
 * file a centre edits in a spreadsheet (the schedule is data, DOMAIN.md §3).
 */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = {"Export the vaccine catalogue as CSV, or put an edited one in force (at a centre).",
            "Doses already recorded keep their verdicts; the new catalogue applies from now on."})
public final class CatalogueCommand implements Callable<Integer>, GlobalOptions.WithGlobalOptions {
    @CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    static final class Action {
        @Option(names = "--export", paramLabel = "FILE", description = "write the catalogue in force to FILE")
        Path export;

        @Option(names = "--import", paramLabel = "FILE", description = "put the edited catalogue FILE in force")
        Path importFile;
    }

    @Override
    public GlobalOptions global() {
        return global;
    }

    @Override
    public Integer call() throws IOException {
        Messages m = global.messages();
        try (Services services = global.open()) {
            if (action.export != null) {
                try (Writer out = Files.newBufferedWriter(action.export, StandardCharsets.UTF_8)) {
                    services.vaccination().exportCatalogue(out);
                }
                spec.commandLine().getOut().println("file: " + action.export.toAbsolutePath());
                return Cli.OK;
            }
            if (!Files.isRegularFile(action.importFile)) {
                throw new UserError("cli.error.noSuchFile", action.importFile.toString());
            }
            try (Reader in = Files.newBufferedReader(action.importFile, StandardCharsets.UTF_8)) {
                int version = services.vaccination().importCatalogue(services.users().currentUserName(), in,
                        action.importFile.getFileName().toString());
                spec.commandLine().getOut().println(m.format("cli.catalogue.imported", String.valueOf(version)));
            }
            return Cli.OK;
        }
    }
}
