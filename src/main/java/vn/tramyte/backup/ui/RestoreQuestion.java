package vn.tramyte.backup.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import vn.tramyte.common.Messages;

/**
 * The question before a restore: what the backup holds and, for a station, what is lost and what is
 * safe at the centre. "Cancel" is the default button: a restore is never one Enter away.
 */
public final class RestoreQuestion {
    private RestoreQuestion() {
    }

    public static void ask(Window owner, Messages m, String question, Runnable onYes) {
        ButtonType yes = new ButtonType(m.get("backup.page.confirmYes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(m.get("backup.page.confirmNo"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(m.get("backup.page.confirmTitle"));
        alert.setHeaderText(m.get("backup.page.confirmTitle"));
        alert.getDialogPane().setId("backupConfirm");
        alert.getDialogPane().setPrefWidth(640);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        alert.getDialogPane().lookupButton(yes).setId("backupConfirmYes");
        alert.setOnHidden(e -> {
            if (alert.getResult() == yes) {
                onYes.run();
            }
        });
        alert.show();
    }
}
