package vn.tramyte.report.ui;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.tramyte.common.Messages;

/** The Reports page's targets tab (see {@link TargetsViewModel}). */
public final class TargetsView {
    private final TargetsViewModel vm;
    private final Messages m;
    private final Supplier<ReportsFiles> files;
    private final VBox root = new VBox(8);

    public TargetsView(TargetsViewModel vm, Messages messages, Supplier<ReportsFiles> files) {
        this.vm = vm;
        this.m = messages;
        this.files = files;
        root.setId("targetsPane");
        root.setPadding(new Insets(12, 0, 0, 0));
        ComboBox<TargetsViewModel.Filter> year = Controls.choice("targetsYear", vm.years(),
                TargetsViewModel.Filter::label, vm.year);
        ComboBox<TargetsViewModel.Filter> place = Controls.choice("targetsPlace", vm.places(),
                TargetsViewModel.Filter::label, vm.place);
        FlowPane bar = Controls.bar(Controls.labelled(m.get("report.ui.targets.year"), year),
                Controls.labelled(m.get("report.ui.targets.place"), place));
        if (vm.editable()) {
            Button imp = new Button(m.get("report.ui.targets.import"));
            imp.setId("targetsImport");
            imp.setOnAction(e -> files.get().open(window(), m.get("report.ui.targets.import"),
                    m.get("report.ui.targets.fileFilter"), "csv").ifPresent(vm::importFrom));
            Button exp = new Button(m.get("report.ui.targets.export"));
            exp.setId("targetsExport");
            exp.setOnAction(e -> files.get().save(window(), m.get("report.ui.targets.export"), vm.exportFileName(),
                    m.get("report.ui.targets.fileFilter"), "csv").ifPresent(vm::exportTo));
            imp.disableProperty().bind(vm.busyProperty());
            exp.disableProperty().bind(vm.busyProperty());
            bar.getChildren().addAll(imp, exp);
        }
        Label summary = new Label();
        summary.setId("targetsSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Label message = new Label();
        message.setId("targetsMessage");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        vm.failedProperty().addListener((o, was, now) -> {
            message.getStyleClass().removeAll("error-text", "success-text");
            message.getStyleClass().add(now ? "error-text" : "success-text");
        });
        TableView<TargetsViewModel.Line> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label(m.get(vm.editable() ? "report.ui.targets.hintCentre" : "report.ui.targets.hintStation"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        root.getChildren().addAll(bar, summary, message, table, hint);
    }

    public Parent root() {
        return root;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private TableView<TargetsViewModel.Line> table() {
        TableView<TargetsViewModel.Line> t = new TableView<>(vm.lines());
        t.setId("targetsTable");
        t.setPlaceholder(new Label(m.get("report.ui.targets.none")));
        t.getColumns().add(column("report.ui.targets.colPlace", TargetsViewModel.Line::place, 160));
        t.getColumns().add(column("report.ui.targets.colCodeList", TargetsViewModel.Line::codeList, 100));
        t.getColumns().add(column("report.ui.targets.colYear", TargetsViewModel.Line::year, 60));
        t.getColumns().add(column("report.ui.targets.colIndicator", TargetsViewModel.Line::indicator, 440));
        t.getColumns().add(column("report.ui.targets.colPopulation", TargetsViewModel.Line::population, 132));
        t.getColumns().add(column("report.ui.targets.colBound", TargetsViewModel.Line::bound, 128));
        TableColumn<TargetsViewModel.Line, String> value = column("report.ui.targets.colTarget",
                TargetsViewModel.Line::value, 90);
        value.setId("targetsValue");
        if (vm.editable()) {
            t.setEditable(true);
            value.setCellFactory(TextFieldTableCell.forTableColumn());
            value.setOnEditCommit(e -> {
                vm.change(e.getRowValue(), e.getNewValue());
                t.refresh();
            });
            value.getStyleClass().add("editable-column");
        }
        t.getColumns().add(value);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vm.lines().addListener((javafx.collections.ListChangeListener<TargetsViewModel.Line>) c -> t.refresh());
        return t;
    }

    private static TableColumn<TargetsViewModel.Line, String> column(Messages m, String key,
                                                                     Function<TargetsViewModel.Line, String> text,
                                                                     double width) {
        TableColumn<TargetsViewModel.Line, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<TargetsViewModel.Line, String> column(String key, Function<TargetsViewModel.Line, String> text,
                                                              double width) {
        return column(m, key, text, width);
    }
}
