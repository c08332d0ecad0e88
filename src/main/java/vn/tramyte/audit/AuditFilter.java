package vn.tramyte.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which lines of the audit log to show; null means any. {@code from} and {@code to} are days,
 * both included; {@code table} is a table's name as the audit writes it.
 */
public record AuditFilter(UUID personId, String user, LocalDate from, LocalDate to, String table) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter withPerson(UUID person) {
        return new AuditFilter(person, user, from, to, table);
    }
}
