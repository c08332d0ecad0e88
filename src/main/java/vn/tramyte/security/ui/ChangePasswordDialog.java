package vn.tramyte.security.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.tramyte.common.Messages;

/** A small window to change one's own password; binds to {@link ChangePasswordViewModel}. */
public final class ChangePasswordDialog {
    private final ChangePasswordViewModel vm;
    private final Messages m;

    public ChangePasswordDialog(ChangePasswordViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
    }

    public void show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("security.changePassword"));
        PasswordField current = field("currentPassword", vm.currentProperty());
        PasswordField fresh = field("newPassword", vm.newPasswordProperty());
        PasswordField again = field("newPasswordAgain", vm.againProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(m.get("security.currentPassword")), current);
        form.addRow(1, new Label(m.get("security.newPassword")), fresh);
        form.addRow(2, new Label(m.get("security.passwordAgain")), again);
        // a label keeps its whole text; the fields give way
        form.getChildren().stream().filter(n -> n instanceof Label)
                .forEach(n -> ((Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        Label error = new Label();
        error.setId("changePasswordError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(420);
        error.textProperty().bind(vm.errorProperty());
        Button save = new Button(m.get("security.changePassword.save"));
        save.setId("changePasswordSave");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        Button cancel = new Button(m.get("common.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        vm.doneProperty().addListener((o, was, now) -> {
            if (now) {
                stage.close();
            }
        });
        VBox box = new VBox(12, form, error, new HBox(8, save, cancel));
        box.setStyle("-fx-padding: 20;");
        stage.setScene(new javafx.scene.Scene(box));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.show();
    }

    private static PasswordField field(String id, javafx.beans.property.StringProperty value) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
