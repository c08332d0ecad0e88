package vn.tramyte.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import picocli.CommandLine.Command;
import vn.tramyte.app.Services;

/**
 * {@code tramyte catalogue --export FILE} / {@code --import FILE}: the vaccine catalogue as a CSV
 * file a centre edits in a spreadsheet (the schedule is data, DOMAIN.md §3).
 */
@Command(name = "catalogue", mixinStandardHelpOptions = true)
public final class CatalogueCommand extends ReferenceFileCommand {

    @Override
    void export(Services services, Writer out) throws IOException {
        services.vaccination().exportCatalogue(out);
    }

    @Override
    int importFile(Services services, String user, Reader in, String fileName) {
        return services.vaccination().importCatalogue(user, in, fileName);
    }

    @Override
    String importedKey() {
        return "cli.catalogue.imported";
    }
}
