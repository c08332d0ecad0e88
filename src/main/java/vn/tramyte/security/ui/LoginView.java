package vn.tramyte.security.ui;

import static vn.tramyte.common.ui.FrontPage.wrapped;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tramyte.common.Messages;
import vn.tramyte.common.ui.FrontPage;

/** The login screen (or the first administrator's): binds to {@link LoginViewModel}. */
public final class LoginView {
    private final LoginViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();

    public LoginView(LoginViewModel vm, Messages messages, String placeName, Consumer<String> onLanguage) {
        this.vm = vm;
        this.m = messages;
        root.getStyleClass().add("setup");
        root.setTop(FrontPage.header(m, onLanguage));
        VBox center = new VBox(16, card(placeName));
        if (!vm.demoLogins().isEmpty()) {
            center.getChildren().add(demoCard());
        }
        center.setAlignment(Pos.TOP_CENTER);
        center.setPadding(new Insets(32));
        root.setCenter(FrontPage.scroll(center));
    }

    public Parent root() {
        return root;
    }

    private Parent card(String placeName) {
        boolean first = vm.firstAdministrator();
        Label title = wrapped(new Label(m.get(first ? "security.first.title" : "security.login.title")));
        title.setId("loginTitle");
        title.getStyleClass().add("title-2");
        Label place = wrapped(new Label(placeName));
        place.getStyleClass().add("text-muted");
        Label explain = wrapped(new Label(m.get(first ? "security.first.explain" : "security.login.explain")));

        Label info = wrapped(new Label());
        info.setId("loginInfo");
        info.textProperty().bind(vm.infoProperty());
        info.visibleProperty().bind(vm.infoProperty().isNotEmpty());
        info.managedProperty().bind(info.visibleProperty());
        Label error = wrapped(new Label());
        error.setId("loginError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        TextField fullName = field("fullNameField", vm.fullNameProperty(), new TextField());
        TextField login = field("loginName", vm.loginNameProperty(), new TextField());
        PasswordField password = (PasswordField) field("password", vm.passwordProperty(), new PasswordField());
        PasswordField again = (PasswordField) field("passwordAgain", vm.passwordAgainProperty(), new PasswordField());
        TextField code = field("recoveryCode", vm.recoveryCodeProperty(), new TextField());
        code.setPromptText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX");

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        int row = 0;
        if (first) {
            form.addRow(row++, new Label(m.get("security.fullName")), fullName);
        }
        Label codeLabel = new Label(m.get("security.recover.code"));
        form.addRow(row++, codeLabel, code);
        form.addRow(row++, new Label(m.get("security.loginName")), login);
        Label passwordLabel = new Label();
        passwordLabel.textProperty().bind(javafx.beans.binding.Bindings.when(vm.recoveringProperty())
                .then(m.get("security.newPassword")).otherwise(m.get("security.password")));
        form.addRow(row++, passwordLabel, password);
        Label againLabel = new Label(m.get("security.passwordAgain"));
        form.addRow(row, againLabel, again);
        // a label keeps its whole text; the fields give way
        form.getChildren().stream().filter(n -> n instanceof Label)
                .forEach(n -> ((Label) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        GridPane.setHgrow(login, Priority.ALWAYS);
        showWhen(vm.recoveringProperty(), codeLabel, code);
        if (!first) {
            showWhen(vm.recoveringProperty(), againLabel, again);
        }

        Button submit = new Button();
        submit.setId("loginButton");
        submit.textProperty().bind(javafx.beans.binding.Bindings.when(vm.recoveringProperty())
                .then(m.get("security.recover.submit"))
                .otherwise(m.get(first ? "security.first.submit" : "security.login.submit")));
        submit.getStyleClass().add("accent");
        submit.setDefaultButton(true);
        submit.disableProperty().bind(vm.busyProperty());
        submit.setOnAction(e -> vm.submit());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(24, 24);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox actions = new HBox(12, submit, busy);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(10, title, place, explain, info, error, form, actions);
        if (!first) {
            Hyperlink forgot = new Hyperlink();
            forgot.setId("forgotPassword");
            forgot.textProperty().bind(javafx.beans.binding.Bindings.when(vm.recoveringProperty())
                    .then(m.get("security.recover.back")).otherwise(m.get("security.recover.link")));
            forgot.setOnAction(e -> {
                vm.errorProperty().set("");
                vm.recoveringProperty().set(!vm.recoveringProperty().get());
            });
            card.getChildren().add(forgot);
        }
        card.getStyleClass().add("card-box");
        card.setMaxWidth(520);
        javafx.application.Platform.runLater(() -> (first ? fullName : vm.loginNameProperty().get().isEmpty()
                ? login : password).requestFocus());
        return card;
    }

    /** The demo's documented users: a demo database only, so that a trainer can try each role. */
    private Parent demoCard() {
        Label title = wrapped(new Label(m.get("security.demo.title")));
        title.getStyleClass().add("title-4");
        VBox card = new VBox(6, title);
        for (String line : vm.demoLogins()) {
            Label l = wrapped(new Label(line));
            l.getStyleClass().add("demo-login");
            card.getChildren().add(l);
        }
        card.setId("demoLogins");
        card.getStyleClass().add("card-box");
        card.setMaxWidth(520);
        return card;
    }

    private static void showWhen(javafx.beans.value.ObservableBooleanValue shown, javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            n.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(shown::get, shown));
            n.managedProperty().bind(n.visibleProperty());
        }
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, TextField field) {
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPrefColumnCount(22);
        return field;
    }
}
