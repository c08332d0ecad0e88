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
        runner.run(() -> imports.importPaths(user, List.copyOf(paths)), (ImportReport report) -> {
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
            title.set(m.get("import.ui.refused"));
            lines.setAll(e instanceof UserError u ? u.describe(m)
                    : m.describe(e));
            onDone.run();
        });
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
