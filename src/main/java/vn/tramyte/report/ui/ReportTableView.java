package vn.tramyte.report.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.tramyte.common.Messages;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.report.Cell;
import vn.tramyte.report.Period;
import vn.tramyte.report.ReportFormat;
import vn.tramyte.report.ReportRow;

/** The Reports page's table tab (see {@link ReportTableViewModel}). */
public final class ReportTableView {
    static final double VALUE_WIDTH = 88;
    static final double TARGET_WIDTH = 82;
    static final double ROW_HEIGHT = 28;

    private final ReportTableViewModel vm;
    private final Messages m;
    private final Supplier<ReportsFiles> files;
    private final VBox root = new VBox(8);
    private final TableView<ReportRow> names = new TableView<>();
    private final TableView<ReportRow> table = new TableView<>();

    public ReportTableView(ReportTableViewModel vm, Messages messages, Supplier<ReportsFiles> files) {
        this.vm = vm;
        this.m = messages;
        this.files = files;
        root.setId("reportTablePane");
        root.setPadding(new Insets(12, 0, 0, 0));
        Label heading = new Label();
        heading.setId("reportHeading");
        heading.getStyleClass().add("title-3");
        heading.textProperty().bind(vm.headingProperty());
        Label completeness = new Label();
        completeness.setId("reportCompleteness");
        completeness.getStyleClass().add("text-bold");
        vm.incompleteProperty().addListener((o, was, now) -> {
            completeness.getStyleClass().remove("report-completeness");
            if (now) {
                completeness.getStyleClass().add("report-completeness");
            }
        });
        completeness.textProperty().bind(vm.completenessProperty());
        completeness.visibleProperty().bind(vm.completenessProperty().isNotEmpty());
        completeness.managedProperty().bind(completeness.visibleProperty());
        Label message = new Label();
        message.setId("reportMessage");
        message.setWrapText(true);
        message.getStyleClass().add("error-text");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        names.setId("reportPlaces");
        table.setId("reportTable");
        for (TableView<ReportRow> t : List.of(names, table)) {
            t.setItems(vm.rows());
            t.setRowFactory(x -> new TableRow<>() {
                @Override
                protected void updateItem(ReportRow row, boolean empty) {
                    super.updateItem(row, empty);
                    getStyleClass().remove("report-total");
                    if (!empty && row != null && vm.rowText().isTotal(row)) {
                        getStyleClass().add("report-total");
                    }
                }
            });
        }
        names.setPlaceholder(new Label(""));
        table.setPlaceholder(new Label(m.get("report.ui.noRows")));
        nameColumns();
        columns();
        vm.shown.addListener((o, was, now) -> columns());
        // any cell of an indicator opens the records behind it: a click, or Enter on the focused cell
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            Node n = e.getPickResult().getIntersectedNode();
            while (n != null && !(n instanceof TableCell<?, ?>)) {
                n = n.getParent();
            }
            if (n instanceof TableCell<?, ?> cell && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                open(cell.getTableColumn(), cell.getIndex());
            }
        });
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                var focused = table.getFocusModel().getFocusedCell();
                if (focused != null) {
                    open(focused.getTableColumn(), focused.getRow());
                }
            }
        });
        javafx.scene.layout.HBox tables = FrozenColumns.pair(names, table, ROW_HEIGHT);
        VBox.setVgrow(tables, Priority.ALWAYS);
        javafx.scene.layout.FlowPane headline = new javafx.scene.layout.FlowPane(16, 2, heading, completeness);
        headline.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        Label exported = new Label();
        exported.setId("reportExported");
        exported.setWrapText(true);
        exported.getStyleClass().add("success-text");
        exported.textProperty().bind(vm.exportedProperty());
        exported.visibleProperty().bind(vm.exportedProperty().isNotEmpty());
        exported.managedProperty().bind(exported.visibleProperty());
        root.getChildren().addAll(choices(), headline, message, exported, tables, legend());
    }

    public Parent root() {
        return root;
    }

    private Node choices() {
        PeriodChoice p = vm.period();
        ComboBox<Period.Kind> kind = Controls.choice("reportPeriodKind", p.kinds(), p::kindLabel, p.kind);
        ComboBox<Integer> year = Controls.choice("reportYear", p.years(), String::valueOf, p.year);
        ComboBox<Integer> quarter = Controls.choice("reportQuarter", p.quarters(), p::quarterLabel, p.quarter);
        ComboBox<Integer> month = Controls.choice("reportMonth", p.months(), p::monthLabel, p.month);
        DatePicker from = Controls.date("reportFrom", p.from);
        DatePicker to = Controls.date("reportTo", p.to);
        Label dash = new Label("–");
        shownWhen(year, p, Period.Kind.YEAR, Period.Kind.QUARTER, Period.Kind.MONTH);
        shownWhen(quarter, p, Period.Kind.QUARTER);
        shownWhen(month, p, Period.Kind.MONTH);
        shownWhen(from, p, Period.Kind.RANGE);
        shownWhen(dash, p, Period.Kind.RANGE);
        shownWhen(to, p, Period.Kind.RANGE);
        ComboBox<ReportTableViewModel.Shown> shown = Controls.choice("reportPopulation", vm.shownChoices(),
                s -> m.get(s.messageKey()), vm.shown);
        Button refresh = new Button(m.get("report.ui.refresh"));
        refresh.setId("reportRefresh");
        refresh.setOnAction(e -> vm.refresh());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty());
        javafx.scene.layout.HBox periodBox = new javafx.scene.layout.HBox(6, new Label(m.get("report.ui.period")), kind,
                year, quarter, month, from, dash, to);
        periodBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        FlowPane bar = Controls.bar(periodBox, Controls.labelled(m.get("report.ui.population"), shown));
        if (vm.centre()) {
            ComboBox<vn.tramyte.place.CodeList> list = Controls.choice("reportCodeList", vm.codeLists(),
                    vm::codeListLabel, vm.codeList);
            ComboBox<ReportTableViewModel.Commune> commune = Controls.choice("reportCommune", vm.communes(),
                    ReportTableViewModel.Commune::name, vm.commune);
            bar.getChildren().addAll(Controls.labelled(m.get("report.ui.codeList"), list),
                    Controls.labelled(m.get("report.ui.commune"), commune));
        }
        bar.getChildren().addAll(refresh, exports(), busy);
        return bar;
    }

    /** Export to a spreadsheet, a PDF, the scripts' CSV, or DHIS2's two forms; asks where first. */
    private Node exports() {
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label label = new Label(m.get("report.ui.export.label"));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.getChildren().add(label);
        javafx.scene.control.MenuButton dhis2 = new javafx.scene.control.MenuButton(m.get("report.ui.export.dhis2"));
        dhis2.setId("reportExportDhis2");
        for (ReportFormat f : vm.formats()) {
            if (f.dhis2()) {
                javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(vm.formatLabel(f));
                item.setId("reportExport-" + f.code());
                item.setOnAction(e -> askAndExport(f));
                dhis2.getItems().add(item);
            } else {
                Button b = new Button(vm.formatLabel(f));
                b.setId("reportExport-" + f.code());
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                b.disableProperty().bind(vm.loadedProperty().isNull());
                b.setOnAction(e -> askAndExport(f));
                box.getChildren().add(b);
            }
        }
        dhis2.disableProperty().bind(vm.loadedProperty().isNull());
        dhis2.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.getChildren().add(dhis2);
        return box;
    }

    private void askAndExport(ReportFormat f) {
        javafx.stage.Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        files.get().save(owner, m.format("report.ui.export.title", vm.formatLabel(f)), vm.exportFileName(f),
                f.extension().toUpperCase(java.util.Locale.ROOT), f.extension()).ifPresent(p -> vm.export(f, p));
    }

    private static void shownWhen(Node n, PeriodChoice p, Period.Kind... kinds) {
        List<Period.Kind> when = List.of(kinds);
        n.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> when.contains(p.kind.get()),
                p.kind));
        n.managedProperty().bind(n.visibleProperty());
    }

    /** The place and, at a centre, the data's arrival: kept in view while the indicators scroll. */
    private void nameColumns() {
        TableColumn<ReportRow, String> place = Controls.wrappingColumn(m.get("report.ui.place"));
        place.setId("colPlace");
        place.setCellValueFactory(d -> new ReadOnlyStringWrapper(vm.rowText().placeName(d.getValue())));
        place.setPrefWidth(170);
        names.getColumns().add(place);
        if (vm.centre()) {
            names.getColumns().add(dataUntilColumn());
        }
    }

    /** Per indicator (and population) its value and its target. */
    private void columns() {
        table.getColumns().clear();
        for (Indicator i : vm.indicators()) {
            TableColumn<ReportRow, ReportRow> group = Controls.wrappingColumn(vm.text().indicator(i));
            group.setId("col-" + i.code());
            if (vm.populations().size() == 1) {
                addCells(group, i, vm.populations().get(0));
            } else {
                for (Population p : vm.populations()) {
                    TableColumn<ReportRow, ReportRow> sub = Controls.wrappingColumn(vm.text().population(p));
                    addCells(sub, i, p);
                    group.getColumns().add(sub);
                }
            }
            table.getColumns().add(group);
        }
    }

    private TableColumn<ReportRow, String> dataUntilColumn() {
        TableColumn<ReportRow, String> until = Controls.wrappingColumn(m.get("report.ui.dataUntil"));
        until.setId("colDataUntil");
        until.setPrefWidth(150);
        until.setCellValueFactory(d -> new ReadOnlyStringWrapper(vm.rowText().dataUntil(d.getValue())));
        until.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().remove("report-incomplete");
                ReportRow row = empty ? null : getTableRow().getItem();
                setText(empty || row == null ? null : text);
                setTooltip(row == null ? null : tip(vm.rowText().dataUntilTip(row)));
                if (row != null && vm.rowText().incomplete(row)) {
                    getStyleClass().add("report-incomplete");
                }
            }
        });
        return until;
    }

    private void addCells(TableColumn<ReportRow, ReportRow> parent, Indicator i, Population p) {
        TableColumn<ReportRow, ReportRow> value = Controls.wrappingColumn(m.get("report.ui.value"));
        value.setId("cell-" + i.code() + "-" + p.code());
        value.setPrefWidth(VALUE_WIDTH);
        value.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        value.setCellFactory(c -> new ValueCell(i, p));
        value.setUserData(new Key(i, p));
        TableColumn<ReportRow, String> target = Controls.wrappingColumn(m.get("report.ui.target"));
        target.setPrefWidth(TARGET_WIDTH);
        target.setCellValueFactory(d -> {
            Cell cell = vm.cell(d.getValue(), i, p);
            return new ReadOnlyStringWrapper(vm.text().target(i, cell.target()));
        });
        target.getStyleClass().add("report-target");
        target.setUserData(new Key(i, p));
        parent.getColumns().addAll(List.of(value, target));
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        t.setWrapText(true);
        t.setMaxWidth(460);
        return t;
    }

    /** A rate with its marks, coloured by its verdict; the hover tells the numbers, a click opens the records. */
    private final class ValueCell extends TableCell<ReportRow, ReportRow> {
        private final Indicator indicator;
        private final Population population;

        ValueCell(Indicator indicator, Population population) {
            this.indicator = indicator;
            this.population = population;
            getStyleClass().add("report-value");
        }

        @Override
        protected void updateItem(ReportRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("verdict-meets", "verdict-misses", "verdict-not-conclusive");
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            Cell cell = vm.cell(row, indicator, population);
            setText(vm.text().cell(cell));
            String style = ScreenText.style(cell.verdict());
            if (!style.isEmpty()) {
                getStyleClass().add(style);
            }
            setTooltip(tip(vm.rowText().placeName(row) + " · " + vm.text().population(population) + "\n"
                    + vm.text().tooltip(cell)));
        }
    }

    /** Which indicator and population a column shows. */
    private record Key(Indicator indicator, Population population) {
    }

    private void open(TableColumn<?, ?> column, int index) {
        if (column != null && column.getUserData() instanceof Key k && index >= 0 && index < table.getItems().size()) {
            RecordsView.show(root, vm.records(table.getItems().get(index), k.indicator(), k.population()), m,
                    files.get());
        }
    }

    private Node legend() {
        Label meets = swatch(ScreenText.MEETS + " " + m.get("report.verdict.meets"), "verdict-meets");
        Label misses = swatch(ScreenText.MISSES + " " + m.get("report.verdict.misses"), "verdict-misses");
        Label unsure = swatch(ScreenText.NOT_CONCLUSIVE + " " + m.get("report.verdict.notConclusive"),
                "verdict-not-conclusive");
        Label explained = new Label(m.get("report.ui.legend"));
        explained.setWrapText(true);
        explained.getStyleClass().addAll("text-muted", "report-note");
        Label unstable = new Label(ScreenText.UNSTABLE + " " + m.get("report.ui.unstable"));
        unstable.setId("reportUnstableNote");
        unstable.setWrapText(true);
        unstable.getStyleClass().addAll("text-muted", "report-note");
        FlowPane marks = new FlowPane(8, 4, meets, misses, unsure);
        marks.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(4, marks, explained, unstable);
        box.setId("reportLegend");
        box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return box;
    }

    private static Label swatch(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("report-swatch", style);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
