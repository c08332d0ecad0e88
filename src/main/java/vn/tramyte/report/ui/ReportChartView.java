package vn.tramyte.report.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import vn.tramyte.common.Messages;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.report.ReportPlace;

/** The Reports page's chart tab (see {@link ReportChartViewModel}). */
public final class ReportChartView {
    private final ReportChartViewModel vm;
    private final Messages m;
    private final VBox root = new VBox(8);

    public ReportChartView(ReportChartViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.setId("reportChartPane");
        root.setPadding(new Insets(12, 0, 0, 0));
        ComboBox<Indicator> indicator = Controls.choice("chartIndicator", vm.indicators(), vm.text()::indicator,
                vm.indicator);
        indicator.setPrefWidth(340);
        indicator.setMinWidth(200);
        ComboBox<Population> population = Controls.choice("chartPopulation", vm.populations(),
                vm.text()::population, vm.population);
        ComboBox<ReportPlace> place = Controls.choice("chartPlace", vm.places(), vm::placeLabel, vm.linePlace);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty());
        FlowPane bar = Controls.bar(Controls.labelled(m.get("report.ui.chart.indicator"), indicator),
                Controls.labelled(m.get("report.ui.population"), population),
                Controls.labelled(m.get("report.ui.chart.place"), place), busy);
        Label message = new Label();
        message.getStyleClass().add("error-text");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        IntervalChart bars = new IntervalChart(IntervalChart.Shape.BARS, vm.bars(), m.locale());
        bars.setId("chartBars");
        IntervalChart line = new IntervalChart(IntervalChart.Shape.LINE, vm.quarters(), m.locale());
        line.setId("chartQuarters");
        bars.setNoDataText(m.get("report.ui.chart.empty"));
        line.setNoDataText(m.get("report.ui.chart.empty"));
        bars.setAxisLabel(vm.axisLabel());
        line.setAxisLabel(vm.axisLabel());
        vm.indicator.addListener((o, was, now) -> {
            bars.setAxisLabel(vm.axisLabel());
            line.setAxisLabel(vm.axisLabel());
        });
        VBox left = titled("chartBarTitle", vm.barTitleProperty(), bars);
        VBox right = titled("chartLineTitle", vm.lineTitleProperty(), line);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(600);
        right.setPrefWidth(420);
        HBox charts = new HBox(16, left, right);
        VBox.setVgrow(charts, Priority.ALWAYS);
        root.getChildren().addAll(bar, message, charts, legend());
    }

    public Parent root() {
        return root;
    }

    private static VBox titled(String id, javafx.beans.value.ObservableValue<String> title, Region chart) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("title-3");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(title);
        VBox.setVgrow(chart, Priority.ALWAYS);
        VBox box = new VBox(6, label, chart);
        box.setMinWidth(0);
        return box;
    }

    private Node legend() {
        FlowPane legend = new FlowPane(14, 4);
        legend.setId("chartLegend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren().addAll(
                key(box(IntervalChart.MEETS), ScreenText.MEETS + " " + m.get("report.verdict.meets")),
                key(box(IntervalChart.MISSES), ScreenText.MISSES + " " + m.get("report.verdict.misses")),
                key(box(IntervalChart.NOT_CONCLUSIVE), ScreenText.NOT_CONCLUSIVE + " "
                        + m.get("report.verdict.notConclusive")),
                key(box(IntervalChart.NEUTRAL), m.get("report.verdict.noTarget")),
                key(intervalMark(), m.get("report.ui.chart.interval")),
                key(targetMark(), m.get("report.ui.chart.target")));
        Label unstable = new Label(ScreenText.UNSTABLE + " " + m.get("report.ui.unstable"));
        unstable.setWrapText(true);
        unstable.getStyleClass().add("text-muted");
        VBox box = new VBox(4, legend, unstable);
        box.setMinHeight(Region.USE_PREF_SIZE);
        return box;
    }

    private static Label key(Node mark, String text) {
        Label l = new Label(text, mark);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Node box(javafx.scene.paint.Color c) {
        Rectangle r = new Rectangle(14, 12);
        r.setFill(c.deriveColor(0, 0.6, 1.6, 0.55));
        r.setStroke(c);
        return r;
    }

    private static Node intervalMark() {
        Line l = new Line(0, 0, 22, 0);
        l.setStrokeWidth(1.3);
        return l;
    }

    private static Node targetMark() {
        Line l = new Line(0, 0, 0, 14);
        l.setStroke(IntervalChart.TARGET);
        l.setStrokeWidth(3);
        return l;
    }
}
