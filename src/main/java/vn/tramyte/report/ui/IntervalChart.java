package vn.tramyte.report.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import vn.tramyte.report.Verdict;

/**
 * Draws rates with their 95% intervals and targets: horizontal bars, one per place, or a line
 * over the quarters. Only draws what its view model computed; the colours are the table's.
 */
final class IntervalChart extends Region {
    /** Bars per place, or a line over time. */
    enum Shape {
        BARS, LINE
    }

    static final Color MEETS = Color.web("#1a7f37");
    static final Color MISSES = Color.web("#cf222e");
    static final Color NOT_CONCLUSIVE = Color.web("#9a6700");
    static final Color NEUTRAL = Color.web("#57606a");
    static final Color TARGET = Color.web("#0a3069");
    private static final Color GRID = Color.web("#d0d7de");

    private final Canvas canvas = new Canvas();
    private final Shape shape;
    private final ObservableList<ReportChartViewModel.Point> points;
    private final NumberFormat ticks;
    private String axisLabel = "";
    private String noDataText = "";

    IntervalChart(Shape shape, ObservableList<ReportChartViewModel.Point> points, Locale locale) {
        this.shape = shape;
        this.points = points;
        this.ticks = NumberFormat.getNumberInstance(locale);
        ticks.setMaximumFractionDigits(1);
        getChildren().add(canvas);
        getStyleClass().add("interval-chart");
        points.addListener((javafx.collections.ListChangeListener<ReportChartViewModel.Point>) c -> draw());
        widthProperty().addListener((o, was, now) -> draw());
        heightProperty().addListener((o, was, now) -> draw());
        setMinSize(200, 160);
    }

    void setAxisLabel(String label) {
        this.axisLabel = label;
        draw();
    }

