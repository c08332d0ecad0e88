package vn.tramyte.security.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.UserError;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.Passwords;
import vn.tramyte.security.Role;
import vn.tramyte.security.User;
import vn.tramyte.security.UserService;

/**
 * The screen before the main window (issue 13): log in; or, on a data folder where nobody can log in
 * yet (enrolled, or from an earlier version), make the first administrator; or reset an administrator's
 * forgotten password with the recovery code.
 */
public final class LoginViewModel {
    /**
     * What the screen does: with the data folder open, the users' service; before it is open (its key
     * wrapped under the users' passwords, decision 0013), the shell's opening of the folder.
     */
    public interface Actions {
        Object login(String loginName, char[] password);

        Object createFirstAdministrator(NewUser admin);

        User resetWithRecoveryCode(String recoveryCode, String loginName, char[] newPassword);

        static Actions of(UserService users) {
            return new Actions() {
                @Override
                public Object login(String loginName, char[] password) {
                    return users.login(loginName, password);
                }

                @Override
                public Object createFirstAdministrator(NewUser admin) {
                    return users.createFirstAdministrator(admin);
                }

                @Override
                public User resetWithRecoveryCode(String recoveryCode, String loginName, char[] newPassword) {
                    return users.resetWithRecoveryCode(recoveryCode, loginName, newPassword);
                }
            };
        }
    }

    private final Actions users;
    private final TaskRunner runner;
    private final Messages messages;
    private final Runnable onDone;
    private final boolean firstAdministrator;
    private final List<String> demoLogins;

    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty loginName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final StringProperty recoveryCode = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty recovering = new SimpleBooleanProperty(false);

    /**
     * @param firstAdministrator true to make the first administrator instead of logging in
     * @param demoLogins         the demo's documented users, one line each (a demo database only; else empty)
     * @param lockedUser         the login name of the user whose session locked (filled in), or null
     */
    public LoginViewModel(Actions users, TaskRunner runner, Messages messages, boolean firstAdministrator,
                          List<String> demoLogins, String lockedUser, Runnable onDone) {
        this.users = users;
        this.runner = runner;
        this.messages = messages;
        this.firstAdministrator = firstAdministrator;
        this.demoLogins = List.copyOf(demoLogins);
        this.onDone = onDone;
        if (lockedUser != null) {
            loginName.set(lockedUser);
            info.set(messages.get("security.login.locked"));
        }
    }

    public boolean firstAdministrator() {
        return firstAdministrator;
    }

    public List<String> demoLogins() {
        return demoLogins;
    }

    /** Logs in, or makes the first administrator (logged in at once); then the window moves on. */
    public void submit() {
        error.set("");
        if (recovering.get()) {
            recover();
        } else if (firstAdministrator) {
            create();
        } else {
            login();
        }
    }

    private void login() {
        String login = loginName.get();
        char[] typed = password.get() == null ? new char[0] : password.get().toCharArray();
        busy.set(true);
        runner.run(() -> users.login(login, typed), user -> {
            UserService.wipe(typed);
            busy.set(false);
            password.set("");
            onDone.run();
        }, e -> {
            UserService.wipe(typed);
            password.set("");
            fail(e);
        });
    }

    private void create() {
        if (!newPasswordTyped()) {
            return;
        }
        NewUser admin = new NewUser(fullName.get(), loginName.get(), Role.ADMINISTRATOR, password.get().toCharArray());
        busy.set(true);
        runner.run(() -> users.createFirstAdministrator(admin), user -> {
            busy.set(false);
            onDone.run();
        }, this::fail);
    }

    private void recover() {
        if (!newPasswordTyped()) {
            return;
        }
        String code = recoveryCode.get();
        String login = loginName.get();
        char[] typed = password.get().toCharArray();
        busy.set(true);
        runner.run(() -> users.resetWithRecoveryCode(code, login, typed), user -> {
            busy.set(false);
            recovering.set(false);
            recoveryCode.set("");
            password.set("");
            passwordAgain.set("");
            info.set(messages.format("security.recover.done", user.fullName()));
        }, this::fail);
    }

    private boolean newPasswordTyped() {
        vn.tramyte.common.UserError refused = Passwords.refusal(password.get(), passwordAgain.get());
        if (refused != null) {
            error.set(refused.describe(messages));
        }
        return refused == null;
    }

    private void fail(Throwable e) {
        busy.set(false);
        error.set(e instanceof UserError u ? u.describe(messages) : messages.describe(e));
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public StringProperty loginNameProperty() {
        return loginName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    public StringProperty recoveryCodeProperty() {
        return recoveryCode;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty infoProperty() {
        return info;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True while the recovery form is shown instead of the password alone. */
    public BooleanProperty recoveringProperty() {
        return recovering;
    }
}
