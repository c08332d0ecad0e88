package vn.tramyte.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.sync.ImportOutcome;
import vn.tramyte.sync.TableReport;

/** {@code tramyte import FILE|FOLDER...}: sync packages, each verified and applied all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class SyncImportCommand implements Callable<Integer>, GlobalOptions.WithGlobalOptions {
    /** A package was refused: nothing of it was imported. */
    public static final int REFUSED = 3;
    /** Every package had been received before: nothing changed. */
    public static final int ALREADY_RECEIVED = 4;

    @CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", descriptionKey = "paths")
    List<Path> paths;

    @Override
    public GlobalOptions global() {
        return global;
    }

    @Override
    public Integer call() {
        Messages m = global.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean refused = false;
        boolean imported = false;
        try (Services services = global.open()) {
            List<ImportOutcome> outcomes = services.sync().importPaths(paths);
            if (outcomes.isEmpty()) {
                err.println("tramyte: " + m.get("sync.cli.noPackages"));
                return Cli.USER_ERROR;
            }
            for (ImportOutcome o : outcomes) {
                String name = o.file().getFileName().toString();
                switch (o.status()) {
                    case IMPORTED:
                        imported = true;
                        out.println(m.format("sync.cli.imported", name, o.packageNo(), o.source(), String.valueOf(o.changeFrom() + 1),
                                String.valueOf(o.changeTo())));
                        for (TableReport line : o.lines()) {
                            out.println("  " + m.format("sync.report.line", services.sync().tables().label(line.table(), m), line.added(), line.updated(),
                                    line.unchanged(), line.refused()));
                        }
                        break;
                    case ALREADY_RECEIVED:
                        out.println(m.format("sync.cli.alreadyReceived", name, o.packageNo(), o.source()));
                        break;
                    default:
                        refused = true;
                        err.println("tramyte: " + o.refusal().describe(m).replace('\n', ' '));
                }
            }
        }
        return refused ? REFUSED : imported ? Cli.OK : ALREADY_RECEIVED;
    }
}
