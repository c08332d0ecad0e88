package vn.tramyte.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tramyte.app.Services;
import vn.tramyte.place.Mode;

/**
 * {@code tramyte export [--out DIR]}: at a station its data package for its centre; at a centre its
 * upward package for its province (decision 0016), everything it holds with {@code --everything}.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class ExportCommand extends PackageCommand {
    @Option(names = "--everything")
    boolean everything;

    @Override
    List<Path> write(Services services, Path folder) {
        boolean centre = services.places().installation().map(i -> i.mode() == Mode.CENTRE).orElse(false);
        return List.of(centre ? services.sync().exportUpward(folder, everything) : services.sync().export(folder));
    }
}
