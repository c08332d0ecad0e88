package vn.tramyte.sync.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.common.DateText;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;
import vn.tramyte.sync.ImportOutcome;
import vn.tramyte.sync.ImportReportPdf;
import vn.tramyte.sync.OwnSyncStatus;
import vn.tramyte.sync.StationSyncStatus;
import vn.tramyte.sync.SyncService;
import vn.tramyte.sync.TableReport;

/**
 * The "Đồng bộ" page: at a centre one line per station and the import of stations' packages;
 * at a station what waits to be sent, the last acknowledgement, export and import. At both, a
 * received package's report can be printed; at a centre a person who moved is transferred to
 * the station of the commune they now live in.
 */
public final class SyncViewModel {
    private final SyncService sync;
    private final PlaceService places;
    private final TaskRunner runner;
    private final Messages m;
    private final boolean centre;
    private final boolean province;
    private final ObservableList<StationSyncStatus> stations = FXCollections.observableArrayList();
    private final ObservableList<SyncService.ReceivedPackage> received = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<SyncService.ReceivedPackage> selectedPackage = new SimpleObjectProperty<>();
    private final TransferViewModel transfer;
    // enrolment of a station set up without it
    private final BooleanProperty notEnrolled = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> enrolmentFile = new SimpleObjectProperty<>();
    private final StringProperty enrolmentCode = new SimpleStringProperty("");

    public SyncViewModel(SyncService sync, PersonService people, PlaceService places, TaskRunner runner,
                         Messages messages, boolean centre) {
        this(sync, people, places, runner, messages, centre, false);
    }

    /** The page at a station, a centre or (both true) the province. */
    public SyncViewModel(SyncService sync, PersonService people, PlaceService places, TaskRunner runner,
                         Messages messages, boolean centre, boolean province) {
        this.sync = sync;
        this.places = places;
        this.runner = runner;
        this.m = messages;
        this.centre = centre;
        this.province = province;
        this.transfer = new TransferViewModel(sync, people, runner, messages, stations, busy, this::stationLabel);
    }

    /** A centre or the province: the page lists who sends packages here and imports them. */
    public boolean centre() {
        return centre;
    }

