package vn.tramyte.nutrition.ui;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.tramyte.common.Messages;
import vn.tramyte.nutrition.Assessment;
import vn.tramyte.nutrition.Child;
import vn.tramyte.nutrition.growth.Indicator;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.common.DateText;

/**
 * The weighing form under the screening list: weight, Enter, length, Enter saves and moves
 * on. The four z-scores show beside it, coloured, as the numbers are typed.
 */
final class MeasurementEntryView {
    private final MeasurementEntryViewModel vm;
    private final Messages m;
    private final VBox root = new VBox(8);
    private final TextField weight = new TextField();
    private final TextField length = new TextField();
    private final Consumer<Child> onSaved;

    MeasurementEntryView(MeasurementEntryViewModel vm, Messages messages, boolean canEdit, Consumer<Child> onSaved) {
        this.vm = vm;
        this.m = messages;
        this.onSaved = onSaved;
        root.getStyleClass().add("entry-bar");
        root.setPadding(new Insets(12));
        Label who = new Label();
        who.setId("entryChild");
        who.getStyleClass().add("title-3");
        vm.childProperty().addListener((o, a, c) -> who.setText(c == null ? m.get("nutrition.entry.noChild")
                : m.format("nutrition.entry.child", c.fullName(), DateText.show(c.birthDate(), false),
                        DateText.show(vm.dateProperty().get(), false))));
        who.setText(m.get("nutrition.entry.noChild"));

        weight.setId("weight");
        weight.setPrefColumnCount(6);
        weight.setPromptText("kg");
        weight.textProperty().bindBidirectional(vm.weightProperty());
        length.setId("length");
        length.setPrefColumnCount(6);
        length.setPromptText("cm");
        length.textProperty().bindBidirectional(vm.lengthProperty());
        ComboBox<Position> position = new ComboBox<>();
        position.setId("position");
        position.getItems().setAll(Position.values());
        position.setConverter(new StringConverter<>() {
            @Override
            public String toString(Position p) {
                return p == null ? "" : m.get(p.messageKey());
            }

            @Override
            public Position fromString(String s) {
                return null;
            }
        });
        position.valueProperty().bindBidirectional(vm.positionProperty());
        CheckBox oedema = new CheckBox(m.get("nutrition.field.oedema"));
        oedema.setId("oedema");
        oedema.selectedProperty().bindBidirectional(vm.oedemaProperty());
        TextField muac = new TextField();
        muac.setId("muac");
        muac.setPrefColumnCount(4);
        muac.setPromptText("mm");
        muac.textProperty().bindBidirectional(vm.muacProperty());
        Button save = new Button(m.get("common.save"));
        save.setId("saveMeasurement");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        save.disableProperty().bind(vm.childProperty().isNull().or(vm.busyProperty()));
        weight.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                length.requestFocus();
            }
        });
        length.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                save();
            }
        });

        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox fields = new HBox(10, label("nutrition.field.weight", weight), weight, label("nutrition.field.length", length),
                length, position, oedema, label("nutrition.field.muac", muac), muac, save);
        fields.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : fields.getChildren()) {
            if (n instanceof javafx.scene.control.Control c && !(n instanceof TextField)) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        if (canEdit) {
            fields.disableProperty().bind(vm.childProperty().isNull());
        } else {
            fields.setDisable(true); // a centre views a station's records, it does not weigh
        }

        GridPane scores = new GridPane();
        scores.setHgap(16);
        scores.setVgap(4);
        int col = 0;
        for (Indicator i : Indicator.values()) {
            Label name = new Label(m.get(i.messageKey()));
            name.getStyleClass().add("text-muted");
            Label value = new Label("—");
            value.setId("z-" + i.code());
            value.getStyleClass().add("z-value");
            scores.add(name, col, 0);
            scores.add(value, col, 1);
            col++;
        }
        vm.assessmentProperty().addListener((o, a, b) -> showScores(scores, b));

        Label problems = new Label();
        problems.setId("measurementErrors");
        problems.getStyleClass().add("error-text");
        problems.setWrapText(true);
        vm.problems().addListener((ListChangeListener<String>) c -> problems.setText(String.join("\n", vm.problems())));
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        root.getChildren().addAll(who, fields, scores, problems);
    }

    Parent root() {
        return root;
    }

    void focusWeight() {
        weight.requestFocus();
        weight.selectAll();
    }

    private Label label(String key, javafx.scene.Node field) {
        Label l = new Label(m.get(key));
        l.setLabelFor(field);
        return l;
    }

    private void showScores(GridPane grid, Assessment a) {
        for (Indicator i : Indicator.values()) {
            Label value = (Label) grid.lookup("#z-" + i.code());
            value.setText(vm.text().line(a, i));
            value.getStyleClass().removeAll("status-normal", "status-moderate", "status-severe", "status-overweight");
            a.status(i).ifPresent(s -> value.getStyleClass().add(ZScoreText.styleClass(s)));
        }
    }

    private void save() {
        vm.save(this::confirm, onSaved);
    }

    private boolean confirm(String sentence) {
        ButtonType keep = new ButtonType(m.get("nutrition.confirm.keep"), ButtonBar.ButtonData.OK_DONE);
        ButtonType check = new ButtonType(m.get("nutrition.confirm.check"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, sentence, keep, check);
        alert.setHeaderText(m.get("nutrition.confirm.title"));
        alert.initOwner(root.getScene().getWindow());
        return alert.showAndWait().filter(b -> b == keep).isPresent();
    }
}
