package vn.tramyte.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import vn.tramyte.app.Services;

/** {@code tramyte feedback --out DIR}: at a centre, one feedback package per enrolled station. */
@Command(name = "feedback", mixinStandardHelpOptions = true)
public final class FeedbackCommand extends PackageCommand {
    @Override
    List<Path> write(Services services, Path folder) {
        return services.sync().feedback(folder);
    }
}
