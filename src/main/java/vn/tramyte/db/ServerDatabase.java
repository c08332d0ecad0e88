package vn.tramyte.db;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.Settings;

/**
 * A data folder's database on a PostgreSQL server instead of the H2 file (issue 16, decision 0015): a
 * centre that outgrew one file. The folder keeps its settings (the server's address and login name,
 * never the password), its keyring and its log; the password comes from the environment variable
 * {@value #PASSWORD_VARIABLE}, the console, or PostgreSQL's own password file ({@code ~/.pgpass}).
 */
public record ServerDatabase(String url, String user, char[] password) {
    public static final String PASSWORD_VARIABLE = "TRAMYTE_DB_PASSWORD";
    static final String URL_PREFIX = "jdbc:postgresql://";
    private static final Logger LOG = LoggerFactory.getLogger(ServerDatabase.class);
    /** Seconds to wait for a server that does not answer before saying so. */
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    public ServerDatabase {
        if (!isServerUrl(url)) {
            throw new IllegalArgumentException("not a PostgreSQL address");
        }
    }

    /** The database the folder's settings name, with this password (null: from the environment or ~/.pgpass); null for H2. */
    public static ServerDatabase of(Path dataDir, char[] password) {
        Settings settings = new Settings(dataDir);
        String url = settings.databaseUrl();
        if (url == null) {
            return null;
        }
        return new ServerDatabase(url, settings.databaseUser(), password != null ? password : fromEnvironment());
    }

    /** The password of {@value #PASSWORD_VARIABLE}, or null when it is not set. */
    public static char[] fromEnvironment() {
        String value = System.getenv(PASSWORD_VARIABLE);
        return value == null ? null : value.toCharArray();
    }

    /** True when the folder's database is on a server (its settings name one). */
    public static boolean configured(Path dataDir) {
        return new Settings(dataDir).databaseUrl() != null;
    }

    /** {@code jdbc:postgresql://HOST[:PORT]/DB[?...]}: the only server kind this version knows. */
    public static boolean isServerUrl(String url) {
        return url != null && url.startsWith(URL_PREFIX) && url.length() > URL_PREFIX.length();
    }

    /** The server's host, port and database as said to a user: the address without its options. */
    public String place() {
        String rest = url.substring(URL_PREFIX.length());
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    /**
     * A pool of connections to the server, tried once at once: a server that cannot be reached, refuses the
     * login or has no such database is said in one sentence ({@link ServerUnavailable}), the details in the log.
     */
    JdbcConnectionPool pool() {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(url);
        source.setUser(user);
        if (password != null) {
            source.setPassword(new String(password));
        }
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setApplicationName("TramYTe");
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        try (java.sql.Connection c = pool.getConnection()) {
            LOG.info("database on the server {} as {}: {} {}", place(), user, c.getMetaData().getDatabaseProductName(),
                    c.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            pool.dispose();
            throw unavailable(e);
        }
        return pool;
    }

    /** The user's sentence for a connection that failed, by PostgreSQL's SQL state. */
    ServerUnavailable unavailable(SQLException e) {
        LOG.warn("the database server {} refused or did not answer", place(), e);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) { // invalid authorization: wrong password, unknown user, not allowed from here
            return new ServerUnavailable("error.serverLoginRefused", place(), String.valueOf(user));
        }
        if (state.equals("3D000")) { // invalid catalog name: no such database
            return new ServerUnavailable("error.serverNoDatabase", place());
        }
        return new ServerUnavailable("error.serverUnreachable", place());
    }

    /**
     * A failure while working: the connection lost (SQL state class 08) or the login refused is said as
     * when opening; anything else goes on as it was (the caller's sentence, or the log).
     */
    RuntimeException translate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28"))) {
                return unavailable(sql);
            }
        }
        return e;
    }

    @Override
    public String toString() {
        return "ServerDatabase[" + place() + " as " + user + "]";
    }

    /** For the log and the {@code info} command: which engine a folder's database runs on. */
    public static String describe(Path dataDir) {
        String url = new Settings(dataDir).databaseUrl();
        return url == null ? "H2" : "PostgreSQL " + url.substring(URL_PREFIX.length()).toLowerCase(Locale.ROOT);
    }
}
