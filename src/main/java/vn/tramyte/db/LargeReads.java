package vn.tramyte.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.conf.ParamType;

/**
 * Reads of tens of thousands of rows (a centre's report, a commune's due list). On H2 they run with
 * lazy execution: rows are handed over as H2 finds them instead of being gathered into a result
 * first, which beyond H2's MAX_MEMORY_ROWS meant writing them all to a temporary file and reading
 * them back (docs/decisions/0007). A session setting, set back afterwards (the connection is
 * pooled); it does not end the transaction. Other databases stream on their own.
 */
public final class LargeReads {
    private LargeReads() {
    }

    public static <T> T lazily(DSLContext sql, Supplier<T> read) {
        boolean h2 = sql.dialect().family() == SQLDialect.H2;
        if (h2) {
            sql.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        try {
            return read.get();
        } finally {
            if (h2) {
                sql.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }

    /** A row of a query read by {@link #each}. */
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs a query built with jOOQ, lazily, and hands each row of the JDBC result to the reader by
     * the select's column order: where jOOQ's records cost more than the query itself. The values
     * are written into the SQL (dates, numbers, the program's own codes, ids), so H2 plans a range
     * on a date index.
     */
    public static void each(DSLContext sql, ResultQuery<?> query, RowReader reader) {
        String text = query.getSQL(ParamType.INLINED);
        lazily(sql, () -> {
            sql.connection(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(text)) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            });
            return null;
        });
    }
}
