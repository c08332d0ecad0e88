package vn.tramyte.db;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * Inserts many rows of one table as one prepared statement bound once per row (a JDBC batch),
 * instead of one round trip per row. Repositories fill and stamp their records as for a single
 * insert and hand them here; the columns written are those set on the first record.
 */
public final class BulkInsert {
    /** Rows per JDBC batch: large enough to save the round trips, small enough to keep memory flat. */
    static final int BATCH_ROWS = 1000;

    private BulkInsert() {
    }

    public static <R extends TableRecord<R>> void insert(DSLContext dsl, List<R> records) {
        if (records.isEmpty()) {
            return;
        }
        R first = records.get(0);
        Table<R> table = first.getTable();
        List<Field<?>> columns = new ArrayList<>();
        for (Field<?> f : first.fields()) {
            if (first.changed(f)) {
                columns.add(f);
            }
        }
        List<Field<?>> params = new ArrayList<>(columns.size());
        for (Field<?> f : columns) {
            params.add(DSL.val(null, f));
        }
        // the statement is rendered once by jOOQ (dialect, quoting); the rows are bound by plain JDBC,
        // which costs a fraction of binding each value through jOOQ
        String sql = dsl.render(dsl.insertInto(table).columns(columns).values(params));
        int[] sqlTypes = columns.stream().mapToInt(f -> f.getDataType().getSQLType()).toArray();
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (R r : records) {
                    if (r.getTable() != table) {
                        throw new IllegalArgumentException("one table per bulk insert: " + table + ", " + r.getTable());
                    }
                    for (int i = 0; i < sqlTypes.length; i++) {
                        Object value = r.get(columns.get(i));
                        if (value == null) {
                            statement.setNull(i + 1, sqlTypes[i]);
                        } else {
                            statement.setObject(i + 1, value);
                        }
                    }
                    statement.addBatch();
                    if (++pending == BATCH_ROWS) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        });
    }

    /** In the caller's transaction. */
    public static <R extends TableRecord<R>> void insert(Tx tx, List<R> records) {
        insert(tx.dsl(), records);
    }
}
