package vn.tramyte.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.csvimport.Utf8Text;

/**
 * A set of the centre's reference data as a CSV file it edits in a spreadsheet: {@code --export
 * FILE} writes the set in force, {@code --import FILE} checks an edited one and puts it in force
 * (at a centre; sync then carries it to the stations).
 */
abstract class ReferenceFileCommand extends GlobalCommand {
    /** A province's targets, the catalogue and the mapping are a few hundred rows: some 100 kB. */
    static final long MAX_BYTES = 16L << 20;

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Action action;

    static final class Action {
        @Option(names = "--export", paramLabel = "FILE")
        Path export;

        @Option(names = "--import", paramLabel = "FILE")
        Path importFile;
    }

    /** Writes the set in force. */
    abstract void export(Services services, Writer out) throws IOException;

    /** Checks and puts in force an edited file; returns the new version. */
    abstract int importFile(Services services, String user, Reader in, String fileName);

    /** The sentence saying which version is now in force (one argument). */
    abstract String importedKey();

    @Override
    public Integer call() throws IOException {
        Messages m = global.messages();
        try (Services services = global.open()) {
            if (action.export != null) {
                try (Writer out = Files.newBufferedWriter(action.export, StandardCharsets.UTF_8)) {
                    export(services, out);
                }
                spec.commandLine().getOut().println("file: " + action.export.toAbsolutePath());
                return Cli.OK;
            }
            if (!Files.isRegularFile(action.importFile)) {
                throw new UserError("cli.error.noSuchFile", action.importFile.toString());
            }
            String name = action.importFile.getFileName().toString();
            if (Files.size(action.importFile) > MAX_BYTES) {
                // never read a whole file to find out it is too big (issue 14 §4: a 3 GB file ran out of memory)
                throw new UserError("cli.error.referenceFileTooLarge", name, String.valueOf(MAX_BYTES >> 20));
            }
            // read strictly, as import-csv reads a register: a file saved as Windows-1258 is told, not misread
            Utf8Text.Decoded text = Utf8Text.decode(Files.readAllBytes(action.importFile));
            if (!text.ok()) {
                throw new UserError("import.at.line", name, String.valueOf(text.badLine()),
                        m.get("import.problem.notUtf8"));
            }
            try (Reader in = new StringReader(text.text())) {
                int version = importFile(services, services.users().currentUserName(), in, name);
                spec.commandLine().getOut().println(m.format(importedKey(), String.valueOf(version)));
            }
            return Cli.OK;
        }
    }
}
