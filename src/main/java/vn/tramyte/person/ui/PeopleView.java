package vn.tramyte.person.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import java.util.function.Function;
import vn.tramyte.common.Messages;
import vn.tramyte.common.DateText;
import vn.tramyte.person.PersonRow;

/** The people list: search as you type, add, edit. Binds to its view model. */
public final class PeopleView {
    private final PeopleViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final TableView<PersonRow> table = new TableView<>();

    private final javafx.scene.Node importControl;
    private final javafx.scene.Node importProgress;

    public PeopleView(PeopleViewModel vm, Messages messages) {
        this(vm, messages, null);
    }

    /**
     * With the register import's control in the toolbar when the shell gives one (a station enters
     * records); the people page does not know the import feature (no package cycle).
     */
    public PeopleView(PeopleViewModel vm, Messages messages, javafx.scene.Node importControl) {
        this(vm, messages, importControl, null);
    }

    /** The same, with the line that shows a running import's progress under the toolbar (issue 12). */
    public PeopleView(PeopleViewModel vm, Messages messages, javafx.scene.Node importControl,
                      javafx.scene.Node importProgress) {
        this.vm = vm;
        this.m = messages;
        this.importControl = importControl;
        this.importProgress = importProgress;
        root.getStyleClass().add("page");
        root.setTop(toolbar());
        root.setCenter(table());
        root.setBottom(household());
        vm.refresh();
    }

    public Parent root() {
        return root;
    }

    private Parent toolbar() {
        Label title = new Label(m.get("nav.people"));
        title.getStyleClass().add("title-2");
        TextField search = new TextField();
        search.setId("peopleSearch");
        search.setPromptText(m.get("people.search.prompt"));
        search.setPrefColumnCount(28);
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
        Label summary = new Label();
        summary.setId("peopleSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(vm.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(m.get("people.add"));
        add.setId("addPerson");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> openEditor(vm.newPerson()));
        Button edit = new Button(m.get("people.edit"));
        edit.setId("editPerson");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> openEditor(vm.edit(table.getSelectionModel().getSelectedItem())));
        if (!vm.canEdit()) {
            add.setDisable(true);
            edit.disableProperty().unbind();
            edit.setDisable(true);
            Tooltip.install(add, new Tooltip(m.get("people.centreReadOnly")));
        }
        HBox row = new HBox(12, search, spacer, edit, add);
        if (importControl != null && vm.canEdit()) {
            row.getChildren().add(row.getChildren().size() - 2, importControl);
        }
        row.setAlignment(Pos.CENTER_LEFT);
        // on a narrow window the search field gives up room; the buttons keep their whole names
        search.setMinWidth(180);
        HBox.setHgrow(search, Priority.SOMETIMES);
        for (javafx.scene.Node n : row.getChildren()) {
            if (n instanceof javafx.scene.control.Control c && n != search) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        VBox box = new VBox(10, title, row, summary, error);
        if (importProgress != null && importControl != null && vm.canEdit()) {
            box.getChildren().add(2, importProgress);
        }
        box.setPadding(new Insets(16, 16, 8, 16));
        if (!vm.canEdit()) {
            Label note = new Label(m.get("people.centreReadOnly"));
            note.getStyleClass().add("text-muted");
            box.getChildren().add(2, note);
        }
        return box;
    }

    private Parent table() {
        table.setId("peopleTable");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(m.get("people.empty")));
        table.getColumns().add(column("people.col.name", PersonRow::fullName, 205));
        table.getColumns().add(column("people.col.sex", vm::sexText, 60));
        table.getColumns().add(column("people.col.birthDate", r -> DateText.show(r.birthDate(), r.birthYearOnly()), 115));
        table.getColumns().add(column("people.col.age", vm::ageText, 100));
        table.getColumns().add(column("people.col.ethnicity", vm::ethnicityText, 100));
        table.getColumns().add(column("people.col.village", r -> r.villageName() == null ? "" : r.villageName(), 150));
        table.getColumns().add(column("people.col.mother", r -> r.motherName() == null ? "" : r.motherName(), 180));
        if (vm.showsStation()) {
            table.getColumns().add(column("people.col.station", vm::stationText, 110));
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<PersonRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && vm.canEdit()) {
                    openEditor(vm.edit(row.getItem()));
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.canEdit() && table.getSelectionModel().getSelectedItem() != null) {
                openEditor(vm.edit(table.getSelectionModel().getSelectedItem()));
            }
        });
        BorderPane.setMargin(table, new Insets(0, 16, 8, 16));
        return table;
    }

    /** The household of the selected person: a mother and her children together. */
    private Parent household() {
        Label title = new Label(m.get("people.household.title"));
        title.getStyleClass().add("text-bold");
        javafx.scene.control.ListView<String> members = new javafx.scene.control.ListView<>();
        members.setId("household");
        members.setPrefHeight(110);
        members.setFocusTraversable(false);
        members.setPlaceholder(new Label(m.get("people.household.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            java.util.List<PersonRow> family = vm.household(b);
            members.getItems().setAll(family.stream().map(p -> vm.householdLine(p, family.get(0))).toList());
        });
        VBox box = new VBox(6, title, members);
        box.setPadding(new Insets(0, 16, 12, 16));
        return box;
    }

    private TableColumn<PersonRow, String> column(String key, Function<PersonRow, String> value, double width) {
        TableColumn<PersonRow, String> c = new TableColumn<>(m.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void openEditor(PersonEditorViewModel editor) {
        new PersonEditorView(editor, m).showAndWait(root.getScene().getWindow());
    }
}
