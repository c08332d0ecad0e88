package vn.tramyte.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.sync.ImportOutcome;
import vn.tramyte.sync.TableReport;

/**
 * {@code tramyte import FILE|FOLDER...}: sync packages, each verified and applied all or nothing.
 * A USB stick shared by several stations is the usual case: each file's outcome is printed as
 * soon as it is known (imported, received before, skipped because it is for another receiver,
 * refused), then a summary. Exit codes: 0 something was imported and nothing refused (skipped
 * files are no error), 3 some file was refused, 4 nothing new (every package for this computer
 * had been received before), 5 no file on it was for this computer, 1 no package at all.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class SyncImportCommand extends GlobalCommand {
    /** Some file was refused (damaged, unknown signer, unreadable ...): nothing of it was imported. */
    public static final int REFUSED = 3;
    /** Every package for this computer had been received before: nothing changed. */
    public static final int ALREADY_RECEIVED = 4;
    /** Every file was for another receiver (skipped): nothing for this computer. */
    public static final int NOTHING_FOR_US = 5;

    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", descriptionKey = "paths")
    List<Path> paths;

    @Override
    public Integer call() {
        Messages m = global.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<ImportOutcome.Status, Integer> counts = new EnumMap<>(ImportOutcome.Status.class);
        try (Services services = global.open()) {
            services.sync().importPaths(paths, o -> {
                counts.merge(o.status(), 1, Integer::sum);
                print(o, services, m, out, err);
            });
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            err.println("tramyte: " + m.get("sync.cli.noPackages"));
            return Cli.USER_ERROR;
        }
        if (total > 1) {
            out.println(m.format("sync.cli.summary", count(counts, ImportOutcome.Status.IMPORTED),
                    count(counts, ImportOutcome.Status.ALREADY_RECEIVED), count(counts, ImportOutcome.Status.SKIPPED),
                    count(counts, ImportOutcome.Status.REFUSED)));
        }
        return exitCode(counts);
    }

    /** The exit code of a run from how many files had each outcome (see the class comment). */
    static int exitCode(Map<ImportOutcome.Status, Integer> counts) {
        if (count(counts, ImportOutcome.Status.REFUSED) > 0) {
            return REFUSED;
        }
        if (count(counts, ImportOutcome.Status.IMPORTED) > 0) {
            return Cli.OK;
        }
        return count(counts, ImportOutcome.Status.ALREADY_RECEIVED) > 0 ? ALREADY_RECEIVED : NOTHING_FOR_US;
    }

    private static int count(Map<ImportOutcome.Status, Integer> counts, ImportOutcome.Status status) {
        return counts.getOrDefault(status, 0);
    }

    private static void print(ImportOutcome o, Services services, Messages m, PrintWriter out, PrintWriter err) {
        String name = o.file().getFileName() == null ? o.file().toString() : o.file().getFileName().toString();
        switch (o.status()) {
            case IMPORTED:
                out.println(m.format("sync.cli.imported", name, o.packageNo(), o.source(), String.valueOf(o.changeFrom() + 1),
                        String.valueOf(o.changeTo())));
                for (TableReport line : o.lines()) {
                    out.println("  " + m.format("sync.report.line", services.sync().tables().label(line.table(), m), line.added(),
                            line.updated(), line.unchanged(), line.refused()));
                }
                break;
            case ALREADY_RECEIVED:
                out.println(m.format("sync.cli.alreadyReceived", name, o.packageNo(), o.source()));
                break;
            case SKIPPED:
                out.println(o.refusal().describe(m).replace('\n', ' '));
                break;
            default:
                err.println("tramyte: " + o.refusal().describe(m).replace('\n', ' '));
        }
        out.flush();
    }
}
