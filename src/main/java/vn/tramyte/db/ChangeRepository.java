package vn.tramyte.db;

import static vn.tramyte.db.generated.Tables.AUDIT_LOG;
import static vn.tramyte.db.generated.Tables.CHANGE_COUNTER;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;

/** The per-database change counter and the audit log, both written inside the caller's transaction. */
public final class ChangeRepository {

    public long nextSeq(DSLContext tx) {
        return tx.update(CHANGE_COUNTER)
                .set(CHANGE_COUNTER.LAST_SEQ, CHANGE_COUNTER.LAST_SEQ.plus(1))
                .where(CHANGE_COUNTER.ID.eq(1))
                .returning(CHANGE_COUNTER.LAST_SEQ)
                .fetchOne(CHANGE_COUNTER.LAST_SEQ);
    }

    /** Takes {@code count} change numbers at once and returns the first; the block is first..first+count-1. */
    public long reserveSeqs(DSLContext tx, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a block of change numbers holds at least one: " + count);
        }
        long last = tx.update(CHANGE_COUNTER)
                .set(CHANGE_COUNTER.LAST_SEQ, CHANGE_COUNTER.LAST_SEQ.plus(count))
                .where(CHANGE_COUNTER.ID.eq(1))
                .returning(CHANGE_COUNTER.LAST_SEQ)
                .fetchOne(CHANGE_COUNTER.LAST_SEQ);
        return last - count + 1;
    }

    /** Sets the counter to the last number a bulk write gave (its row is locked by the caller's transaction). */
    public void setLastSeq(DSLContext tx, long last) {
        tx.update(CHANGE_COUNTER).set(CHANGE_COUNTER.LAST_SEQ, last).where(CHANGE_COUNTER.ID.eq(1)).execute();
    }

    public long lastSeq(DSLContext ctx) {
        return ctx.select(CHANGE_COUNTER.LAST_SEQ).from(CHANGE_COUNTER).where(CHANGE_COUNTER.ID.eq(1))
                .fetchOne(CHANGE_COUNTER.LAST_SEQ);
    }

    public void audit(DSLContext tx, OffsetDateTime at, String user, String table, UUID rowId,
                      AuditAction action, long changeSeq, String changes) {
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, at)
                .set(AUDIT_LOG.USER_NAME, user)
                .set(AUDIT_LOG.TABLE_NAME, table)
                .set(AUDIT_LOG.ROW_ID, rowId)
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.CHANGE_SEQ, changeSeq)
                .set(AUDIT_LOG.CHANGES, changes)
                .execute();
    }

    /** Many audit lines in one batch (bulk writes: the demo, imports). */
    public void auditAll(DSLContext tx, OffsetDateTime at, String user, java.util.List<AuditEntry> entries) {
        java.util.List<vn.tramyte.db.generated.tables.records.AuditLogRecord> rows = new java.util.ArrayList<>(entries.size());
        for (AuditEntry e : entries) {
            var r = tx.newRecord(AUDIT_LOG);
            r.setAt(at);
            r.setUserName(user);
            r.setTableName(e.table());
            r.setRowId(e.rowId());
            r.setAction(e.action().name());
            r.setChangeSeq(e.changeSeq());
            r.setChanges(e.changes());
            rows.add(r);
        }
        BulkInsert.insert(tx, rows);
    }

    public int auditCount(DSLContext ctx, String table, UUID rowId) {
        return ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq(table).and(AUDIT_LOG.ROW_ID.eq(rowId)));
    }
}
