package vn.tramyte.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import picocli.CommandLine.Command;
import vn.tramyte.app.Services;

/**
 * {@code tramyte targets --export FILE} / {@code --import FILE}: the annual plan's targets per
 * commune, indicator, year and population, as a CSV file a centre edits in a spreadsheet.
 */
@Command(name = "targets", mixinStandardHelpOptions = true)
public final class TargetsCommand extends ReferenceFileCommand {

    @Override
    void export(Services services, Writer out) throws IOException {
        services.targets().exportTargets(out);
    }

    @Override
    int importFile(Services services, String user, Reader in, String fileName) {
        return services.targets().importTargets(user, in, fileName);
    }

    @Override
    String importedKey() {
        return "cli.targets.imported";
    }
}
