package vn.tramyte.audit;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.tramyte.db.AuditAction;

/**
 * One line of the audit log as stored: when, who, which record of which table, what was done and
 * what changed ({@code full_name: A → B; sex: M → F}); with the person the record belongs to, when
 * it belongs to one (null otherwise).
 */
public record AuditLine(long id, OffsetDateTime at, String user, String table, UUID rowId, AuditAction action,
                        String changes, UUID personId, String personName) {
}