    /** The province: its lines are centres, it enrols centres, sends no feedback and moves nobody. */
    public boolean province() {
        return province;
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
                    notEnrolled.set(!own.enrolled());
                    summary.set(own.enrolled()
                            ? m.format("sync.ui.ownSummary", own.centreCode(), own.waitingRows(), own.acknowledged(),
                                own.lastPackageNo(), own.lastExportOn() == null ? "–" : DateText.show(own.lastExportOn(), false),
                                own.lastFeedbackOn() == null ? "–" : DateText.show(own.lastFeedbackOn(), false))
                                + "\n" + referenceVersions(own)
                            : m.get("sync.status.ownNotEnrolled"));
                }
                @SuppressWarnings("unchecked")
                List<SyncService.ReceivedPackage> packages = (List<SyncService.ReceivedPackage>) loaded[2];
                received.setAll(packages);
            }, this::fail);
    }

    /** "Danh mục vắc xin: phiên bản 2 · Chỉ tiêu kế hoạch: phiên bản 1": what the centre last sent. */
    public String referenceVersions(OwnSyncStatus own) {
        return own.reference().stream().map(r -> m.format("sync.ui.referenceVersion", sync.tables().label(r.name(), m),
                String.valueOf(r.version()))).collect(Collectors.joining(" · "));
    }

    /** At a station: the data package into a folder (a USB stick). */
    public void exportTo(Path folder) {
        start();
        runner.run(() -> sync.export(folder), file -> done(m.format("sync.ui.exported", file.toString())), this::fail);
    }

    /** At a centre: the upward package for its province into a folder (decision 0016). */
    public void exportUpwardTo(Path folder) {
        start();
        runner.run(() -> sync.exportUpward(folder, false), file -> done(m.format("sync.ui.exportedUpward",
                file.toString())), this::fail);
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
                // what came and from whom; the change numbers are for the command line's logs
                return m.format("sync.ui.imported", name, o.packageNo(), stationLabel(o.source()))
                        + "\n" + reportLines(o.lines());
            case ALREADY_RECEIVED:
                return m.format("sync.cli.alreadyReceived", name, o.packageNo(), o.source());
            default:
                return o.refusal().describe(m);
        }
    }

    /** The tables that brought rows, one line each (the printed report has every table). */
    private String reportLines(List<TableReport> lines) {
        List<TableReport> shown = lines.stream().filter(l -> l.total() > 0).toList();
        return shown.isEmpty() ? "   " + m.get("sync.ui.nothingNew")
                : shown.stream().map(this::line).map(s -> "   " + s).collect(Collectors.joining("\n"));
    }

    /** A report line with the table's name a health worker knows ("Cân đo: mới 3, ..."). */
    public String line(TableReport l) {
        return m.format("sync.report.line", tableName(l.table()), l.added(), l.updated(), l.unchanged(), l.refused());
    }

    /** "Cân đo" for measurement; a table of a newer program keeps its raw name. */
    public String tableName(String table) {
        return sync.tables().label(table, m);
    }

    // ---- enrolling a station that was set up without its enrolment file -------------------------

    /** At a station: true when it has not enrolled with its centre (the page then offers to do it). */
    public BooleanProperty notEnrolledProperty() {
        return notEnrolled;
    }

    public ObjectProperty<Path> enrolmentFileProperty() {
        return enrolmentFile;
    }

    public StringProperty enrolmentCodeProperty() {
        return enrolmentCode;
    }

    /**
     * Enrols this station now, from the centre's enrolment file and the code read out by phone:
     * the records already typed here stay, and the next package to the centre carries them all.
     */
    public void enrol() {
        if (enrolmentFile.get() == null) {
            failWith(m.get("setup.enrolment.fileRequired"));
            return;
        }
        if (enrolmentCode.get() == null || enrolmentCode.get().replaceAll("[^0-9]", "").length() != 16) {
            failWith(m.get("setup.enrolment.codeRequired"));
            return;
        }
        Path file = enrolmentFile.get();
        String code = enrolmentCode.get();
        start();
        runner.run(() -> {
            sync.setUpFromEnrolment(file, code, null);
            return sync.ownStatus();
        }, own -> {
            enrolmentCode.set("");
            enrolmentFile.set(null);
            done(m.format("sync.ui.enrolledNow", own.centreCode(), own.waitingRows()));
        }, this::fail);
    }

    private void failWith(String sentence) {
        result.set(sentence);
        failed.set(true);
    }

    // ---- printing a received package's report ---------------------------------------------------

    /** The received package chosen in the reports table (null when none). */
    public ObjectProperty<SyncService.ReceivedPackage> selectedPackageProperty() {
        return selectedPackage;
    }

    /** The file name offered for the chosen package's report, e.g. bao-cao-nhan-03637-0007.pdf. */
    public String reportFileName() {
        SyncService.ReceivedPackage p = selectedPackage.get();
        return p == null ? "" : ImportReportPdf.fileName(p.log());
    }

    /** Writes the chosen package's import report as a PDF and tells where it is. */
    public void printReport(Path file) {
        SyncService.ReceivedPackage p = selectedPackage.get();
        if (p == null || file == null) {
            return;
        }
        start();
        runner.run(() -> {
            new ImportReportPdf(m, sync.tables()).write(p, placeName(p.log().source()), file);
            return file;
        }, f -> {
            result.set(m.format("sync.ui.reportPrinted", f.toString()));
            busy.set(false);
        }, this::fail);
    }

    /** The short name of a station or centre by its code ("Mường Kim"), empty when this program does not know it. */
    private String placeName(String code) {
        for (StationSyncStatus s : stations) {
            if (s.stationCode().equals(code) && !s.stationName().equals(code)) {
                return s.stationName();
            }
        }
        Installation inst = places.installation().orElse(null);
        if (inst == null) {
            return "";
        }
        return places.find(Mode.STATION, inst.place().codeList(), code)
                .or(() -> places.find(Mode.CENTRE, inst.place().codeList(), code))
                .map(Place::name).orElse("");
    }

    // ---- transfer at the centre -----------------------------------------------------------------

    /** The transfer tab (a centre's). */
    public TransferViewModel transferTab() {
        return transfer;
    }

    /** Called after a person moved (the other pages show people's stations). */
    public void onPeopleMoved(Runnable action) {
        transfer.onPeopleMoved(action);
    }

    /** "03637 Mường Kim" for a station code. */
    public String stationLabel(String code) {
        if (code == null) {
            return "";
        }
        for (StationSyncStatus s : stations) {
            if (s.stationCode().equals(code)) {
                return s.stationName().equals(code) ? code : code + " " + s.stationName();
            }
        }
        return code;
    }

    /** At a centre: a station's enrolment file and its code; at the province a centre's. */
    public void enrol(String code, Path folder) {
        start();
        runner.run(() -> province ? sync.enrolCentre(code, folder) : sync.enrol(code, folder),
                e -> done(m.format(province ? "sync.ui.enrolledCentre" : "sync.ui.enrolled", code, e.file().toString(),
                        e.code())), this::fail);
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
        result.set(t instanceof UserError u ? u.describe(m) : m.describe(t));
    }
}
