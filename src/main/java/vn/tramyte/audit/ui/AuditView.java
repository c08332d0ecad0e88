package vn.tramyte.audit.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.tramyte.audit.ReadableLine;
import vn.tramyte.common.Messages;

/** The audit page: binds the filters, the lines and the buttons; the PDF's file chooser is shown here. */
public final class AuditView {
    private final VBox root = new VBox(10);
    private final AuditViewModel vm;
    private final Messages m;
    private Function<Window, Optional<Path>> pdfChooser = this::choosePdf;

    public AuditView(AuditViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.setId("auditPage");
        root.getProperties().put(AuditView.class, this);
        root.getStyleClass().add("page");
        root.setPadding(new Insets(16));
        Label title = new Label(m.get("audit.page.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(m.get("audit.page.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        // the table takes the room left: the sentences above it keep the lines they need
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("auditMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());
        vm.failedProperty().addListener((o, was, is) -> styled(message, is));
        Label verdict = new Label();
        verdict.setId("auditVerdict");
        verdict.setWrapText(true);
        verdict.setMinHeight(Region.USE_PREF_SIZE);
        verdict.textProperty().bind(vm.verdictProperty());
        verdict.managedProperty().bind(vm.verdictProperty().isNotEmpty());
        vm.brokenProperty().addListener((o, was, is) -> styled(verdict, is));
        TableView<ReadableLine> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, intro, personRow(), filterRow(), verdict, message, table);
        vm.load();
    }

    public Parent root() {
        return root;
    }

    /** Tests answer the PDF's file chooser with a real path (a native chooser cannot be driven headless). */
    public static void usePdfChooser(Node page, Function<Window, Optional<Path>> chooser) {
        ((AuditView) page.getProperties().get(AuditView.class)).pdfChooser = chooser;
    }

    private static void styled(Label label, boolean error) {
        label.getStyleClass().remove("error-text");
        if (error) {
            label.getStyleClass().add("error-text");
        }
    }

    private Node personRow() {
        TextField query = new TextField();
        query.setId("auditPersonQuery");
        query.setPromptText(m.get("audit.filter.personPrompt"));
        query.textProperty().bindBidirectional(vm.personQueryProperty());
        query.setPrefColumnCount(18);
        query.setOnAction(e -> vm.searchPeople());
        Button find = new Button(m.get("audit.filter.find"));
        find.setId("auditFindPerson");
        find.setOnAction(e -> vm.searchPeople());
        ComboBox<AuditViewModel.PersonChoice> found = new ComboBox<>(vm.people());
        found.setId("auditPerson");
        found.valueProperty().bindBidirectional(vm.personProperty());
        found.setPromptText(m.get("audit.filter.everyone"));
        found.setMinWidth(260);
        found.setOnAction(e -> {
            if (found.getValue() != null) {
                vm.show();
            }
        });
        Button all = new Button(m.get("audit.filter.allRecords"));
        all.setId("auditAllRecords");
        all.setOnAction(e -> vm.clearPerson());
        return row(new Label(m.get("audit.filter.person")), query, find, found, all);
    }

    private Node filterRow() {
        ComboBox<AuditViewModel.Choice> user = new ComboBox<>(vm.users());
        user.setId("auditUser");
        user.valueProperty().bindBidirectional(vm.userProperty());
        user.setPrefWidth(240);
        DatePicker from = datePicker("auditFrom");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = datePicker("auditTo");
        to.valueProperty().bindBidirectional(vm.toProperty());
        ComboBox<AuditViewModel.Choice> kind = new ComboBox<>(vm.tables());
        kind.setId("auditTable");
        kind.valueProperty().bindBidirectional(vm.tableProperty());
        kind.setPrefWidth(180);
        Button show = new Button(m.get("audit.filter.show"));
        show.setId("auditShow");
        show.getStyleClass().add("accent");
        show.setOnAction(e -> vm.show());
        show.disableProperty().bind(vm.busyProperty());
        Button check = new Button(m.get("audit.page.check"));
        check.setId("auditCheck");
        check.setOnAction(e -> vm.check());
        Button print = new Button(m.get("audit.page.print"));
        print.setId("auditPrint");
        print.setOnAction(e -> pdfChooser.apply(window()).ifPresent(vm::print));
        for (Button b : new Button[] {check, print}) {
            b.disableProperty().bind(vm.busyProperty());
        }
        return row(new Label(m.get("audit.filter.user")), user, new Label(m.get("audit.filter.from")), from,
                new Label(m.get("audit.filter.to")), to, new Label(m.get("audit.filter.kind")), kind, show, check, print);
    }

    private DatePicker datePicker(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setConverter(vn.tramyte.common.ui.DateFields.converter(p));
        p.setPromptText(m.get("audit.filter.datePrompt"));
        p.setPrefWidth(170);
        return p;
    }

    private static FlowPane row(Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof Region r && !(n instanceof ComboBox<?>) && !(n instanceof DatePicker)
                    && !(n instanceof TextField)) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        FlowPane row = new FlowPane(8, 6, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TableView<ReadableLine> table() {
        TableView<ReadableLine> table = new TableView<>(vm.lines());
        table.setId("auditLines");
        table.setPlaceholder(new Label(m.get("audit.page.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("audit.column.when", ReadableLine::when, 150));
        table.getColumns().add(column("audit.column.who", ReadableLine::who, 175));
        table.getColumns().add(column("audit.column.record", ReadableLine::record, 140));
        table.getColumns().add(column("audit.column.kind", ReadableLine::kind, 105));
        table.getColumns().add(column("audit.column.action", ReadableLine::action, 130));
        TableColumn<ReadableLine, String> what = column("audit.column.what", ReadableLine::what, 260);
        what.setMinWidth(200);
        // a change is read whole: its text wraps onto more lines rather than ending in "…"
        what.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
                setGraphic(text);
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                text.setFill(isSelected() ? javafx.scene.paint.Color.WHITE : javafx.scene.paint.Color.BLACK);
            }
        });
        table.getColumns().add(what);
        return table;
    }

    private TableColumn<ReadableLine, String> column(String key, Function<ReadableLine, String> value, double width) {
        TableColumn<ReadableLine, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width);
        return c;
    }

    private Optional<Path> choosePdf(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("audit.page.print"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(m.get("audit.page.fileName"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
