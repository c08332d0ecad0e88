package vn.tramyte.db;

public enum AuditAction {
    INSERT, UPDATE, DELETE
}
