package vn.tramyte.db;

import org.jooq.Field;
import org.jooq.Record;

/**
 * The sync columns every travelling row carries (DESIGN.md §4), written the same way by every
 * repository: a write takes the database's change number as its own and as the owner's, and
 * says when and by whom.
 */
public final class SyncColumns {
    private SyncColumns() {
    }

    /** Stamps a row written here (new or changed) with its change number, time and user. */
    public static void stamp(Tx tx, Record row, long changeSeq) {
        set(row, "CHANGE_SEQ", changeSeq);
        set(row, "ORIGIN_SEQ", changeSeq);
        set(row, "UPDATED_AT", tx.now());
        set(row, "UPDATED_BY", tx.user());
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(Record row, String column, T value) {
        Field<T> field = (Field<T>) row.field(column);
        if (field == null) {
            throw new IllegalArgumentException("not a travelling table: no column " + column + " in " + row);
        }
        row.set(field, value);
    }
}
