package vn.tramyte.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Parent;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.db.DatabaseKey;
import vn.tramyte.demo.DemoUsers;
import vn.tramyte.security.Keyring;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.User;
import vn.tramyte.security.ui.LoginView;
import vn.tramyte.security.ui.LoginViewModel;

/**
 * The login screen before the database is open (decision 0013): the password unwraps the database key,
 * then the folder opens and the user is checked as always; the recovery code unwraps it too and sets a
 * new password, after which the administrator logs in with it. The place's name and a demo's users come
 * from the keyring (written while the folder was last open).
 */
final class LockedLogin {
    private LockedLogin() {
    }

    static Parent view(Keyring keyring, String place, AppConfig config, FxTaskRunner runner, Messages messages,
                       String lockedUser, Consumer<DatabaseKey> keyFound, Consumer<Services> unlocked,
                       Consumer<Throwable> cannotOpen, Consumer<String> onLanguage) {
        List<String> demo = new ArrayList<>();
        if (keyring.demo()) {
            demo.add(messages.format("security.demo.password", DemoUsers.PASSWORD));
            DemoUsers.of(keyring.centre()).forEach(l -> demo.add(messages.format("security.demo.line",
                    l.loginName(), l.fullName(), messages.get(l.role().labelKey()))));
        }
        Services[] opened = new Services[1];
        RuntimeException[] failed = new RuntimeException[1];
        LoginViewModel.Actions actions = new LoginViewModel.Actions() {
            @Override
            public Object login(String loginName, char[] password) {
                DatabaseKey key = Services.keyFor(config.dataDir(), config.clock(), loginName, password);
                keyFound.accept(key); // a damaged file's screen restores a backup with it
                Services services;
                try {
                    services = Services.openWith(config.dataDir(), config.clock(), key);
                } catch (RuntimeException e) {
                    // the password was right but the folder does not open (damaged, in use, read-only): the
                    // window says so in the place of its pages, as when nothing needs a password
                    failed[0] = e;
                    return null;
                }
                try {
                    services.login(loginName, password);
                } catch (RuntimeException e) {
                    services.close();
                    throw e;
                }
                opened[0] = services;
                return services;
            }

            @Override
            public Object createFirstAdministrator(NewUser admin) {
                throw new UserError("security.error.alreadySetUp");
            }

            @Override
            public User resetWithRecoveryCode(String code, String loginName, char[] password) {
                try (Services services = Services.recover(config.dataDir(), config.clock(), code, loginName,
                        password)) {
                    return services.session().user().orElseThrow();
                }
            }
        };
        LoginViewModel vm = new LoginViewModel(actions, runner, messages, false, demo, lockedUser,
                () -> {
                    if (failed[0] != null) {
                        cannotOpen.accept(failed[0]);
                    } else {
                        unlocked.accept(opened[0]);
                    }
                });
        return new LoginView(vm, messages, place, onLanguage).root();
    }
}
