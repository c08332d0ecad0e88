package vn.tramyte.report.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.UserError;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.report.Cell;
import vn.tramyte.report.Report;
import vn.tramyte.report.ReportFiles;
import vn.tramyte.report.ReportFormat;
import vn.tramyte.report.ReportPlace;
import vn.tramyte.report.ReportRequest;
import vn.tramyte.report.ReportRow;
import vn.tramyte.report.ReportService;

/**
 * The Reports page's table: the period, the population shown, at a centre the code list and one
 * commune or all; one row per place with the total last, every indicator's value beside its
 * target, and up to when each commune's data has arrived. Any cell opens its records.
 */
public final class ReportTableViewModel {
    /** Which populations the table shows. */
    public enum Shown {
        ALL("report.ui.shown.all", List.of(Population.ALL)),
        DTTS("report.ui.shown.dtts", List.of(Population.ETHNIC_MINORITY)),
        BOTH("report.ui.shown.both", List.of(Population.ALL, Population.ETHNIC_MINORITY));

        private final String messageKey;
        private final List<Population> populations;

        Shown(String messageKey, List<Population> populations) {
            this.messageKey = messageKey;
            this.populations = populations;
        }

        public String messageKey() {
            return messageKey;
        }

        public List<Population> populations() {
            return populations;
        }
    }

