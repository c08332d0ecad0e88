package vn.tramyte.db;

import java.time.Clock;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Start-up (issue 12): a throw-away database with this program's schema, on which app/Prewarm rehearses
 * what the open after the login runs (its checks, reads, a login and the People list: {@code
 * Prewarm.rehearse}) while the login screen waits for the password. The real open then runs on loaded,
 * initialised and partly compiled code. It is an encrypted H2 file as the folder's is, but in H2's file
 * system in memory ({@code memFS:}): made by the migrations as a new file's is, closed, then opened again,
 * so that the opening of a file (its chunks decrypted, its tables' statements replayed) is rehearsed too.
 * Nothing on disk, a random key; {@link Database#discardInMemory} deletes it.
 */
public final class WarmUp {
    /** H2's statement that closes a database and deletes its files once its last connection goes. */
    static final String DELETE = "DROP ALL OBJECTS DELETE FILES";

    private WarmUp() {
    }

    public static Database inMemory(Clock clock) {
        String url = "jdbc:h2:memFS:tramyte-rehearsal-" + UUID.randomUUID() + DatabaseKey.URL_CIPHER
                + ";TRACE_LEVEL_FILE=0";
        String password = DatabaseKey.random().h2Password();
        JdbcConnectionPool made = JdbcConnectionPool.create(url, "sa", password);
        try {
            Flyway.configure(Database.class.getClassLoader()).dataSource(made).locations(Migrations.locations(true))
                    .load().migrate();
            shutdown(made, "SHUTDOWN");
        } catch (RuntimeException e) {
            shutdown(made, DELETE);
            throw e;
        }
        JdbcConnectionPool opened = JdbcConnectionPool.create(url, "sa", password);
        if (!Migrations.upToDate(opened)) { // the same first read as a folder's open
            shutdown(opened, DELETE);
            throw new IllegalStateException("the rehearsal's database has not this program's schema");
        }
        return new Database(null, null, url, null, opened, clock, null);
    }

    /** Runs H2's closing statement on a pool's database ({@code SHUTDOWN}, or {@link #DELETE}), then drops the pool. */
    static void shutdown(JdbcConnectionPool pool, String statement) {
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute(statement);
        } catch (java.sql.SQLException e) {
            org.slf4j.LoggerFactory.getLogger(WarmUp.class).debug("a database in memory already closed", e);
        } finally {
            pool.dispose();
        }
    }
}
