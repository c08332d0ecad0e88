package vn.tramyte.report.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.UserError;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.report.Cell;
import vn.tramyte.report.Period;
import vn.tramyte.report.Report;
import vn.tramyte.report.ReportPlace;
import vn.tramyte.report.ReportRequest;
import vn.tramyte.report.ReportRow;
import vn.tramyte.report.ReportService;
import vn.tramyte.report.Verdict;

/**
 * The chart tab: for one indicator and population, a bar per commune (or village) of the table's
 * report with its 95% interval and its target; and for one place, the same indicator over the
 * quarters of the period's year (one report per quarter, computed in the background).
 */
public final class ReportChartViewModel {
    /** One bar or point: a place or a quarter, its rate, interval and target, as the chart draws them. */
    public record Point(String label, Double value, Double low, Double high, Double target, Verdict verdict,
                        boolean unstable, boolean total, String text) {
    }

    private final ReportService reports;
    private final ReportTableViewModel table;
    private final TaskRunner runner;
    private final Messages m;
    private final ScreenText text;
    public final ObjectProperty<Indicator> indicator = new SimpleObjectProperty<>(Indicator.IMR);
    public final ObjectProperty<Population> population = new SimpleObjectProperty<>(Population.ALL);
    public final ObjectProperty<ReportPlace> linePlace = new SimpleObjectProperty<>();
    private final ObservableList<ReportPlace> places = FXCollections.observableArrayList();
    private final ObservableList<Point> bars = FXCollections.observableArrayList();
    private final ObservableList<Point> quarters = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper barTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lineTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** The quarters' rows of the place chosen, with their periods; empty until computed. */
    private List<QuarterRow> quarterRows = List.of();
    private long asked;
    /** Whether the chart is on screen: the quarters' reports are computed only for a chart someone sees. */
    public final javafx.beans.property.BooleanProperty active = new javafx.beans.property.SimpleBooleanProperty(true);
    private boolean stale;

    private record QuarterRow(Period quarter, ReportRow row) {
    }

    public ReportChartViewModel(ReportService reports, ReportTableViewModel table, TaskRunner runner,
                                Messages messages) {
        this.reports = reports;
        this.table = table;
        this.runner = runner;
        this.m = messages;
        this.text = table.text();
        table.loadedProperty().addListener((o, was, now) -> reportChanged());
        indicator.addListener((o, was, now) -> redraw());
        population.addListener((o, was, now) -> redraw());
        linePlace.addListener((o, was, now) -> computeQuarters());
        active.addListener((o, was, now) -> {
            if (now && stale) {
                computeQuarters();
            }
        });
        reportChanged();
    }

    public ScreenText text() {
        return text;
    }

    public List<Indicator> indicators() {
        return List.of(Indicator.values());
    }

    public List<Population> populations() {
        return List.of(Population.values());
    }

    public ObservableList<ReportPlace> places() {
        return places;
    }

    public ObservableList<Point> bars() {
        return bars;
    }

    public ObservableList<Point> quarters() {
        return quarters;
    }

    public ReadOnlyStringProperty barTitleProperty() {
        return barTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lineTitleProperty() {
        return lineTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The value axis: "Tỷ lệ (‰)". */
    public String axisLabel() {
        return m.format("report.ui.chart.axis", text.unit(indicator.get().unit()));
    }

    public String placeLabel(ReportPlace p) {
        return p == null ? "" : text.place(p);
    }

    private void reportChanged() {
        Report r = table.report();
        ReportPlace chosen = linePlace.get();
        if (r == null) {
            places.clear();
            redraw();
            return;
        }
        places.setAll(r.rows().stream().map(ReportRow::place).toList());
        ReportPlace same = chosen == null ? null : places.stream().filter(p -> p.level() == chosen.level()
                && p.code().equals(chosen.code())).findFirst().orElse(null);
        ReportPlace next = same != null ? same : r.total().place();
        if (next.equals(linePlace.get())) {
            computeQuarters();
        } else {
            linePlace.set(next);
        }
        redraw();
    }

    private void redraw() {
        Report r = table.report();
        Indicator i = indicator.get();
        Population p = population.get();
        if (r == null || i == null || p == null) {
            bars.clear();
            quarters.clear();
            return;
        }
        List<Point> out = new ArrayList<>();
        for (ReportRow row : r.rows()) {
            out.add(point(text.place(row.place()), row.cell(i, p), row.place().level() == ReportPlace.Level.TOTAL));
        }
        bars.setAll(out);
        String label = m.format(r.period().labelKey(), r.period().labelArgs());
        barTitle.set(m.format("report.ui.chart.barTitle", text.indicator(i), label, text.population(p)));
        List<Point> line = new ArrayList<>();
        for (QuarterRow q : quarterRows) {
            line.add(point(m.format("report.ui.chart.quarter", String.valueOf((q.quarter().from().getMonthValue() + 2)
                    / 3), String.valueOf(q.quarter().from().getYear())), q.row().cell(i, p), false));
        }
        quarters.setAll(line);
        ReportPlace place = linePlace.get();
        lineTitle.set(place == null ? "" : m.format("report.ui.chart.lineTitle", text.indicator(i),
                text.place(place), String.valueOf(r.period().to().getYear()), text.population(p)));
    }

    private Point point(String label, Cell c, boolean total) {
        var e = c.estimate();
        return new Point(label, e.value(), e.low(), e.high(), c.target() == null ? null : c.target().doubleValue(),
                c.verdict(), e.unstable(), total, text.cell(c));
    }

    /** One report per quarter of the period's year, for the place chosen, in the background. */
    private void computeQuarters() {
        ReportTableViewModel.Loaded loaded = table.loadedProperty().get();
        ReportPlace place = linePlace.get();
        long mine = ++asked;
        if (!active.get()) {
            stale = true;
            quarterRows = List.of();
            redraw();
            return;
        }
        stale = false;
        if (loaded == null || place == null) {
            quarterRows = List.of();
            redraw();
            return;
        }
        busy.set(true);
        message.set("");
        quarterRows = List.of();
        redraw();
        runner.run(() -> quartersOf(loaded.request(), place), rows -> {
            if (mine != asked) {
                return;
            }
            busy.set(false);
            quarterRows = rows;
            redraw();
        }, e -> {
            if (mine == asked) {
                busy.set(false);
                quarterRows = List.of();
                message.set(e instanceof UserError u ? u.describe(m) : m.get("report.ui.failed"));
                redraw();
            }
        });
    }

    private List<QuarterRow> quartersOf(ReportRequest request, ReportPlace place) {
        List<QuarterRow> out = new ArrayList<>();
        for (Period q : request.period().quartersOfItsYear()) {
            if (place.level() == ReportPlace.Level.COMMUNE && place.codeList() != null && table.centre()) {
                // one commune alone: the service reads only its stations
                Report r = reports.report(new ReportRequest(q, request.codeList(), place.code()));
                out.add(new QuarterRow(q, r.total()));
                continue;
            }
            Report r = reports.report(new ReportRequest(q, request.codeList(), request.commune()));
            r.rows().stream().filter(row -> row.place().level() == place.level()
                    && row.place().code().equals(place.code())).findFirst()
                    .ifPresent(row -> out.add(new QuarterRow(q, row)));
        }
        return out;
    }
}
