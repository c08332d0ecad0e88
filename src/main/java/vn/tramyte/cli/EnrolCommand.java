package vn.tramyte.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tramyte.app.Services;
import vn.tramyte.sync.SyncService;

/**
 * {@code tramyte enrol --station CODE --out DIR}: at a centre, a station's enrolment file and its code;
 * {@code tramyte enrol --centre CODE}: at the province, a centre's (decision 0016).
 */
@Command(name = "enrol", mixinStandardHelpOptions = true)
public final class EnrolCommand extends GlobalCommand {
    @Option(names = "--station", paramLabel = "CODE")
    String station;

    @Option(names = "--centre", paramLabel = "CODE")
    String centre;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".")
    Path out;

    @Override
    public Integer call() {
        if ((station == null) == (centre == null)) {
            throw new UsageError(spec.commandLine(), "cli.usage.enrolOne");
        }
        try (Services services = global.open()) {
            SyncService.Enrolment e = station != null ? services.sync().enrol(station, out)
                    : services.sync().enrolCentre(centre, out);
            spec.commandLine().getOut().println("file: " + e.file().toAbsolutePath());
            spec.commandLine().getOut().println("code: " + e.code());
        }
        return Cli.OK;
    }
}
