package vn.tramyte.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import vn.tramyte.app.Services;

/** A command that writes sync packages into a folder and prints {@code file: PATH} for each. */
abstract class PackageCommand extends GlobalCommand {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".")
    Path out;

    /** Writes this command's packages into the folder and returns their files. */
    abstract List<Path> write(Services services, Path folder);

    @Override
    public Integer call() {
        try (Services services = global.open()) {
            for (Path file : write(services, out)) {
                spec.commandLine().getOut().println("file: " + file.toAbsolutePath());
            }
        }
        return Cli.OK;
    }
}
