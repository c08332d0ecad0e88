package vn.tramyte.security.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tramyte.common.Messages;

/**
 * The recovery code, shown this once after the first administrator is made: it is written down (or
 * printed with the enrolment papers) and kept away from the computer.
 */
public final class RecoveryCodeView {
    private final VBox root;

    public RecoveryCodeView(String code, Messages m, Runnable onDone) {
        Label title = new Label(m.get("security.recovery.title"));
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        Label explain = new Label(m.get("security.recovery.explain"));
        explain.setWrapText(true);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        TextField shown = new TextField(code);
        shown.setId("recoveryCodeShown");
        shown.setEditable(false);
        shown.getStyleClass().add("recovery-code");
        Button done = new Button(m.get("security.recovery.done"));
        done.setId("recoveryCodeDone");
        done.getStyleClass().add("accent");
        done.setDefaultButton(true);
        done.setOnAction(e -> onDone.run());
        VBox card = new VBox(14, title, explain, shown, done);
        card.getStyleClass().add("card-box");
        card.setMaxWidth(620);
        root = new VBox(card);
        root.setAlignment(Pos.TOP_CENTER);
        root.setPadding(new Insets(48, 32, 32, 32));
    }

    public Parent root() {
        return root;
    }
}
