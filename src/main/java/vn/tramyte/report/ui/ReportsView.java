package vn.tramyte.report.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tramyte.common.Messages;

/**
 * The "Báo cáo" page: the table of the plan's indicators, their chart and the targets, one tab
 * each. It asks again for the report each time it is opened (packages may have come meanwhile).
 */
public final class ReportsView {
    private final VBox root = new VBox(8);
    private ReportsFiles files = ReportsFiles.system();

    public ReportsView(ReportTableViewModel table, ReportChartViewModel chart, TargetsViewModel targets,
                       Messages m) {
        root.setId("reportsPage");
        root.getProperties().put(ReportsView.class, this);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("page");
        Label title = new Label(m.get(table.centre() ? "report.ui.titleCentre" : "report.ui.titleStation"));
        title.getStyleClass().add("title-2");
        TabPane tabs = new TabPane();
        tabs.setId("reportTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab tableTab = new Tab(m.get("report.ui.tab.table"), new ReportTableView(table, m, () -> files).root());
        tableTab.setId("tabReportTable");
        Tab chartTab = new Tab(m.get("report.ui.tab.chart"), new ReportChartView(chart, m).root());
        chartTab.setId("tabReportChart");
        chart.active.bind(chartTab.selectedProperty());
        Tab targetsTab = new Tab(m.get("report.ui.tab.targets"), new TargetsView(targets, m, () -> files).root());
        targetsTab.setId("tabReportTargets");
        targetsTab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                targets.refresh();
            }
        });
        tabs.getTabs().addAll(tableTab, chartTab, targetsTab);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(title, tabs);
        targets.onChanged(table::refresh);
        root.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                table.refresh();
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** Replaces how the page (whose root is given) asks for files. */
    public static void useFiles(Node page, ReportsFiles files) {
        ((ReportsView) page.getProperties().get(ReportsView.class)).files = files;
    }
}
