package vn.tramyte.vaccination.ui;

import java.io.File;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.tramyte.common.DateText;
import vn.tramyte.common.Messages;
import vn.tramyte.common.ui.TableHeaders;
import vn.tramyte.place.ui.CommuneChoice;
import vn.tramyte.place.ui.CommuneFilter;
import vn.tramyte.vaccination.RegisterRow;
import vn.tramyte.vaccination.RegisterTally;
import vn.tramyte.vaccination.Vaccine;

/** The register A2.1 tab of the vaccination page (and a centre's figures per commune beside it). */
final class RegisterView {
    private final RegisterViewModel vm;
    private final CommuneFilter communes;
    private final Messages m;
    private final Parent root;

    RegisterView(RegisterViewModel vm, CommuneFilter communes, ReadOnlyStringProperty info, Messages messages) {
        this.vm = vm;
        this.communes = communes;
        this.m = messages;
        this.root = build(info);
    }

    Parent root() {
        return root;
    }

    private Parent build(ReadOnlyStringProperty infoText) {
        ComboBox<Integer> year = new ComboBox<>(vm.registerYears());
        year.setId("registerYear");
        year.valueProperty().bindBidirectional(vm.registerYearProperty());
        Button print = new Button(m.get("vaccination.ui.printRegister"));
        print.setId("printRegister");
        print.disableProperty().bind(vm.list().readingProperty()); // the register being read is not printed yet
        print.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName("so-A2.1-" + vm.registerYearProperty().get() + ".pdf");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File f = chooser.showSaveDialog(root.getScene().getWindow());
            if (f != null) {
                vm.printRegister(f.toPath());
            }
        });
        Label summary = new Label();
        summary.setId("registerSummary");
        summary.textProperty().bind(vm.registerSummaryProperty());
        // at a centre the figures are per commune, in the table beside the register
        summary.visibleProperty().bind(communes.shownProperty().not());
        summary.managedProperty().bind(summary.visibleProperty());
        HBox filters = new HBox(10, new Label(m.get("vaccination.ui.birthYear")), year,
                CommuneChoice.picker(communes, m, "registerCommune"), print, summary);
        filters.setAlignment(Pos.CENTER_LEFT);
        TableView<RegisterRow> table = registerTable();
        Label info = new Label();
        info.getStyleClass().add("text-muted");
        info.textProperty().bind(infoText);
        HBox tables = new HBox(10, tallyTable(), table);
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, filters, tables, info);
        VBox.setVgrow(tables, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        return box;
    }

    private TableView<RegisterRow> registerTable() {
        TableView<RegisterRow> table = new TableView<>(vm.register());
        table.setId("registerTable");
        vm.list().placeholder(table, m, "vaccination.ui.registerEmpty");
        table.getColumns().add(col(m.get("vaccination.col.name"), r -> r.child().fullName(), 170, true));
        table.getColumns().add(CommuneChoice.column(communes, m,
                r -> communes.name(r.child().stationCode()), 115));
        table.getColumns().add(col(m.get("vaccination.col.birthDate"),
                r -> DateText.show(r.child().birthDate(), false), 100, true));
        table.getColumns().add(col(m.get("vaccination.col.mother"),
                r -> r.child().motherName() == null ? "" : r.child().motherName(), 140, true));
        table.getColumns().add(col(m.get("vaccination.col.village"),
                r -> r.child().villageName() == null ? "" : r.child().villageName(), 120, true));
        DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("dd/MM/yy");
        for (Vaccine v : vm.registerColumns()) {
            table.getColumns().add(col(TableHeaders.lines(v.name(m.language()), 16),
                    r -> r.date(v.code()) == null ? "" : shortDate.format(r.date(v.code())), 86, true));
        }
        table.getColumns().add(col(m.get("vaccination.col.fullImmunization"), r -> r.fullImmunization().completed()
                ? shortDate.format(r.fullImmunization().completedOn()) : "", 90, true));
        return table;
    }

    /** A centre's A2.1 figures, one row per commune (children, fully immunized); not shown at a station. */
    private TableView<RegisterTally> tallyTable() {
        TableView<RegisterTally> tallies = new TableView<>(vm.registerTallies());
        tallies.setId("registerTallies");
        tallies.setPlaceholder(new Label(""));
        tallies.getColumns().add(col(m.get("communes.col.commune"), t -> communes.name(t.stationCode()), 120, false));
        tallies.getColumns().add(col(m.get("vaccination.col.children"), t -> Integer.toString(t.children()), 70,
                false));
        tallies.getColumns().add(col(m.get("vaccination.col.fullImmunization"),
                t -> Integer.toString(t.fullyImmunized()), 70, false));
        tallies.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tallies.setPrefWidth(280);
        tallies.setMinWidth(260);
        tallies.visibleProperty().bind(communes.shownProperty());
        tallies.managedProperty().bind(tallies.visibleProperty());
        tallies.setFocusTraversable(false);
        return tallies;
    }

    /** A register column keeps its width ({@code fixed}); a tally column is fitted and not sortable. */
    private static <S> TableColumn<S, String> col(String title, Function<S, String> value, double width,
                                                  boolean fixed) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        if (fixed) {
            c.setMinWidth(width);
        } else {
            c.setSortable(false);
        }
        return c;
    }
}
