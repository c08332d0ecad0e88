package vn.tramyte.security.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.UserError;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.Passwords;
import vn.tramyte.security.Role;
import vn.tramyte.security.User;
import vn.tramyte.security.UserService;

/**
 * The users page (station head, administrator): the list, adding a user, disabling one and setting
 * a new password for one who forgot theirs. The roles offered are those the logged-in user may give.
 */
public final class UsersViewModel {
    private final UserService users;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<User> list = FXCollections.observableArrayList();
    private final ObservableList<Role> roles = FXCollections.observableArrayList();
    private final ObjectProperty<User> selected = new SimpleObjectProperty<>();
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty loginName = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.STATION_STAFF);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");

    public UsersViewModel(UserService users, TaskRunner runner, Messages messages) {
        this.users = users;
        this.runner = runner;
        this.messages = messages;
        users.session().user().ifPresent(me -> roles.setAll(me.role().manages().stream().sorted().toList()));
        refresh();
    }

    public void refresh() {
        runner.run(users::users, list::setAll, this::fail);
    }

    /** Adds the user typed in the form (its password typed twice). */
    public void add() {
        clearMessages();
        if (!passwordTyped()) {
            return;
        }
        NewUser user = new NewUser(fullName.get(), loginName.get(), role.get(), password.get().toCharArray());
        runner.run(() -> users.add(user), made -> {
            info.set(messages.format("security.users.added", made.fullName(), made.loginName()));
            fullName.set("");
            loginName.set("");
            clearPasswords();
            refresh();
        }, this::fail);
    }

    /** Disables the selected user: they can no longer log in. */
    public void disableSelected() {
        clearMessages();
        User user = selected.get();
        if (user == null || user.loginName() == null) {
            error.set(messages.get("security.users.chooseUser"));
            return;
        }
        runner.run(() -> {
            users.disable(user.loginName());
            return user;
        }, done -> {
            info.set(messages.format("security.users.disabled", done.fullName()));
            refresh();
        }, this::fail);
    }

    /** Gives the selected user the password typed in the form (they change it after logging in). */
    public void resetSelected() {
        clearMessages();
        User user = selected.get();
        if (user == null || user.loginName() == null) {
            error.set(messages.get("security.users.chooseUser"));
            return;
        }
        if (!passwordTyped()) {
            return;
        }
        char[] typed = password.get().toCharArray();
        runner.run(() -> {
            users.resetPassword(user.loginName(), typed);
            return user;
        }, done -> {
            info.set(messages.format("security.users.passwordSet", done.fullName()));
            clearPasswords();
            refresh();
        }, this::fail);
    }

    private boolean passwordTyped() {
        vn.tramyte.common.UserError refused = Passwords.refusal(password.get(), passwordAgain.get());
        if (refused != null) {
            error.set(refused.describe(messages));
        }
        return refused == null;
    }

    private void clearPasswords() {
        password.set("");
        passwordAgain.set("");
    }

    private void clearMessages() {
        error.set("");
        info.set("");
    }

    private void fail(Throwable e) {
        error.set(e instanceof UserError u ? u.describe(messages) : messages.describe(e));
    }

    public String roleLabel(Role r) {
        return r == null ? "" : messages.get(r.labelKey());
    }

    public String stateLabel(User u) {
        return messages.get(u.active() ? "security.user.active" : "security.user.disabled");
    }

    public ObservableList<User> users() {
        return list;
    }

    public ObservableList<Role> roles() {
        return roles;
    }

    public ObjectProperty<User> selectedProperty() {
        return selected;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty loginNameProperty() {
        return loginName;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }
}
