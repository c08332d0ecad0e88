package vn.tramyte.demo;

import java.util.List;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.Role;

/**
 * The demo's documented users (README, and the login screen of a demo database only): one
 * password for all, since a demo holds invented people and is made for training.
 */
public final class DemoUsers {
    public static final String PASSWORD = "demo-tramyte";

    /** A documented demo login. */
    public record Login(String loginName, String fullName, Role role) {
        /** As the audit log names this user once logged in ({@code User.auditName}). */
        public String auditName() {
            return fullName + " (" + loginName + ")";
        }

        NewUser toNew() {
            return new NewUser(fullName, loginName, role, PASSWORD.toCharArray());
        }
    }

    /** The administrator of every demo, made first. */
    public static final Login ADMINISTRATOR = new Login("quantri", "Hoàng Văn Minh", Role.ADMINISTRATOR);

    private DemoUsers() {
    }

    /** The demo's users, administrator first: the centre's or the station's. */
    public static List<Login> of(boolean centre) {
        return centre
                ? List.of(ADMINISTRATOR, new Login("thongke", DemoService.CENTRE_USER, Role.CENTRE_STATISTICIAN))
                : List.of(ADMINISTRATOR, new Login("huong", DemoService.STATION_USER, Role.STATION_HEAD),
                        new Login("nhanvien", "Tòng Thị Mai", Role.STATION_STAFF));
    }
}
