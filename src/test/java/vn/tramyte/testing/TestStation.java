package vn.tramyte.testing;

import java.nio.file.Path;
import vn.tramyte.app.Services;
import vn.tramyte.demo.DemoUsers;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.Role;

/**
 * Opens real services on a temp folder, set up as a station or a centre, logged in as its
 * administrator. The tests' administrator has the demo's login and password, so the same
 * login opens a test folder and a demo folder alike.
 */
public final class TestStation {
    public static final String MUONG_KIM = "03637";
    public static final String WORKER = "Lò Thị Hương";
    /** The tests' administrator: the demo's (DemoUsers.ADMINISTRATOR), with the demo's password. */
    public static final String ADMIN_LOGIN = DemoUsers.ADMINISTRATOR.loginName();
    public static final String PASSWORD = DemoUsers.PASSWORD;
    /** How the audit and {@code updated_by} name the administrator of {@link #station}, logged in. */
    public static final String LOGGED_IN = WORKER + " (" + ADMIN_LOGIN + ")";

    private TestStation() {
    }

    /** The first administrator a test sets a folder up with: a real person's name, the tests' login. */
    public static NewUser admin(String fullName) {
        return new NewUser(fullName, ADMIN_LOGIN, Role.ADMINISTRATOR, PASSWORD.toCharArray());
    }

    public static Services station(Path dir) {
        Services s = Services.open(dir, TestClock.fixed());
        s.setup().setUp(Mode.STATION, CodeList.Y2025, MUONG_KIM, admin(WORKER));
        return s;
    }

    /**
     * Opens a folder with the tests' clock, logged in as the tests' administrator when someone can
     * log in there (a new folder, or one of an earlier version, opens without).
     */
    public static Services open(Path dir) {
        return Services.unlock(dir, TestClock.fixed(), ADMIN_LOGIN, PASSWORD.toCharArray());
    }

    /**
     * The database key of a test folder (decision 0013), as the tests' administrator's password unwraps it,
     * or as kept while nobody has claimed the folder: for tests that open a closed file or a backup directly.
     */
    public static vn.tramyte.db.DatabaseKey key(Path dir) {
        vn.tramyte.security.Keyring keyring = vn.tramyte.security.Keyring.load(dir);
        return keyring.setupKey().orElseGet(() -> keyring.unwrapForUser(ADMIN_LOGIN, PASSWORD.toCharArray())
                .orElseThrow());
    }

    public static Services centre(Path dir) {
        Services s = Services.open(dir, TestClock.fixed());
        s.setup().setUp(Mode.CENTRE, CodeList.Y2024, "110", admin("Nguyễn Thị Thu Hà"));
        return s;
    }
}
