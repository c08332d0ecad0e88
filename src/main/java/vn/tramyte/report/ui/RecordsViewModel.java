package vn.tramyte.report.ui;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.common.DateText;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.UserError;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.report.Cell;
import vn.tramyte.report.Entry;
import vn.tramyte.report.Report;
import vn.tramyte.report.ReportFiles;
import vn.tramyte.report.ReportPlace;
import vn.tramyte.report.ReportRow;

/**
 * The records behind one cell of the report: who, born when, which village, which event and
 * date, whether in the numerator and the denominator, and why. Its counts are the cell's, so a
 * centre can check a surprising figure with the station on the phone.
 */
public final class RecordsViewModel {
    /** One record as the list shows it. */
    public record Line(String name, String birth, String village, String event, String date, String inNumerator,
                       String inDenominator, String why, boolean numerator) {
    }

    private final Report report;
    private final ReportPlace place;
    private final Indicator indicator;
    private final Population population;
    private final ScreenText text;
    private final ReportFiles files;
    private final TaskRunner runner;
    private final Messages m;
    private final List<Line> all;
    private final long numerator;
    private final long denominator;
    public final BooleanProperty numeratorOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    public RecordsViewModel(Report report, ReportPlace place, Indicator indicator, Population population,
                            ScreenText text, ReportFiles files, TaskRunner runner) {
        this.report = report;
        this.place = place;
        this.indicator = indicator;
        this.population = population;
        this.text = text;
        this.files = files;
        this.runner = runner;
        this.m = text.messages();
        List<Entry> entries = report.records(place, indicator, population);
        this.numerator = entries.stream().filter(Entry::numerator).count();
        this.denominator = entries.stream().filter(Entry::denominator).count();
        Collator vietnamese = Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        this.all = entries.stream()
                .sorted(Comparator.comparing((Entry e) -> !e.numerator())
                        .thenComparing(e -> e.eventDate() == null ? java.time.LocalDate.MIN : e.eventDate())
                        .thenComparing(e -> e.personName() == null ? "" : e.personName(), vietnamese))
                .map(this::line).toList();
        lines.setAll(all);
        numeratorOnly.addListener((o, was, now) -> lines.setAll(now ? all.stream().filter(Line::numerator).toList()
                : all));
    }

    private Line line(Entry e) {
        return new Line(e.personName() == null || e.personName().isBlank() ? m.get("report.ui.records.unnamed")
                : e.personName(),
                e.birthDate() == null ? "" : DateText.show(e.birthDate(), e.birthYearOnly()),
                e.villageName() == null || e.villageName().isBlank() ? "" : e.villageName(),
                m.get(e.event().messageKey()),
                e.eventDate() == null ? "" : ScreenText.date(e.eventDate()),
                m.get(e.numerator() ? "report.ui.yes" : "report.ui.no"),
                m.get(e.denominator() ? "report.ui.yes" : "report.ui.no"),
                e.reason(m), e.numerator());
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public long numerator() {
        return numerator;
    }

    public long denominator() {
        return denominator;
    }

    public Report report() {
        return report;
    }

    public ReportPlace place() {
        return place;
    }

    public Indicator indicator() {
        return indicator;
    }

    public Population population() {
        return population;
    }

    /** "Tử vong trẻ em dưới 1 tuổi (‰) · Xã Mường Kim · Năm 2025 · Chung". */
    public String title() {
        return String.join(" · ", text.indicator(indicator), text.place(place),
                m.format(report.period().labelKey(), report.period().labelArgs()), text.population(population));
    }

    /** "Tử số 2 · Mẫu số 6 · Tỷ lệ 333,3‰ (2/6)": the cell's own numbers. */
    public String counts() {
        ReportRow row = report.rows().stream().filter(r -> r.place().equals(place)).findFirst().orElse(null);
        String value = row == null ? ScreenText.NONE : text.valueWithUnit(indicator, row.cell(indicator, population)
                .estimate());
        return m.format("report.ui.records.counts", String.valueOf(numerator), String.valueOf(denominator), value,
                String.valueOf(all.size()));
    }

    /** The cell this list is behind. */
    public Cell cell() {
        return report.rows().stream().filter(r -> r.place().equals(place)).findFirst().orElseThrow()
                .cell(indicator, population);
    }

    /** What the last print did, in a sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Writes the list as a PDF to print (numerator first, with the cell's counts), in the background. */
    public void print(Path pdf) {
        if (pdf == null) {
            return;
        }
        message.set("");
        runner.run(() -> files.writeRecords(report, place, indicator, population, m, pdf), written -> {
            failed.set(false);
            message.set(m.format("report.ui.records.printed", written.file().toString()));
        }, e -> {
            failed.set(true);
            message.set(e instanceof UserError u ? u.describe(m) : m.get("report.ui.failed"));
        });
    }

    /** A file name for the printed list: "ds-imr-all-2025.pdf". */
    public String fileName() {
        return "ds-" + indicator.code() + "-" + population.code() + "-" + report.period().code().replace("..", "_")
                + ".pdf";
    }
}
