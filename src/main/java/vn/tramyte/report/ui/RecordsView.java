package vn.tramyte.report.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.tramyte.common.Messages;

/** The records behind a cell, in a window of their own over the page (see {@link RecordsViewModel}). */
public final class RecordsView {
    private final RecordsViewModel vm;
    private final Messages m;
    private final VBox root = new VBox(10);

    public RecordsView(RecordsViewModel vm, Messages messages, ReportsFiles files, Runnable close) {
        this.vm = vm;
        this.m = messages;
        root.setId("recordsPane");
        root.setPadding(new Insets(16));
        Label title = new Label(vm.title());
        title.setId("recordsTitle");
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label counts = new Label(vm.counts());
        counts.setId("recordsCounts");
        counts.setWrapText(true);
        counts.setMinHeight(Region.USE_PREF_SIZE);
        CheckBox numeratorOnly = new CheckBox(m.get("report.ui.records.numeratorOnly"));
        numeratorOnly.setId("recordsNumeratorOnly");
        numeratorOnly.selectedProperty().bindBidirectional(vm.numeratorOnly);
        TableView<RecordsViewModel.Line> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        Button print = new Button(m.get("report.ui.records.print"));
        print.setId("recordsPrint");
        print.setOnAction(e -> files.save(root.getScene().getWindow(), m.get("report.ui.records.print"),
                vm.fileName(), "PDF", "pdf").ifPresent(vm::print));
        Label message = new Label();
        message.setId("recordsMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        vm.failedProperty().addListener((o, was, now) -> {
            message.getStyleClass().removeAll("error-text", "success-text");
            message.getStyleClass().add(now ? "error-text" : "success-text");
        });
        message.getStyleClass().add("success-text");
        Button closeButton = new Button(m.get("report.ui.records.close"));
        closeButton.setId("recordsClose");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, numeratorOnly, spacer, print, closeButton);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root.getChildren().addAll(title, counts, table, message, buttons);
    }

    public Node root() {
        return root;
    }

    /** Opens the list over the window of the given node. */
    static void show(Node over, RecordsViewModel vm, Messages m, ReportsFiles files) {
        Stage stage = new Stage();
        Window owner = over.getScene() == null ? null : over.getScene().getWindow();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("report.ui.records.windowTitle"));
        RecordsView view = new RecordsView(vm, m, files, stage::close);
        Scene scene = new Scene((VBox) view.root(), 1260, 580);
        if (over.getScene() != null) {
            scene.getStylesheets().addAll(over.getScene().getStylesheets());
        }
        stage.setScene(scene);
        if (owner != null) {
            stage.setX(owner.getX() + 40);
            stage.setY(owner.getY() + 40);
        }
        stage.show();
    }

    private TableView<RecordsViewModel.Line> table() {
        TableView<RecordsViewModel.Line> t = new TableView<>(vm.lines());
        t.setId("recordsTable");
        t.setPlaceholder(new Label(m.get("report.ui.records.none")));
        t.getColumns().add(column("report.ui.records.name", RecordsViewModel.Line::name, 170));
        t.getColumns().add(column("report.ui.records.born", RecordsViewModel.Line::birth, 104));
        t.getColumns().add(column("report.ui.records.village", RecordsViewModel.Line::village, 100));
        t.getColumns().add(column("report.ui.records.event", RecordsViewModel.Line::event, 200));
        t.getColumns().add(column("report.ui.records.date", RecordsViewModel.Line::date, 104));
        t.getColumns().add(column("report.ui.records.inNumerator", RecordsViewModel.Line::inNumerator, 76));
        t.getColumns().add(column("report.ui.records.inDenominator", RecordsViewModel.Line::inDenominator, 76));
        t.getColumns().add(column("report.ui.records.why", RecordsViewModel.Line::why, 330));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setRowFactory(x -> new TableRow<>() {
            @Override
            protected void updateItem(RecordsViewModel.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("records-numerator");
                if (!empty && line != null && line.numerator()) {
                    getStyleClass().add("records-numerator");
                }
            }
        });
        return t;
    }

    private TableColumn<RecordsViewModel.Line, String> column(String key, Function<RecordsViewModel.Line, String> text,
                                                              double width) {
        TableColumn<RecordsViewModel.Line, String> c = Controls.wrappingColumn(m.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        // a long reason or event wraps onto a second line rather than ending in "…"
        c.setCellFactory(x -> new javafx.scene.control.TableCell<>() {
            {
                setWrapText(true);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return c;
    }
}
