package vn.tramyte.db;

import java.util.UUID;

/** One line of the audit log, for writes in bulk ({@link Tx#auditAll}). */
public record AuditEntry(String table, UUID rowId, AuditAction action, long changeSeq, String changes) {
}
