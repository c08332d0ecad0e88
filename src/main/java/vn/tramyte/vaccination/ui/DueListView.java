package vn.tramyte.vaccination.ui;

import java.io.File;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.tramyte.common.DateText;
import vn.tramyte.common.Messages;
import vn.tramyte.common.ui.Forms;
import vn.tramyte.place.ui.CommuneChoice;
import vn.tramyte.place.ui.CommuneFilter;
import vn.tramyte.vaccination.DueStatus;
import vn.tramyte.vaccination.ExportFormat;

/** The due-list tab of the vaccination page, or (with {@code defaulters}) the defaulters tab. */
final class DueListView {
    private final DueListViewModel vm;
    private final CommuneFilter communes;
    private final Messages m;
    private final boolean defaulters;
    private final Parent root;

    DueListView(DueListViewModel vm, CommuneFilter communes, ReadOnlyStringProperty info, Messages messages,
                boolean defaulters) {
        this.vm = vm;
        this.communes = communes;
        this.m = messages;
        this.defaulters = defaulters;
        this.root = build(info);
    }

    Parent root() {
        return root;
    }

    private Parent build(ReadOnlyStringProperty infoText) {
        String prefix = defaulters ? "late" : "due";
        DatePicker day = Forms.datePicker(prefix + "Day");
        day.valueProperty().bindBidirectional(vm.dueDayProperty());
        ComboBox<String> village = new ComboBox<>(vm.villages());
        village.setId(prefix + "Village");
        village.setConverter(Forms.converter(v -> v == null || v.isEmpty() ? m.get("vaccination.allVillages") : v));
        village.valueProperty().bindBidirectional(vm.dueVillageProperty());
        // with a centre's commune choice the row may not fit 1366 px: it wraps, each label beside its field
        FlowPane filters = new FlowPane(10, 8,
                Forms.labelled(new Label(m.get("vaccination.ui.day")), day),
                CommuneChoice.picker(communes, m, prefix + "Commune"),
                Forms.labelled(new Label(m.get("vaccination.col.village")), village));
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox exports = new HBox(10);
        for (ExportFormat f : ExportFormat.values()) {
            Button b = new Button(m.format("vaccination.ui.export", f.name()));
            b.setId(prefix + "Export" + f.name());
            b.setOnAction(e -> export(f));
            b.disableProperty().bind(vm.list().readingProperty()); // the list being read is not written yet
            exports.getChildren().add(b);
        }
        filters.getChildren().add(exports);
        Label summary = new Label();
        summary.setId(defaulters ? "defaulterSummary" : "dueTotals");
        summary.setWrapText(true);
        // a centre's totals run over several lines: the table gives way, not the totals
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("text-bold");
        summary.textProperty().bind(defaulters ? vm.defaulterSummaryProperty() : vm.dueTotalsProperty());
        Label info = new Label();
        info.getStyleClass().add("text-muted");
        info.textProperty().bind(infoText);
        TableView<DueLine> table = table();
        VBox box = new VBox(10, filters, summary, table, info);
        if (defaulters) {
            Label explain = new Label(m.get("vaccination.ui.defaultersExplain"));
            explain.setWrapText(true);
            explain.getStyleClass().add("text-muted");
            box.getChildren().add(1, explain);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private TableView<DueLine> table() {
        TableView<DueLine> table = new TableView<>(defaulters ? vm.defaulterLines() : vm.dueLines());
        table.setId(defaulters ? "defaulterTable" : "dueTable");
        vm.list().placeholder(table, m, "vaccination.ui.nothingDue");
        table.getColumns().add(col("vaccination.col.name", l -> l.isHeading() ? l.heading() : l.row().child().name(), 200));
        table.getColumns().add(1, CommuneChoice.column(communes, m, DueLine::commune, 115));
        table.getColumns().add(col("vaccination.col.birthDate",
                l -> l.isHeading() ? "" : DateText.show(l.row().child().birthDate(), false), 100));
        table.getColumns().add(col("vaccination.col.mother",
                l -> l.isHeading() || l.row().child().motherName() == null ? "" : l.row().child().motherName(), 150));
        table.getColumns().add(col("vaccination.col.vaccine",
                l -> l.isHeading() ? "" : l.row().vaccine().name(m.language()), 240));
        table.getColumns().add(col("vaccination.col.dueDate", l -> l.isHeading() ? "" : vm.dueText(l.row()), 100));
        // wide enough for "Quá hạn 3 năm 11 tháng · tiêm lại"
        table.getColumns().add(col("vaccination.col.status", l -> l.isHeading() ? "" : vm.statusText(l.row()), 280));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DueLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("due-heading", "due-overdue");
                if (!empty && item != null) {
                    if (item.isHeading()) {
                        getStyleClass().add("due-heading");
                    } else if (item.row().status() == DueStatus.OVERDUE) {
                        getStyleClass().add("due-overdue");
                    }
                }
            }
        });
        return table;
    }

    private void export(ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.format("vaccination.ui.export", format.name()));
        LocalDate d = vm.dueDayProperty().get();
        chooser.setInitialFileName((defaulters ? "bo-mui-" : "den-han-") + d + "." + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), "*." + format.extension()));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            vm.exportDueList(f.toPath(), format, defaulters);
        }
    }

    private TableColumn<DueLine, String> col(String key, Function<DueLine, String> value, double width) {
        TableColumn<DueLine, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 110));
        c.setSortable(false);
        return c;
    }
}
