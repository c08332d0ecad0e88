package vn.tramyte.importer.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.csvimport.ImportProgress;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.importer.CsvImportService;

/**
 * The GUI import wizard: the files or folder the user chose are imported all or nothing (as
 * {@code tramyte import-csv}), and the report's lines are shown in the user's language.
 */
public final class CsvImportViewModel {
    private final CsvImportService imports;
    private final TaskRunner runner;
    private final Messages m;
    private final String user;
    private final Runnable onImported;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty ok = new SimpleBooleanProperty(false);
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    /** How far the import has come: -1 while the files are read and checked (not known), then 0 to 1. */
    private final javafx.beans.property.DoubleProperty progress = new javafx.beans.property.SimpleDoubleProperty(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final BooleanProperty stopping = new SimpleBooleanProperty(false);
    /** Set by {@link #stop}, read by the import's thread. */
    private final java.util.concurrent.atomic.AtomicBoolean stopAsked = new java.util.concurrent.atomic.AtomicBoolean();

    public CsvImportViewModel(CsvImportService imports, TaskRunner runner, Messages messages, String user,
                              Runnable onImported) {
        this.imports = imports;
        this.runner = runner;
        this.m = messages;
        this.user = user;
        this.onImported = onImported;
    }

    /** Imports the chosen files or folders; {@code onDone} runs when the report is ready to show. */
    public void importPaths(List<Path> paths, Runnable onDone) {
        if (paths == null || paths.isEmpty()) {
            return;
        }
        busy.set(true);
        lines.clear();
        stopAsked.set(false);
        stopping.set(false);
        progress.set(-1);
        progressText.set(m.get("import.ui.checking"));
        ImportProgress shown = new ImportProgress() {
            @Override
            public void writing(long rowsWritten, long rows) {
                runner.onUiThread(() -> {
                    if (!stopping.get()) {
                        progress.set(rows == 0 ? -1 : (double) rowsWritten / rows);
                        progressText.set(m.format("import.ui.writing", rowsWritten, rows));
                    }
                });
            }

            @Override
            public boolean stopped() {
                return stopAsked.get();
            }
        };
        runner.run(() -> imports.importPaths(user, List.copyOf(paths), shown), (ImportReport report) -> {
            busy.set(false);
            ok.set(report.ok());
            title.set(m.get(report.ok() ? "import.ui.done" : "import.ui.refused"));
            lines.setAll(report.lines(m));
            if (report.ok()) {
                onImported.run();
            }
            onDone.run();
        }, e -> {
            busy.set(false);
            ok.set(false);
            boolean stoppedByUser = e instanceof UserError u && "import.error.stopped".equals(u.problems().get(0).key());
            title.set(m.get(stoppedByUser ? "import.ui.stopped" : "import.ui.refused"));
            lines.setAll(e instanceof UserError u ? u.describe(m)
                    : m.describe(e));
            onDone.run();
        });
    }

    /**
     * Stops the import under way: at the next file or batch of rows; nothing is imported (the write is on
     * a copy of the file, decision 0018). The report then says it was stopped.
     */
    public void stop() {
        if (busy.get()) {
            stopAsked.set(true);
            stopping.set(true);
            progressText.set(m.get("import.ui.stopping"));
        }
    }

    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public BooleanProperty stoppingProperty() {
        return stopping;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty okProperty() {
        return ok;
    }

    public ObservableList<String> lines() {
        return lines;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
