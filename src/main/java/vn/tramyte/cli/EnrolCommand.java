package vn.tramyte.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tramyte.app.Services;
import vn.tramyte.sync.SyncService;

/** {@code tramyte enrol --station CODE --out DIR}: at a centre, a station's enrolment file and its code. */
@Command(name = "enrol", mixinStandardHelpOptions = true)
public final class EnrolCommand extends GlobalCommand {
    @Option(names = "--station", required = true, paramLabel = "CODE")
    String station;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".")
    Path out;

    @Override
    public Integer call() {
        try (Services services = global.open()) {
            SyncService.Enrolment e = services.sync().enrol(station, out);
            spec.commandLine().getOut().println("file: " + e.file().toAbsolutePath());
            spec.commandLine().getOut().println("code: " + e.code());
        }
        return Cli.OK;
    }
}
