package vn.tramyte.db;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * One database transaction, as services see it: who is writing, when, the next change
 * number and the audit log. Services never touch jOOQ; repositories take {@link #dsl()}.
 */
public final class Tx {
    private final DSLContext dsl;
    private final ChangeRepository changes;
    private final String user;
    private final OffsetDateTime now;
    private final java.util.List<Runnable> afterCommit = new java.util.ArrayList<>();
    /** In {@link #bulk}: change numbers counted here, audit lines waiting for their batch. */
    private boolean bulk;
    private long bulkLastSeq = -1;
    private final java.util.List<AuditEntry> pendingAudit = new java.util.ArrayList<>();
    /** In {@link #bulk}: new rows waiting for their batch, by table in the order tables were first written. */
    private final java.util.Map<org.jooq.Table<?>, java.util.List<org.jooq.TableRecord<?>>> pendingRows =
            new java.util.LinkedHashMap<>();
    private int pendingRowCount;
    /** The hash of this transaction's last audit line; null until its first line locks the chain's head. */
    private byte[] auditHead;
    /** A write aside ({@link AsideWrite}): commits its copy of the file after every so many audit lines; else null. */
    private Runnable commitPoint;
    private int linesSinceCommit;
    /** Audit lines written in bulk in this transaction, and who is told of them ({@link #onLinesWritten}). */
    private long linesTotal;
    private java.util.function.LongConsumer linesListener;

    Tx(DSLContext dsl, ChangeRepository changes, String user, OffsetDateTime now) {
        this.dsl = dsl;
        this.changes = changes;
        this.user = user;
        // the database keeps microseconds: the audit line's hash is of the time as stored
        this.now = AuditHash.stored(now);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public String user() {
        return user;
    }

    public OffsetDateTime now() {
        return now;
    }

    /** The database's next change number, taken inside this transaction (DESIGN.md §4). */
    public long nextChangeSeq() {
        if (bulk) {
            if (bulkLastSeq < 0) {
                // the counter's row stays locked by this transaction until it ends, as with nextSeq
                bulkLastSeq = changes.reserveSeqs(dsl, 1);
                return bulkLastSeq;
            }
            return ++bulkLastSeq;
        }
        return changes.nextSeq(dsl);
    }

    /**
     * Runs a write of many rows (an import) in this transaction with the same numbers and audit lines as
     * row by row, but without a round trip for each: change numbers are counted here and the counter is
     * written once at the end, audit lines are written in batches. Inside, nothing may read the audit log
     * or the counter (the last lines and number are written when the work ends).
     */
    public void bulk(Runnable work) {
        if (bulk) {
            work.run();
            return;
        }
        bulk = true;
        try {
            work.run();
            flush();
            if (bulkLastSeq >= 0) {
                changes.setLastSeq(dsl, bulkLastSeq);
            }
        } finally {
            bulk = false;
            bulkLastSeq = -1;
            pendingAudit.clear();
            pendingRows.clear();
            pendingRowCount = 0;
        }
    }

    /**
     * Inserts a new row made with {@code dsl().newRecord}: at once, or in {@link #bulk} with the next rows
     * of its table in one batch. A repository that inserts this way must not read its own new rows back in
     * the same bulk work before {@link #flush()}.
     */
    public void insert(org.jooq.TableRecord<?> row) {
        if (!bulk) {
            row.insert();
            return;
        }
        pendingRows.computeIfAbsent(row.getTable(), t -> new java.util.ArrayList<>()).add(row);
        if (++pendingRowCount >= BulkInsert.BATCH_ROWS) {
            flushRows();
        }
    }

    /** Writes what {@link #bulk} keeps waiting (rows, audit lines), so the work can read it back. */
    public void flush() {
        flushRows();
        flushAudit();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void flushRows() {
        // tables in the order they were first written: a parent's rows go before its children's
        for (java.util.List<org.jooq.TableRecord<?>> rows : pendingRows.values()) {
            BulkInsert.insert(dsl, (java.util.List) rows);
        }
        pendingRows.clear();
        pendingRowCount = 0;
    }

    private void flushAudit() {
        if (!pendingAudit.isEmpty()) {
            auditHead = changes.auditAll(dsl, auditHead(), now, user, pendingAudit);
            linesWritten(pendingAudit.size());
            pendingAudit.clear();
        }
    }

    /**
     * On a copy of the file written aside ({@link AsideWrite}): {@code commit} runs after every
     * {@link AsideWrite#COMMIT_LINES} audit lines written in bulk, so no transaction grows with the whole import.
     */
    void commitEvery(Runnable commit) {
        this.commitPoint = commit;
    }

    /**
     * Told the number of audit lines written in bulk so far (one a row), each time a batch of them is
     * written: an import's progress. It may throw to stop the work (nothing is then committed).
     */
    public void onLinesWritten(java.util.function.LongConsumer listener) {
        this.linesListener = listener;
    }

    private void linesWritten(int count) {
        linesTotal += count;
        if (linesListener != null) {
            linesListener.accept(linesTotal);
        }
        linesSinceCommit += count;
        if (commitPoint != null && linesSinceCommit >= AsideWrite.COMMIT_LINES) {
            linesSinceCommit = 0;
            commitPoint.run();
        }
    }

    /**
     * A block of {@code count} change numbers taken at once, for a write in bulk: the first of them
     * (the block is first..first+count-1). The caller gives each row its number from the block, in
     * the order the rows were made (e.g. the demo: the day each record was entered at its station).
     */
    public long reserveChangeSeqs(int count) {
        return changes.reserveSeqs(dsl, count);
    }

    /** Work to do once this transaction is committed (never when it rolls back): e.g. refresh a cache. */
    public void afterCommit(Runnable work) {
        afterCommit.add(work);
    }

    void committed() {
        afterCommit.forEach(Runnable::run);
    }

    public void audit(String table, UUID rowId, AuditAction action, long changeSeq, String what) {
        if (bulk) {
            pendingAudit.add(new AuditEntry(table, rowId, action, changeSeq, what));
            if (pendingAudit.size() >= BulkInsert.BATCH_ROWS) {
                flushAudit();
            }
            return;
        }
        auditHead = changes.audit(dsl, auditHead(), now, user, table, rowId, action, changeSeq, what);
    }

    /**
     * An audit line naming someone other than this transaction's user: a failed login names who
     * tried, not who (if anyone) is logged in.
     */
    public void auditAs(String who, String table, UUID rowId, AuditAction action, long changeSeq, String what) {
        flushAudit();
        auditHead = changes.audit(dsl, auditHead(), now, who, table, rowId, action, changeSeq, what);
    }

    private byte[] auditHead() {
        if (auditHead == null) {
            auditHead = changes.lockAuditHead(dsl);
        }
        return auditHead;
    }

    /** Many audit lines at once (a write in bulk), at this transaction's time and user. */
    public void auditAll(java.util.List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            flushAudit();
            auditHead = changes.auditAll(dsl, auditHead(), now, user, entries);
            linesWritten(entries.size());
        }
    }
}
