package vn.tramyte.db;

import static vn.tramyte.db.generated.Tables.AUDIT_LOG;
import static vn.tramyte.db.generated.Tables.CHANGE_COUNTER;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;

/** The per-database change counter and the audit log, both written inside the caller's transaction. */
public final class ChangeRepository {
    private final AuditChainRepository chain = new AuditChainRepository();

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

    /**
     * Writes one audit line chained to {@code previous} (the hash of the line before it, from
     * {@link #lockAuditHead}) and returns its hash, the new head of the chain.
     */
    public byte[] audit(DSLContext tx, byte[] previous, OffsetDateTime at, String user, String table, UUID rowId,
                        AuditAction action, long changeSeq, String changes) {
        OffsetDateTime stored = AuditHash.stored(at);
        byte[] hash = AuditHash.of(previous, stored, user, table, rowId, action.name(), changeSeq, changes);
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, stored)
                .set(AUDIT_LOG.USER_NAME, user)
                .set(AUDIT_LOG.TABLE_NAME, table)
                .set(AUDIT_LOG.ROW_ID, rowId)
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.CHANGE_SEQ, changeSeq)
                .set(AUDIT_LOG.CHANGES, changes)
                .set(AUDIT_LOG.ROW_HASH, hash)
                .execute();
        chain.setHead(tx, hash);
        return hash;
    }

    /** Many audit lines in one batch (bulk writes: the demo, imports), chained in order; returns the new head. */
    public byte[] auditAll(DSLContext tx, byte[] previous, OffsetDateTime at, String user, java.util.List<AuditEntry> entries) {
        OffsetDateTime stored = AuditHash.stored(at);
        java.util.List<vn.tramyte.db.generated.tables.records.AuditLogRecord> rows = new java.util.ArrayList<>(entries.size());
        byte[] head = previous;
        java.security.MessageDigest digest = AuditHash.sha256();
        String time = AuditHash.time(stored);
        for (AuditEntry e : entries) {
            head = AuditHash.of(digest, head, time, user, e.table(), e.rowId(), e.action().name(), e.changeSeq(),
                    e.changes());
            var r = tx.newRecord(AUDIT_LOG);
            r.setAt(stored);
            r.setUserName(user);
            r.setTableName(e.table());
            r.setRowId(e.rowId());
            r.setAction(e.action().name());
            r.setChangeSeq(e.changeSeq());
            r.setChanges(e.changes());
            r.setRowHash(head);
            rows.add(r);
        }
        // one batch keeps the lines in the order they are given: their ids, and so the chain's order
        BulkInsert.insert(tx, rows);
        if (!rows.isEmpty()) {
            chain.setHead(tx, head);
        }
        return head;
    }

    /** Locks the audit chain's head for this transaction and returns it (once per transaction, before its first line). */
    public byte[] lockAuditHead(DSLContext tx) {
        return chain.lockHead(tx);
    }

    public int auditCount(DSLContext ctx, String table, UUID rowId) {
        return ctx.fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq(table).and(AUDIT_LOG.ROW_ID.eq(rowId)));
    }
}
