package vn.tramyte.db;

public enum AuditAction {
    INSERT, UPDATE, DELETE,
    /** A wrong password or an unknown login name was typed: no record changed (issue 13: who tried, when). */
    LOGIN_FAILED
}
