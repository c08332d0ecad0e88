package vn.tramyte.nutrition.ui;

import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.print.PrinterJob;
import vn.tramyte.common.Messages;
import vn.tramyte.nutrition.Child;
import vn.tramyte.nutrition.ScreeningRow;
import vn.tramyte.nutrition.growth.Lms;
import vn.tramyte.nutrition.growth.LmsTable;
import vn.tramyte.person.Sex;

/**
 * The child's growth chart: weight-for-age and length/height-for-age, the WHO −3, −2, 0, +2
 * and +3 SD curves drawn from the tables for the child's sex, and the child's points.
 */
final class GrowthChartView {
    private static final int[] SD_LINES = {-3, -2, 0, 2, 3};
    private static final double DAYS_PER_MONTH = 30.4375;
    private static final int STEP_DAYS = 15;

    private final NutritionViewModel vm;
    private final Messages m;
    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final LineChart<Number, Number> weight;
    private final LineChart<Number, Number> length;

    GrowthChartView(NutritionViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.weight = chart("nutrition.chart.weightForAge", "nutrition.chart.weightAxis");
        this.length = chart("nutrition.chart.lengthForAge", "nutrition.chart.lengthAxis");
        weight.setId("weightChart");
        length.setId("lengthChart");
        title.getStyleClass().add("title-3");
        title.setId("chartTitle");
        Button print = new Button(m.get("nutrition.chart.print"));
        print.setOnAction(e -> print());
        print.disableProperty().bind(vm.chartChildProperty().isNull());
        HBox charts = new HBox(12, weight, length);
        HBox.setHgrow(weight, Priority.ALWAYS);
        HBox.setHgrow(length, Priority.ALWAYS);
        VBox.setVgrow(charts, Priority.ALWAYS);
        Label hint = new Label(m.get("nutrition.chart.hint"));
        hint.getStyleClass().add("text-muted");
        HBox head = new HBox(12, title, print);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.getChildren().addAll(head, hint, charts);
        root.setPadding(new javafx.geometry.Insets(12));
        vm.chartChildProperty().addListener((o, a, b) -> redraw());
        vm.history().addListener((ListChangeListener<ScreeningRow>) c -> redraw());
        redraw();
    }

    Parent root() {
        return root;
    }

    private LineChart<Number, Number> chart(String titleKey, String axisKey) {
        NumberAxis x = new NumberAxis(0, 60, 6);
        x.setLabel(m.get("nutrition.chart.ageAxis"));
        NumberAxis y = new NumberAxis();
        y.setLabel(m.get(axisKey));
        y.setForceZeroInRange(false);
        LineChart<Number, Number> c = new LineChart<>(x, y);
        c.setTitle(m.get(titleKey));
        c.setAnimated(false);
        c.setCreateSymbols(true);
        c.setLegendVisible(false);
        c.getStyleClass().add("growth-chart");
        c.setMinHeight(320);
        return c;
    }

    private void redraw() {
        Child child = vm.chartChildProperty().get();
        weight.getData().clear();
        length.getData().clear();
        if (child == null) {
            title.setText(m.get("nutrition.chart.noChild"));
            // no child yet: the ranges of the WHO charts from birth to five years, not an empty 0–100
            fixRange(weight, 0, 30, 5);
            fixRange(length, 40, 130, 10);
            return;
        }
        ((NumberAxis) weight.getYAxis()).setAutoRanging(true);
        ((NumberAxis) length.getYAxis()).setAutoRanging(true);
        title.setText(m.format("nutrition.chart.title", child.fullName(), m.get(child.sex().messageKey())));
        addSdCurves(weight, vm.standards().weightForAge(), child.sex());
        addSdCurves(length, vm.standards().lengthHeightForAge(), child.sex());
        XYChart.Series<Number, Number> w = new XYChart.Series<>();
        XYChart.Series<Number, Number> l = new XYChart.Series<>();
        for (ScreeningRow r : vm.history()) {
            double months = ChronoUnit.DAYS.between(child.birthDate(), r.measurement().date()) / DAYS_PER_MONTH;
            if (r.measurement().weightKg() != null) {
                w.getData().add(new XYChart.Data<>(months, r.measurement().weightKg()));
            }
            if (r.measurement().lengthCm() != null) {
                l.getData().add(new XYChart.Data<>(months, r.measurement().lengthCm()));
            }
        }
        weight.getData().add(w);
        length.getData().add(l);
        styleChild(w);
        styleChild(l);
    }

    private static void fixRange(LineChart<Number, Number> chart, double lower, double upper, double tick) {
        NumberAxis y = (NumberAxis) chart.getYAxis();
        y.setAutoRanging(false);
        y.setLowerBound(lower);
        y.setUpperBound(upper);
        y.setTickUnit(tick);
    }

    /** The SD curves, sampled every 15 days from the table of the child's sex. */
    private static void addSdCurves(LineChart<Number, Number> chart, LmsTable table, Sex sex) {
        for (int k : SD_LINES) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            for (int day = 0; day <= 1826; day += STEP_DAYS) {
                s.getData().add(new XYChart.Data<>(day / DAYS_PER_MONTH,
                        Lms.sdLine(k, table.l(sex, day), table.m(sex, day), table.s(sex, day))));
            }
            chart.getData().add(s);
            // inline: the chart resets the style classes of its series
            String colour = k == 0 ? "#1a7f37" : Math.abs(k) == 2 ? "#e08a00" : "#cf222e";
            s.getNode().setStyle("-fx-stroke: " + colour + "; -fx-stroke-width: 1.5px;");
            for (XYChart.Data<Number, Number> d : s.getData()) {
                if (d.getNode() != null) {
                    d.getNode().setVisible(false);
                }
            }
        }
    }

    private static void styleChild(XYChart.Series<Number, Number> s) {
        s.getNode().setStyle("-fx-stroke: #0a3069; -fx-stroke-width: 2.5px;");
        for (XYChart.Data<Number, Number> d : s.getData()) {
            if (d.getNode() != null) {
                d.getNode().getStyleClass().add("child-point");
            }
        }
    }

    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return;
        }
        Node page = root;
        if (job.showPrintDialog(root.getScene().getWindow()) && job.printPage(page)) {
            job.endJob();
        }
    }

    List<LineChart<Number, Number>> charts() {
        return List.of(weight, length);
    }
}
