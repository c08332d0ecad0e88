package vn.tramyte.security.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.UserError;
import vn.tramyte.security.UserService;

/** The logged-in user changes their own password: the current one, then the new one twice. */
public final class ChangePasswordViewModel {
    private final UserService users;
    private final TaskRunner runner;
    private final Messages messages;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty again = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty done = new SimpleBooleanProperty(false);

    public ChangePasswordViewModel(UserService users, TaskRunner runner, Messages messages) {
        this.users = users;
        this.runner = runner;
        this.messages = messages;
    }

    public void save() {
        error.set("");
        if (!newPassword.get().equals(again.get())) {
            error.set(messages.get("security.error.passwordsDiffer"));
            return;
        }
        char[] old = current.get().toCharArray();
        char[] typed = newPassword.get().toCharArray();
        runner.run(() -> {
            users.changeOwnPassword(old, typed);
            return Boolean.TRUE;
        }, ok -> {
            current.set("");
            newPassword.set("");
            again.set("");
            done.set(true);
        }, e -> error.set(e instanceof UserError u ? u.describe(messages) : messages.describe(e)));
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty againProperty() {
        return again;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** True once the new password is saved (the dialog closes). */
    public BooleanProperty doneProperty() {
        return done;
    }
}