    void setNoDataText(String text) {
        this.noDataText = text;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    static Color colour(Verdict v) {
        switch (v) {
            case MEETS:
                return MEETS;
            case MISSES:
                return MISSES;
            case NOT_CONCLUSIVE:
                return NOT_CONCLUSIVE;
            default:
                return NEUTRAL;
        }
    }

    private static Color fill(Verdict v) {
        return colour(v).deriveColor(0, 0.6, 1.6, 0.55);
    }

    private double top() {
        double max = 0;
        for (ReportChartViewModel.Point p : points) {
            max = Math.max(max, p.high() == null ? 0 : p.high());
            max = Math.max(max, p.value() == null ? 0 : p.value());
            max = Math.max(max, p.target() == null ? 0 : p.target());
        }
        return niceStep(max <= 0 ? 1 : max * 1.05 / 5) * 5;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least the rough step. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * power >= rough) {
                return f * power;
            }
        }
        return 10 * power;
    }

    private void draw() {
        double w = getWidth();
        double h = getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (w <= 0 || h <= 0) {
            return;
        }
        if (points.isEmpty()) {
            g.setFill(NEUTRAL);
            g.setFont(Font.font(13));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(noDataText, w / 2, h / 2);
            return;
        }
        if (shape == Shape.BARS) {
            drawBars(g, w, h);
        } else {
            drawLine(g, w, h);
        }
    }

    private static double textWidth(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }

    private void drawBars(GraphicsContext g, double w, double h) {
        Font font = Font.font(12.5);
        Font bold = Font.font(null, FontWeight.BOLD, 12.5);
        double labels = 0;
        double values = 0;
        for (ReportChartViewModel.Point p : points) {
            labels = Math.max(labels, textWidth(p.label(), bold));
            values = Math.max(values, textWidth(p.text(), font));
        }
        double left = Math.min(labels, w * 0.3) + 16;
        double right = values + 16;
        double bottom = 44;
        double plotW = Math.max(40, w - left - right);
        double rowH = Math.min(30, (h - 8 - bottom) / points.size());
        double top = top();
        axisX(g, left, plotW, 8 + rowH * points.size(), top);
        for (int k = 0; k < points.size(); k++) {
            ReportChartViewModel.Point p = points.get(k);
            double y = 8 + k * rowH;
            double mid = y + rowH / 2;
            g.setTextBaseline(VPos.CENTER);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(Color.BLACK);
            g.setFont(p.total() ? bold : font);
            g.fillText(clip(p.label(), left - 12, p.total() ? bold : font), left - 8, mid);
            g.setTextAlign(TextAlignment.LEFT);
            if (p.value() == null) {
                g.setFill(NEUTRAL);
                g.setFont(font);
                g.fillText(p.text(), left + 6, mid);
                continue;
            }
            double bar = plotW * p.value() / top;
            g.setFill(fill(p.verdict()));
            g.fillRect(left, y + rowH * 0.2, bar, rowH * 0.6);
            g.setStroke(colour(p.verdict()));
            g.setLineWidth(p.total() ? 2 : 1);
            g.strokeRect(left, y + rowH * 0.2, bar, rowH * 0.6);
            double lo = left + plotW * p.low() / top;
            double hi = left + plotW * p.high() / top;
            g.setStroke(Color.BLACK);
            g.setLineWidth(1.3);
            g.strokeLine(lo, mid, hi, mid);
            g.strokeLine(lo, mid - rowH * 0.18, lo, mid + rowH * 0.18);
            g.strokeLine(hi, mid - rowH * 0.18, hi, mid + rowH * 0.18);
            double end = hi;
            if (p.target() != null) {
                double t = left + plotW * p.target() / top;
                g.setStroke(TARGET);
                g.setLineWidth(3);
                g.strokeLine(t, y + 2, t, y + rowH - 2);
                end = Math.max(end, t);
            }
            g.setFill(colour(p.verdict()));
            g.setFont(font);
            g.fillText(p.text(), end + 6, mid);
        }
    }

    /** The value axis under the bars: ticks, grid lines and the label. */
    private void axisX(GraphicsContext g, double left, double plotW, double bottomY, double top) {
        g.setFont(Font.font(11.5));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int k = 0; k <= 5; k++) {
            double x = left + plotW * k / 5;
            g.setStroke(GRID);
            g.setLineWidth(1);
            g.strokeLine(x, 4, x, bottomY);
            g.setFill(NEUTRAL);
            g.fillText(ticks.format(top * k / 5), x, bottomY + 4);
        }
        g.setStroke(NEUTRAL);
        g.strokeLine(left, bottomY, left + plotW, bottomY);
        g.setFill(Color.BLACK);
        g.fillText(axisLabel, left + plotW / 2, bottomY + 22);
    }

    private void drawLine(GraphicsContext g, double w, double h) {
        Font font = Font.font(12.5);
        double left = 64;
        double right = 24;
        double topY = 26;
        double bottom = 40;
        double plotW = Math.max(40, w - left - right);
        double plotH = Math.max(40, h - topY - bottom);
        double top = top();
        // value axis
        g.setFont(Font.font(11.5));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int k = 0; k <= 5; k++) {
            double y = topY + plotH - plotH * k / 5;
            g.setStroke(GRID);
            g.setLineWidth(1);
            g.strokeLine(left, y, left + plotW, y);
            g.setFill(NEUTRAL);
            g.fillText(ticks.format(top * k / 5), left - 6, y);
        }
        g.save();
        g.translate(14, topY + plotH / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFill(Color.BLACK);
        g.fillText(axisLabel, 0, 0);
        g.restore();
        int n = points.size();
        double slot = plotW / n;
        double prevX = Double.NaN;
        double prevY = Double.NaN;
        for (int k = 0; k < n; k++) {
            ReportChartViewModel.Point p = points.get(k);
            double x = left + slot * (k + 0.5);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.setFill(Color.BLACK);
            g.setFont(font);
            g.fillText(p.label(), x, topY + plotH + 8);
            if (p.target() != null) {
                double ty = topY + plotH - plotH * p.target() / top;
                g.setStroke(TARGET);
                g.setLineWidth(2.5);
                g.setLineDashes(8, 5);
                g.strokeLine(x - slot * 0.4, ty, x + slot * 0.4, ty);
                g.setLineDashes();
            }
            if (p.value() == null) {
                g.setFill(NEUTRAL);
                g.setTextBaseline(VPos.BOTTOM);
                g.fillText(p.text(), x, topY + plotH - 4);
                prevX = Double.NaN;
                continue;
            }
            double y = topY + plotH - plotH * p.value() / top;
            double lo = topY + plotH - plotH * p.low() / top;
            double hi = topY + plotH - plotH * p.high() / top;
            g.setStroke(Color.BLACK);
            g.setLineWidth(1.3);
            g.strokeLine(x, lo, x, hi);
            g.strokeLine(x - 6, lo, x + 6, lo);
            g.strokeLine(x - 6, hi, x + 6, hi);
            if (!Double.isNaN(prevX)) {
                g.setStroke(NEUTRAL);
                g.setLineWidth(2);
                g.strokeLine(prevX, prevY, x, y);
            }
            g.setFill(colour(p.verdict()));
            g.fillOval(x - 6, y - 6, 12, 12);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(p.text(), x + 8, y - 6);
            prevX = x;
            prevY = y;
        }
    }

    /** A name cut with "…" only when the chart is too narrow for it. */
    private static String clip(String s, double width, Font f) {
        if (textWidth(s, f) <= width) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && textWidth(t + "…", f) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    List<ReportChartViewModel.Point> shown() {
        return List.copyOf(points);
    }
}