    /** A choice of the commune filter: null code for every commune. */
    public record Commune(String code, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A report with the request that made it (the chart asks the same of each quarter). */
    public record Loaded(ReportRequest request, Report report) {
    }

    private final ReportService reports;
    private final ReportFiles files;
    private final PlaceService places;
    private final Installation installation;
    private final TaskRunner runner;
    private final Messages m;
    private final ScreenText text;
    private final ReportRowText rowText;
    private final Commune allCommunes;
    private final PeriodChoice period;
    public final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(Shown.ALL);
    public final ObjectProperty<CodeList> codeList = new SimpleObjectProperty<>();
    public final ObjectProperty<Commune> commune = new SimpleObjectProperty<>();
    private final ObservableList<Commune> communes = FXCollections.observableArrayList();
    private final ObservableList<ReportRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Loaded> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper completeness = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final javafx.beans.property.ReadOnlyBooleanWrapper incomplete = new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** Which refresh is the newest: an older answer arriving late is dropped. */
    private long asked;
    private boolean choosingCodeList;

    public ReportTableViewModel(ReportService reports, ReportFiles files, PlaceService places,
                                Installation installation, TaskRunner runner, Messages messages) {
        this.reports = reports;
        this.files = files;
        this.places = places;
        this.installation = installation;
        this.runner = runner;
        this.m = messages;
        this.text = new ScreenText(messages);
        this.rowText = new ReportRowText(messages, text, this::report);
        this.allCommunes = new Commune(null, m.get("report.ui.allCommunes"));
        this.period = new PeriodChoice(messages, reports.today());
        commune.set(allCommunes);
        communes.setAll(allCommunes);
        codeList.set(period.period().defaultCodeList());
        period.periodProperty().addListener((o, was, now) -> periodChanged(now));
        codeList.addListener((o, was, now) -> codeListChanged());
        commune.addListener((o, was, now) -> {
            if (!choosingCodeList && now != null) {
                refresh();
            }
        });
    }

    public PeriodChoice period() {
        return period;
    }

    public ScreenText text() {
        return text;
    }

    public boolean centre() {
        return installation.mode().supervises();
    }

    public List<Shown> shownChoices() {
        return List.of(Shown.values());
    }

    public List<CodeList> codeLists() {
        return List.of(CodeList.values());
    }

    public String codeListLabel(CodeList list) {
        return list == null ? "" : m.format("report.ui.codeListChoice", list.code());
    }

    public ObservableList<Commune> communes() {
        return communes;
    }

    public ObservableList<ReportRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Loaded> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public Report report() {
        return loaded.get() == null ? null : loaded.get().report();
    }

    /** "Năm 2025 · theo danh mục xã 2025": what the table shows. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** "9/12 xã có số liệu đủ đến hết kỳ" at a centre. */
    public ReadOnlyStringProperty completenessProperty() {
        return completeness.getReadOnlyProperty();
    }

    /** What went wrong, in a sentence; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether a commune's data stops before the end of the period (the completeness line is marked). */
    public ReadOnlyBooleanProperty incompleteProperty() {
        return incomplete.getReadOnlyProperty();
    }

    /** What the last export wrote; empty when nothing was written since the report changed. */
    public ReadOnlyStringProperty exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The populations shown, in their order. */
    public List<Population> populations() {
        return shown.get().populations();
    }

    public List<Indicator> indicators() {
        return List.of(Indicator.values());
    }

    /** A new period brings its own code list (2024 communes before the reform, 2025 after). */
    private void periodChanged(vn.tramyte.report.Period now) {
        if (now == null) {
            message.set(period.problemProperty().get());
            return;
        }
        if (centre() && codeList.get() != now.defaultCodeList()) {
            codeList.set(now.defaultCodeList());
        } else {
            refresh();
        }
    }

    /** Another code list has other communes: the filter goes back to all of them. */
    private void codeListChanged() {
        choosingCodeList = true;
        try {
            commune.set(allCommunes);
        } finally {
            choosingCodeList = false;
        }
        loadCommunes();
        refresh();
    }

    private void loadCommunes() {
        if (!centre()) {
            return;
        }
        CodeList list = codeList.get();
        runner.run(() -> communesOf(list), found -> {
            if (list != codeList.get()) {
                return;
            }
            Commune chosen = commune.get();
            choosingCodeList = true;
            try {
                communes.setAll(found);
                commune.set(found.contains(chosen) ? chosen : allCommunes);
            } finally {
                choosingCodeList = false;
            }
        }, this::failed);
    }

    private List<Commune> communesOf(CodeList list) {
        List<Commune> out = new ArrayList<>();
        out.add(allCommunes);
        if (list == CodeList.Y2025) {
            for (Map.Entry<Place, List<Place>> e : places.communes2025Of(installation.place()).entrySet()) {
                out.add(new Commune(e.getKey().code(), e.getKey().name()));
            }
        } else {
            places.stationsOf(installation.place()).forEach(s -> out.add(new Commune(s.code(), s.name())));
        }
        return out;
    }

    /** The request the choices make; null while the period is not one. */
    public ReportRequest request() {
        if (period.period() == null) {
            return null;
        }
        if (!centre()) {
            return new ReportRequest(period.period(), null, null);
        }
        Commune c = commune.get();
        return new ReportRequest(period.period(), codeList.get(), c == null ? null : c.code());
    }

    /** Computes the report for the choices in the background; the table shows it when it comes. */
    public void refresh() {
        ReportRequest request = request();
        if (request == null) {
            message.set(period.problemProperty().get());
            return;
        }
        if (communes.size() <= 1) {
            loadCommunes();
        }
        long mine = ++asked;
        busy.set(true);
        message.set("");
        exported.set("");
        runner.run(() -> reports.report(request), report -> {
            if (mine != asked) {
                return;
            }
            busy.set(false);
            show(new Loaded(request, report));
        }, e -> {
            if (mine == asked) {
                failed(e);
            }
        });
    }

    private void show(Loaded l) {
        Report r = l.report();
        heading.set(period.label(r.period()) + (centre() ? " · " + m.format("report.ui.codeListShown",
                r.codeList().code()) : ""));
        completeness.set(completenessOf(r));
        rows.setAll(r.rows());
        loaded.set(l);
        incomplete.set(centre() && r.rows().stream().anyMatch(rowText::incomplete));
    }

    private String completenessOf(Report r) {
        if (!centre()) {
            return "";
        }
        if (r.communes().isEmpty()) {
            ReportPlace total = r.total().place();
            return total.complete() ? m.format("report.ui.communeComplete", total.name())
                    : m.format("report.ui.communeIncomplete", total.name(), rowText.dataUntil(total));
        }
        return m.format("report.ui.completeCommunes", String.valueOf(r.completeCommunes()),
                String.valueOf(r.communes().size()));
    }

    private void failed(Throwable e) {
        busy.set(false);
        message.set(e instanceof UserError u ? u.describe(m) : m.get("report.ui.failed"));
    }

    /** What a row shows: its place, up to when its data has arrived. */
    public ReportRowText rowText() {
        return rowText;
    }

    public Cell cell(ReportRow row, Indicator i, Population p) {
        return row.cell(i, p);
    }

    /** The list behind a cell (its numerator and denominator), for the drill-down. */
    public RecordsViewModel records(ReportRow row, Indicator i, Population p) {
        return new RecordsViewModel(report(), row.place(), i, p, text, files, runner);
    }

    // ---- export: the same files as "tramyte report --format"

    public List<ReportFormat> formats() {
        return List.of(ReportFormat.values());
    }

    /** What an export button says. */
    public String formatLabel(ReportFormat f) {
        switch (f) {
            case XLSX:
                return m.get("report.ui.export.xlsx");
            case PDF:
                return m.get("report.ui.export.pdf");
            case CSV:
                return m.get("report.ui.export.csv");
            case DHIS2_JSON:
                return m.get("report.ui.export.dhis2Json");
            default:
                return m.get("report.ui.export.adx");
        }
    }

    /** The name offered for the file: "bao-cao-2025Q2-03637-all.xlsx". */
    public String exportFileName(ReportFormat f) {
        Report r = report();
        if (r == null) {
            return "bao-cao." + f.extension();
        }
        ReportRequest request = loaded.get().request();
        return "bao-cao-" + r.period().code().replace("..", "_") + (request.commune() == null ? ""
                : "-" + request.commune()) + "-" + shown.get().name().toLowerCase(java.util.Locale.ROOT) + "."
                + f.extension();
    }

    /** Writes the report shown (its populations as shown) to a file, in the background. */
    public void export(ReportFormat format, Path file) {
        Report r = report();
        if (r == null || file == null) {
            return;
        }
        java.util.Set<Population> populations = java.util.EnumSet.copyOf(populations());
        busy.set(true);
        message.set("");
        exported.set("");
        runner.run(() -> files.write(r, format, populations, m, file), written -> {
            busy.set(false);
            exported.set(m.format("report.ui.exported", written.file().toString()));
        }, this::failed);
    }
}
