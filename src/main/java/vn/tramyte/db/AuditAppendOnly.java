package vn.tramyte.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * H2's trigger on the audit log (migration V14): a line is never changed nor deleted, by this
 * program or by a database tool using its connection. The one change let through is a line of an
 * upgraded database that has no chain hash yet getting it, every other field the same
 * ({@link AuditChain}). Someone who drops the trigger first is still caught by the hash chain.
 */
public final class AuditAppendOnly implements Trigger {
    /** The SQL state H2 reports for the refusal (a user-defined exception). */
    static final String REFUSED_STATE = "45000";
    private int hashColumn = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        try (ResultSet columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (columns.next()) {
                if ("ROW_HASH".equalsIgnoreCase(columns.getString("COLUMN_NAME"))) {
                    hashColumn = columns.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && oldRow != null && onlyHashAdded(oldRow, newRow)) {
            return;
        }
        throw new SQLException("the audit log is append-only: its lines are never changed nor deleted",
                REFUSED_STATE);
    }

    private boolean onlyHashAdded(Object[] oldRow, Object[] newRow) throws SQLException {
        if (hashColumn < 0 || oldRow[hashColumn] != null || newRow[hashColumn] == null) {
            return false;
        }
        for (int i = 0; i < oldRow.length; i++) {
            if (i != hashColumn && !same(oldRow[i], newRow[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object a, Object b) throws SQLException {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof java.sql.Clob x && b instanceof java.sql.Clob y) {
            return x.length() == y.length() && x.getSubString(1, (int) x.length()).equals(y.getSubString(1, (int) y.length()));
        }
        return Objects.equals(a, b);
    }
}
