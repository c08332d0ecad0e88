package vn.tramyte.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.csvimport.ImportReport;

/** {@code tramyte import-csv FILE|FOLDER...}: the register spreadsheets of CSV-IMPORT.md, all or nothing. */
@Command(name = "import-csv", mixinStandardHelpOptions = true)
public final class ImportCsvCommand extends GlobalCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", descriptionKey = "paths")
    List<Path> paths;

    @Override
    public Integer call() {
        Messages m = global.messages();
        try (Services services = global.open()) {
            ImportReport report = services.csvImport().importPaths(services.users().currentUserName(), paths);
            var out = report.ok() ? spec.commandLine().getOut() : spec.commandLine().getErr();
            report.lines(m).forEach(out::println);
            return report.ok() ? Cli.OK : Cli.USER_ERROR;
        }
    }
}
