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
}
