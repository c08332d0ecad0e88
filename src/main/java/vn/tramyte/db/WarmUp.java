package vn.tramyte.db;

import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * Start-up (issue 12): what the first open of a database runs in a new JVM and costs most there,
 * done ahead by app/Prewarm while the login screen waits: jOOQ's classes loaded and initialised by
 * rendering statements like the open's first ones, and the generated tables' classes loaded. No
 * connection, no file, no table read or written; nothing is kept. Measured with
 * {@code Benchmarks startup -Dstartup.typing=3000}: login pressed to the People list 3.9 s → 2.8–3.0 s.
 */
public final class WarmUp {
    /** Loaded by name: only its classes are wanted here (the tables belong to their repositories, ArchitectureTest). */
    private static final String GENERATED_TABLES = "vn.tramyte.db.generated.Tables";

    private WarmUp() {
    }

    public static void jooq() {
        DSLContext sql = DSL.using(SQLDialect.H2);
        var id = DSL.field(DSL.name("id"), UUID.class);
        var name = DSL.field(DSL.name("full_name"), String.class);
        sql.select(id, name).from(DSL.table(DSL.name("person")))
                .where(DSL.field(DSL.name("deleted"), Boolean.class).isFalse(), name.eq("Lò Văn Minh"))
                .orderBy(name).getSQL(ParamType.INLINED);
        sql.insertInto(DSL.table(DSL.name("place"))).set(id, new UUID(0, 0)).set(name, "").getSQL();
        try {
            Class.forName(GENERATED_TABLES, true, WarmUp.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * H2's opening and statements, run on a throw-away database in memory (no file, no key): the file's
     * opening after the login then runs on loaded, initialised and partly compiled code.
     */
    public static void h2() throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:mem:", "sa", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE person (id UUID PRIMARY KEY, full_name VARCHAR(200) NOT NULL, birth_date DATE,"
                    + " station_code VARCHAR(10) NOT NULL, change_seq BIGINT NOT NULL, deleted BOOLEAN DEFAULT FALSE)");
            st.execute("CREATE INDEX person_station ON person (station_code, birth_date)");
            st.execute("INSERT INTO person (id, full_name, birth_date, station_code, change_seq)"
                    + " VALUES (RANDOM_UUID(), 'Lò Văn Minh', DATE '2020-01-01', '03637', 1)");
            try (java.sql.ResultSet rs = st.executeQuery("SELECT id, full_name FROM person WHERE station_code = '03637'"
                    + " AND deleted = FALSE ORDER BY full_name")) {
                rs.next();
            }
        }
    }
}
