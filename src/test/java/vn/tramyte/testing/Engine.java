package vn.tramyte.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import vn.tramyte.app.Services;
import vn.tramyte.common.Settings;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;

/**
 * The engine a test's database runs on (issue 16): the H2 file, or a real PostgreSQL server found through
 * {@value #URL_VARIABLE} (a JDBC address of its maintenance database, e.g. {@code .../postgres}),
 * {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE} (what {@code .ci/start-postgres} prints). Each
 * folder set up on PostgreSQL gets a database of its own, made fresh. Without the variables a developer's
 * PostgreSQL runs are skipped with a notice; in CI ({@code CI=true}) they fail instead.
 *
 * <p>Tests that run on both take the engine as their class parameter:
 * {@code @ParameterizedClass @MethodSource("vn.tramyte.testing.Engine#both")} and a {@code @Parameter Engine engine}.
 */
public enum Engine {
    H2,
    POSTGRESQL;

    public static final String URL_VARIABLE = "TRAMYTE_TEST_PG_URL";
    public static final String USER_VARIABLE = "TRAMYTE_TEST_PG_USER";
    public static final String PASSWORD_VARIABLE = "TRAMYTE_TEST_PG_PASSWORD";

    /** Both engines, for {@code @MethodSource}. */
    public static Stream<Engine> both() {
        return Stream.of(H2, POSTGRESQL);
    }

    /**
     * Points a new folder at a fresh database of this engine (on H2 nothing: the file is made when it opens).
     * Idempotent: a folder already pointed somewhere keeps its database (a test that closes and reopens).
     */
    public Path prepare(Path dir) {
        if (this == H2 || new Settings(dir).databaseUrl() != null) {
            return dir;
        }
        String name = "tramyte_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(adminUrl(), System.getenv(USER_VARIABLE),
                System.getenv(PASSWORD_VARIABLE));
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new AssertionError("could not make a test database on " + adminUrl(), e);
        }
        new Settings(dir).setDatabase(databaseUrl(name), System.getenv(USER_VARIABLE));
        return dir;
    }

    /** The JDBC address of a database of the test server, by name. */
    public static String databaseUrl(String name) {
        String admin = adminUrl();
        return admin.substring(0, admin.lastIndexOf('/') + 1) + name;
    }

    private static String adminUrl() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            String notice = "PostgreSQL tests need " + URL_VARIABLE + ", " + USER_VARIABLE + " and "
                    + PASSWORD_VARIABLE + " (eval \"$(.ci/start-postgres /tmp/tramyte-pg)\")";
            if (ci) {
                Assertions.fail("CI=true: " + notice + "; CI never skips them");
            }
            System.err.println("NOTICE: skipped on PostgreSQL: " + notice);
            Assumptions.abort("skipped on PostgreSQL: " + notice);
        }
        return url.trim();
    }

    /** The server's password for the test folders (null on H2). */
    public char[] serverPassword() {
        if (this == H2) {
            return null;
        }
        String password = System.getenv(PASSWORD_VARIABLE);
        return password == null ? null : password.toCharArray();
    }

    /** A database tool's connection to a test folder's database (closed or open), as someone tampering would use. */
    public Connection connect(Path dir) throws SQLException {
        if (this == H2) {
            return vn.tramyte.db.TableSnapshot.connect(dir);
        }
        Settings settings = new Settings(dir);
        return DriverManager.getConnection(settings.databaseUrl(), settings.databaseUser(),
                System.getenv(PASSWORD_VARIABLE));
    }

    /** {@link TestStation#station} on this engine. */
    public Services station(Path dir) {
        Services s = Services.open(prepare(dir), TestClock.fixed(), serverPassword());
        s.setup().setUp(Mode.STATION, CodeList.Y2025, TestStation.MUONG_KIM, TestStation.admin(TestStation.WORKER));
        return s;
    }

    /** {@link TestStation#centre} on this engine. */
    public Services centre(Path dir) {
        Services s = Services.open(prepare(dir), TestClock.fixed(), serverPassword());
        s.setup().setUp(Mode.CENTRE, CodeList.Y2024, "110", TestStation.admin("Nguyễn Thị Thu Hà"));
        return s;
    }

    /** {@link TestStation#open} on this engine: the folder opened again, logged in as the tests' administrator. */
    public Services open(Path dir) {
        return Services.unlock(prepare(dir), TestClock.fixed(), TestStation.ADMIN_LOGIN,
                TestStation.PASSWORD.toCharArray(), serverPassword());
    }

    /** Opens a new folder nobody can log in to yet, on this engine. */
    public Services openNew(Path dir) {
        return Services.open(prepare(dir), TestClock.fixed(), serverPassword());
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
