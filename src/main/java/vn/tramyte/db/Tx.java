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

    Tx(DSLContext dsl, ChangeRepository changes, String user, OffsetDateTime now) {
        this.dsl = dsl;
        this.changes = changes;
        this.user = user;
        this.now = now;
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
        return changes.nextSeq(dsl);
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
        changes.audit(dsl, now, user, table, rowId, action, changeSeq, what);
    }

    /** Many audit lines at once (a write in bulk), at this transaction's time and user. */
    public void auditAll(java.util.List<AuditEntry> entries) {
        if (!entries.isEmpty()) {
            changes.auditAll(dsl, now, user, entries);
        }
    }
}
