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
}
