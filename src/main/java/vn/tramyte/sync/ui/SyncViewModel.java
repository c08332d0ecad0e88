package vn.tramyte.sync.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.app.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.person.DateText;
import vn.tramyte.sync.ImportOutcome;
import vn.tramyte.sync.OwnSyncStatus;
import vn.tramyte.sync.StationSyncStatus;
import vn.tramyte.sync.SyncService;
import vn.tramyte.sync.TableReport;

/**
 * The "Đồng bộ" page: at a centre one line per station and the import of stations' packages;
 * at a station what waits to be sent, the last acknowledgement, export and import.
 */
public final class SyncViewModel {
    private final SyncService sync;
    private final TaskRunner runner;
    private final Messages m;
    private final boolean centre;
    private final ObservableList<StationSyncStatus> stations = FXCollections.observableArrayList();
    private final ObservableList<SyncService.ReceivedPackage> received = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public SyncViewModel(SyncService sync, TaskRunner runner, Messages messages, boolean centre) {
        this.sync = sync;
        this.runner = runner;
        this.m = messages;
        this.centre = centre;
    }

    public boolean centre() {
        return centre;
    }

    public ObservableList<StationSyncStatus> stations() {
        return stations;
    }

    public ObservableList<SyncService.ReceivedPackage> received() {
        return received;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty resultProperty() {
        return result;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void refresh() {
        runner.run(() -> new Object[] {centre ? sync.stationStatus() : List.of(), centre ? null : sync.ownStatus(),
            sync.received()}, loaded -> {
                @SuppressWarnings("unchecked")
                List<StationSyncStatus> list = (List<StationSyncStatus>) loaded[0];
                stations.setAll(list);
                if (!centre) {
                    OwnSyncStatus own = (OwnSyncStatus) loaded[1];
                    summary.set(own.enrolled()
                            ? m.format("sync.ui.ownSummary", own.centreCode(), own.waitingRows(), own.acknowledged(),
                                own.lastPackageNo(), own.lastExportOn() == null ? "–" : DateText.show(own.lastExportOn(), false))
                            : m.get("sync.status.ownNotEnrolled"));
                }
                @SuppressWarnings("unchecked")
                List<SyncService.ReceivedPackage> packages = (List<SyncService.ReceivedPackage>) loaded[2];
                received.setAll(packages);
            }, this::fail);
    }

    /** At a station: the data package into a folder (a USB stick). */
    public void exportTo(Path folder) {
        start();
        runner.run(() -> sync.export(folder), file -> done(m.format("sync.ui.exported", file.toString())), this::fail);
    }

    /** At a centre: one feedback package per station into a folder. */
    public void feedbackTo(Path folder) {
        start();
        runner.run(() -> sync.feedback(folder), files -> done(m.format("sync.ui.feedbackMade", files.size(),
                folder.toString())), this::fail);
    }

    /** Files and folders chosen together; each package is imported on its own. */
    public void importPaths(List<Path> paths) {
        if (paths == null || paths.isEmpty()) {
            return;
        }
        start();
        runner.run(() -> sync.importPaths(paths), outcomes -> {
            boolean refused = outcomes.stream().anyMatch(o -> o.status() == ImportOutcome.Status.REFUSED);
            result.set(outcomes.isEmpty() ? m.get("sync.cli.noPackages")
                    : outcomes.stream().map(this::describe).collect(Collectors.joining("\n")));
            failed.set(refused || outcomes.isEmpty());
            busy.set(false);
            refresh();
        }, this::fail);
    }

    /** One outcome as the lines a health worker reads. */
    public String describe(ImportOutcome o) {
        String name = o.file().getFileName().toString();
        switch (o.status()) {
            case IMPORTED:
                return m.format("sync.cli.imported", name, o.packageNo(), o.source(), o.changeFrom() + 1, o.changeTo())
                        + "\n" + o.lines().stream().map(this::line).map(s -> "   " + s).collect(Collectors.joining("\n"));
            case ALREADY_RECEIVED:
                return m.format("sync.cli.alreadyReceived", name, o.packageNo(), o.source());
            default:
                return o.refusal().describe(m);
        }
    }

    public String line(TableReport l) {
        return m.format("sync.report.line", l.table(), l.added(), l.updated(), l.unchanged(), l.refused());
    }

    /** At a centre: a station's enrolment file and its code. */
    public void enrol(String stationCode, Path folder) {
        start();
        runner.run(() -> sync.enrol(stationCode, folder),
                e -> done(m.format("sync.ui.enrolled", stationCode, e.file().toString(), e.code())), this::fail);
    }

    private void start() {
        busy.set(true);
        failed.set(false);
        result.set("");
    }

    private void done(String text) {
        result.set(text);
        failed.set(false);
        busy.set(false);
        refresh();
    }

    private void fail(Throwable t) {
        busy.set(false);
        failed.set(true);
        result.set(t instanceof UserError u ? u.describe(m) : m.format("error.unexpected", String.valueOf(t.getMessage())));
    }
}
