package vn.tramyte.security.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tramyte.common.Messages;
import vn.tramyte.security.Role;
import vn.tramyte.security.User;

/** The users page: binds to {@link UsersViewModel}. */
public final class UsersView {
    private final VBox root;

    public UsersView(UsersViewModel vm, Messages m) {
        Label title = new Label(m.get("security.users.title"));
        title.getStyleClass().add("title-2");
        Label explain = new Label(m.get("security.users.explain"));
        explain.setWrapText(true);

        TableView<User> table = new TableView<>(vm.users());
        table.setId("usersTable");
        table.getColumns().add(column(m.get("security.loginName"), u -> u.loginName() == null ? "–" : u.loginName()));
        table.getColumns().add(column(m.get("security.fullName"), User::fullName));
        table.getColumns().add(column(m.get("security.role"), u -> vm.roleLabel(u.role())));
        table.getColumns().add(column(m.get("security.users.state"), vm::stateLabel));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(240);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));

        TextField fullName = new TextField();
        fullName.setId("newUserFullName");
        fullName.textProperty().bindBidirectional(vm.fullNameProperty());
        TextField login = new TextField();
        login.setId("newUserLogin");
        login.textProperty().bindBidirectional(vm.loginNameProperty());
        ComboBox<Role> role = new ComboBox<>(vm.roles());
        role.setId("newUserRole");
        role.valueProperty().bindBidirectional(vm.roleProperty());
        role.setCellFactory(v -> roleCell(vm));
        role.setButtonCell(roleCell(vm));
        PasswordField password = new PasswordField();
        password.setId("newUserPassword");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        PasswordField again = new PasswordField();
        again.setId("newUserPasswordAgain");
        again.textProperty().bindBidirectional(vm.passwordAgainProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(m.get("security.fullName")), fullName, new Label(m.get("security.loginName")), login);
        form.addRow(1, new Label(m.get("security.role")), role);
        form.addRow(2, new Label(m.get("security.password")), password, new Label(m.get("security.passwordAgain")), again);
        // a label keeps its whole text; the fields give way
        form.getChildren().stream().filter(n -> n instanceof Label)
                .forEach(n -> ((Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        for (javafx.scene.Node field : new javafx.scene.Node[] {fullName, login, password, again}) {
            GridPane.setHgrow(field, Priority.ALWAYS);
        }

        Button add = new Button(m.get("security.users.add"));
        add.setId("addUser");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> vm.add());
        Button reset = new Button(m.get("security.users.reset"));
        reset.setId("resetUserPassword");
        reset.setOnAction(e -> vm.resetSelected());
        Button disable = new Button(m.get("security.users.disable"));
        disable.setId("disableUser");
        disable.setOnAction(e -> vm.disableSelected());

        Label info = new Label();
        info.setId("usersInfo");
        info.setWrapText(true);
        info.textProperty().bind(vm.infoProperty());
        Label error = new Label();
        error.setId("usersError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        Label hint = new Label(m.get("security.users.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        root = new VBox(12, title, explain, table, form, new HBox(8, add, reset, disable), hint, info, error);
        root.setPadding(new Insets(16, 24, 16, 24));
        root.setId("usersPage");
    }

    public Parent root() {
        return root;
    }

    private static ListCell<Role> roleCell(UsersViewModel vm) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : vm.roleLabel(item));
            }
        };
    }

    private static TableColumn<User, String> column(String title, java.util.function.Function<User, String> value) {
        TableColumn<User, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
