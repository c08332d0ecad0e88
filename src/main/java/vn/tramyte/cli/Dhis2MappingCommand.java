package vn.tramyte.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import picocli.CommandLine.Command;
import vn.tramyte.app.Services;

/**
 * {@code tramyte dhis2-mapping --export FILE} / {@code --import FILE}: which DHIS2 data set, data
 * elements, category option combos and org units the report's counts go to, as a CSV file the
 * centre edits (docs/report-formats.md).
 */
@Command(name = "dhis2-mapping", mixinStandardHelpOptions = true)
public final class Dhis2MappingCommand extends ReferenceFileCommand {

    @Override
    void export(Services services, Writer out) throws IOException {
        services.dhis2Mapping().exportMapping(out, global.messages());
    }

    @Override
    int importFile(Services services, String user, Reader in, String fileName) {
        return services.dhis2Mapping().importMapping(user, in, fileName);
    }

    @Override
    String importedKey() {
        return "cli.dhis2Mapping.imported";
    }
}
