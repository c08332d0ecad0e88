package vn.tramyte.person.ui;

import java.util.List;
import javafx.collections.SetChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import vn.tramyte.common.Messages;
import vn.tramyte.person.EthnicGroup;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.place.Village;

/** The form for one person, in a dialog that stays open until the person is saved or the user cancels. */
final class PersonEditorView {
    private final PersonEditorViewModel vm;
    private final Messages m;
    private final GridPane grid = new GridPane();
    private int row;

    PersonEditorView(PersonEditorViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
    }

    void showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get(vm.isNew() ? "person.editor.newTitle" : "person.editor.editTitle"));
        dialog.setHeaderText(null);
        ButtonType save = new ButtonType(m.get("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().setPrefWidth(640);
        // a sentence that appears grows the dialog, so that it shows whole and Lưu/Hủy stay in view
        Runnable fit = () -> javafx.application.Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        vm.problems().addListener((javafx.collections.ListChangeListener<String>) c -> fit.run());
        vm.duplicates().addListener((javafx.collections.ListChangeListener<String>) c -> fit.run());
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("savePerson");
        saveButton.disableProperty().bind(vm.busyProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(() -> {
                dialog.setResult(save);
                dialog.close();
            });
        });
        dialog.showAndWait();
    }

    private Node form() {
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 4, 8, 4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);

        TextField name = text("fullName", vm.fullNameProperty(), m.get("person.field.fullName.prompt"));
        add("person.field.fullName", name, true);

        ToggleGroup sexes = new ToggleGroup();
        RadioButton male = new RadioButton(m.get(Sex.MALE.messageKey()));
        male.setId("sexMale");
        male.setToggleGroup(sexes);
        RadioButton female = new RadioButton(m.get(Sex.FEMALE.messageKey()));
        female.setId("sexFemale");
        female.setToggleGroup(sexes);
        if (vm.sexProperty().get() != null) {
            sexes.selectToggle(vm.sexProperty().get() == Sex.MALE ? male : female);
        }
        sexes.selectedToggleProperty().addListener((o, a, b) ->
                vm.sexProperty().set(b == male ? Sex.MALE : b == female ? Sex.FEMALE : null));
        HBox sexBox = new HBox(16, male, female);
        sexBox.setId("sex");
        add("person.field.sex", sexBox, true);

        add("person.field.birthDate", text("birthDate", vm.birthDateProperty(), m.get("person.field.birthDate.prompt")),
                true);

        ComboBox<EthnicGroup> ethnic = new ComboBox<>();
        ethnic.setId("ethnicity");
        ethnic.getItems().setAll(vm.ethnicGroups());
        ethnic.setVisibleRowCount(12);
        ethnic.setMaxWidth(Double.MAX_VALUE);
        ethnic.setConverter(converter(vm::ethnicLabel));
        ethnic.valueProperty().bindBidirectional(vm.ethnicityProperty());
        add("person.field.ethnicity", ethnic, false);

        ComboBox<String> village = new ComboBox<>();
        village.setId("village");
        village.setEditable(true);
        village.setMaxWidth(Double.MAX_VALUE);
        village.setPromptText(m.get("person.field.village.prompt"));
        vm.villages().addListener((javafx.collections.ListChangeListener<Village>) c ->
                village.getItems().setAll(vm.villages().stream().map(Village::name).toList()));
        village.getItems().setAll(vm.villages().stream().map(Village::name).toList());
        village.getEditor().textProperty().bindBidirectional(vm.villageProperty());
        add("person.field.village", village, false);

        add("person.field.mother", motherField(), false);
        add("person.field.personalId", text("personalId", vm.personalIdProperty(), m.get("person.field.personalId.prompt")),
                false);
        add("person.field.insuranceNo", text("insuranceNo", vm.insuranceNoProperty(),
                m.get("person.field.insuranceNo.prompt")), false);
        add("person.field.phone", text("phone", vm.phoneProperty(), ""), false);

        Label duplicates = new Label();
        duplicates.setId("editorDuplicates");
        duplicates.getStyleClass().add("warning-text");
        duplicates.setWrapText(true);
        duplicates.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        vm.duplicates().addListener((javafx.collections.ListChangeListener<String>) c -> duplicates.setText(
                vm.duplicates().isEmpty() ? "" : m.get("person.duplicate.intro") + "\n• "
                        + String.join("\n• ", vm.duplicates()) + "\n" + m.get("person.duplicate.decide")));
        duplicates.visibleProperty().bind(duplicates.textProperty().isNotEmpty());
        duplicates.managedProperty().bind(duplicates.visibleProperty());

        Label problems = new Label();
        problems.setId("editorErrors");
        problems.getStyleClass().add("error-text");
        problems.setWrapText(true);
        problems.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        vm.problems().addListener((javafx.collections.ListChangeListener<String>) c ->
                problems.setText(String.join("\n", vm.problems())));
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        vm.badFields().addListener((SetChangeListener<String>) c -> markBadFields());
        return new VBox(12, problems, duplicates, grid);
    }

    private Node motherField() {
        TextField mother = new TextField();
        mother.setId("mother");
        mother.setPromptText(m.get("person.field.mother.prompt"));
        if (vm.motherProperty().get() != null) {
            mother.setText(vm.motherLabel(vm.motherProperty().get()));
        }
        StringConverter<PersonRow> conv = converter(vm::motherLabel);
        var binding = TextFields.bindAutoCompletion(mother, req -> vm.motherSuggestions(req.getUserText()), conv);
        binding.setOnAutoCompleted(e -> vm.motherProperty().set(e.getCompletion()));
        mother.textProperty().addListener((o, a, b) -> {
            PersonRow chosen = vm.motherProperty().get();
            if (chosen != null && !vm.motherLabel(chosen).equals(b)) {
                vm.motherProperty().set(null);
            }
        });
        Button clear = new Button(m.get("common.clear"));
        clear.setOnAction(e -> mother.clear());
        HBox box = new HBox(8, mother, clear);
        HBox.setHgrow(mother, Priority.ALWAYS);
        return box;
    }

    private void markBadFields() {
        for (Node n : grid.getChildren()) {
            if (n.getId() != null && n instanceof Control c) {
                c.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"),
                        vm.badFields().contains(n.getId()));
            }
        }
    }

    private TextField text(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private void add(String labelKey, Node field, boolean required) {
        Label label = new Label(m.get(labelKey) + (required ? " *" : ""));
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        row++;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
