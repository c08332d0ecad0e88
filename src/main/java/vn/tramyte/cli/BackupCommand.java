package vn.tramyte.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.tramyte.app.Services;
import vn.tramyte.backup.BackupText;
import vn.tramyte.common.Messages;
import vn.tramyte.db.BackupFile;

/** {@code tramyte backup [--out DIR]}: a checked backup now, its file and what it holds; copied to DIR if given. */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand extends GlobalCommand {
    @CommandLine.Option(names = "--out", paramLabel = "DIR")
    Path out;

    @Override
    public Integer call() {
        Messages m = global.messages();
        PrintWriter printed = spec.commandLine().getOut();
        try (Services services = global.open()) {
            BackupFile backup = services.database().backUp(vn.tramyte.db.BackupKind.MANUAL);
            printed.println(m.format("cli.backup.written", backup.path().toString()));
            if (out != null) {
                Path copy = vn.tramyte.db.Backups.copyTo(backup.path(), out);
                printed.println(m.format("cli.backup.copied", copy.toString()));
            }
            backup.contents().ifPresent(c -> {
                printed.println(BackupText.contents(m, c));
                printed.println(m.get("cli.backup.counts"));
                c.counts().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(e -> printed.printf("  %-20s %d%n", e.getKey(), e.getValue()));
            });
        }
        return Cli.OK;
    }
}
