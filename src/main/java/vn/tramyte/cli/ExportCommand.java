package vn.tramyte.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import vn.tramyte.app.Services;

/** {@code tramyte export [--out DIR]}: the station's data package for its centre. */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand extends PackageCommand {
    @Override
    List<Path> write(Services services, Path folder) {
        return List.of(services.sync().export(folder));
    }
}
