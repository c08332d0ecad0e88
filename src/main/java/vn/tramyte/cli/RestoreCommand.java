package vn.tramyte.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.tramyte.backup.BackupService;
import vn.tramyte.backup.BackupText;
import vn.tramyte.common.Logging;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.db.BackupContents;
import vn.tramyte.db.RestoreResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code tramyte restore FILE [--yes]}: says what the backup holds, asks (unless --yes), keeps the
 * current state as a backup and puts the backup in place. The database is not opened first: it may
 * be the damaged file being replaced.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand extends GlobalCommand {
    private static final Logger LOG = LoggerFactory.getLogger(RestoreCommand.class);
    private static final Set<String> YES = Set.of("yes", "y", "có", "co", "c");

    @CommandLine.Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @CommandLine.Option(names = "--yes")
    boolean yes;

    @Override
    public Integer call() {
        Messages m = global.messages();
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = global.dataFolder();
        try {
            vn.tramyte.common.PrivateFiles.createFolder(dataDir);
        } catch (java.io.IOException e) {
            LOG.warn("cannot write in the data folder {}", dataDir, e);
            throw new UserError("error.dataFolderUnwritable", dataDir.toString(), vn.tramyte.common.IoReason.of(e));
        }
        Logging.toDataFolder(dataDir);
        if (vn.tramyte.db.ServerDatabase.configured(dataDir)) { // the server's own tools restore it (decision 0015)
            throw new UserError("backup.error.onServer", vn.tramyte.db.ServerDatabase.of(dataDir, null).place());
        }
        vn.tramyte.db.DatabaseKey key = global.databaseKey();
        BackupContents contents = BackupService.inspectIn(dataDir, file, key);
        out.println(BackupText.question(m, contents));
        if (!yes) {
            java.io.Console console = System.console();
            if (console == null) {
                throw new UserError("cli.restore.notAnswered");
            }
            out.print(m.get("cli.restore.ask"));
            out.flush();
            String answer = console.readLine();
            if (answer == null || !YES.contains(answer.strip().toLowerCase(Locale.ROOT))) {
                out.println(m.get("cli.restore.cancelled"));
                return Cli.USER_ERROR;
            }
        }
        mayRestore(dataDir);
        RestoreResult result = BackupService.restoreClosed(System.getenv("TRAMYTE_USER"), dataDir, file, global.clock(),
                key);
        out.println(BackupText.done(m, result));
        return Cli.OK;
    }

    /**
     * A station head or an administrator, logged in as every command is, when the database opens; a
     * damaged database cannot say who its users are, and its newest backup is the way back.
     */
    private void mayRestore(Path dataDir) {
        if (!vn.tramyte.db.Database.exists(dataDir)) {
            return;
        }
        vn.tramyte.app.Services services;
        try {
            services = global.open();
        } catch (UserError e) {
            if (e.problems().get(0).key().equals("error.databaseDamaged")) {
                return;
            }
            throw e;
        }
        try (services) {
            services.backups().mayRestore();
        }
    }
}
