package vn.tramyte.backup.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.backup.BackupService;
import vn.tramyte.backup.BackupText;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.db.BackupContents;
import vn.tramyte.db.BackupFile;
import vn.tramyte.db.Backups;

/**
 * The backups page: the list of backups (when, kind, size, what each holds), "Back up now",
 * "Back up to USB" and "Restore…". A restore replaces the database the whole window works on, so
 * the page only asks: the shell closes the database, restores and opens it again ({@link Restorer}).
 */
public final class BackupsViewModel {
    /** One backup as the table shows it. */
    public record Row(Path path, String when, String kind, String size, String contents) {
    }

    /** Closes the database, restores the backup, opens the database again and says how it went. */
    @FunctionalInterface
    public interface Restorer {
        void restore(Path backupFile);
    }

    private final BackupService backups;
    private final TaskRunner runner;
    private final Messages m;
    private final String user;
    private final Restorer restorer;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper lastFailure = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public BackupsViewModel(BackupService backups, TaskRunner runner, Messages messages, String user,
                            Restorer restorer) {
        this.backups = backups;
        this.runner = runner;
        this.m = messages;
        this.user = user;
        this.restorer = restorer;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** The last backup that failed its check (automatic at exit, or asked for), until a good one is made. */
    public ReadOnlyStringProperty lastFailureProperty() {
        return lastFailure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public String intro() {
        return m.format("backup.page.intro", backups.folder().toString());
    }

    /** Where the restore's file chooser starts. */
    public Path folder() {
        return backups.folder();
    }

    /** A message shown when the page opens (the outcome of a restore, said after the window came back). */
    public void tell(String sentence, boolean failure) {
        message.set(sentence);
        failed.set(failure);
    }

    private record Listing(List<BackupFile> files, Optional<Backups.BackupFailure> failure) {
    }

    public void refresh() {
        runner.run(() -> new Listing(backups.list(), backups.lastFailure()), listing -> {
            rows.setAll(listing.files().stream().map(this::row).toList());
            lastFailure.set(listing.failure().map(f -> m.format("backup.failedLast", BackupText.when(f.at()),
                    f.error().describe(m))).orElse(""));
        }, this::fail);
    }

    private Row row(BackupFile b) {
        String size = b.size() < 1_048_576 ? m.format("backup.page.sizeKb", Math.max(1, b.size() / 1024))
                : m.format("backup.page.size", String.format(m.locale(), "%.1f", b.size() / 1_048_576.0));
        String contents = b.contents().map(c -> m.format("backup.contents.short", c.people(), c.doses(),
                c.measurements())).orElse(m.get("backup.contents.unknown"));
        return new Row(b.path(), BackupText.when(b.madeAt()), m.get(b.kind().messageKey()), size, contents);
    }

    public void backUpNow() {
        work(() -> m.format("backup.page.done", backups.backUpNow(user).path().toString()));
    }

    public void backUpTo(Path folder) {
        work(() -> m.format("backup.page.copied", backups.backUpTo(user, folder).toString()));
    }

    private void work(java.util.concurrent.Callable<String> action) {
        busy.set(true);
        tell(m.get("backup.page.working"), false);
        runner.run(action, done -> {
            busy.set(false);
            tell(done, false);
            refresh();
        }, e -> {
            busy.set(false);
            fail(e);
            refresh();
        });
    }

    /**
     * Reads what the chosen backup holds and hands the question (what it holds; for a station what a
     * restore loses and that the centre's copy is safe) to {@code ask}; a file that cannot be restored is
     * said at once and nothing changes.
     */
    public void inspect(Path backupFile, Consumer<String> ask) {
        busy.set(true);
        tell(m.get("backup.page.working"), false);
        runner.run(() -> backups.inspect(backupFile), (BackupContents contents) -> {
            busy.set(false);
            tell("", false);
            ask.accept(BackupText.question(m, contents));
        }, e -> {
            busy.set(false);
            fail(e);
        });
    }

    /** The user said yes: the shell restores (the checks of who may restore are in the service). */
    public void restore(Path backupFile) {
        restorer.restore(backupFile);
    }

    private void fail(Throwable e) {
        org.slf4j.LoggerFactory.getLogger(BackupsViewModel.class).warn("backups page", e);
        tell(m.describe(e), true);
    }
}
