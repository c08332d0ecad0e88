package vn.tramyte.bench;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The second bound of the start-up benchmark: the least a start that asks for a password first can
 * show, none of the program's code: the program's theme and a bare login form (a title, a login name
 * and a password field with their labels, a button) in a window of the main window's size, in a new JVM
 * with the launcher's flags, marked as {@link EmptyWindow#show} marks it. Its ratio to the empty window is
 * what a login screen costs in JavaFX before any of the program runs (issue 12's start-up line).
 */
public final class LoginFormWindow extends Application {
    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Tên đăng nhập"), new TextField());
        form.addRow(1, new Label("Mật khẩu"), new PasswordField());
        Button login = new Button("Đăng nhập");
        login.setDefaultButton(true);
        Label title = new Label("Đăng nhập");
        title.getStyleClass().add("title-2");
        VBox card = new VBox(10, title, new Label("Trạm Y tế xã Mường Kim"), form, login);
        card.setMaxSize(520, 300);
        card.setPadding(new Insets(32));
        EmptyWindow.show(stage, new StackPane(card));
    }

    public static void main(String[] args) {
        Application.launch(LoginFormWindow.class, args);
    }
}
