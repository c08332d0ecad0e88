package vn.tramyte.security;

import java.util.UUID;

/**
 * Someone who uses this installation; the audit log names them. A user of an earlier version
 * (a name without a password) has no login name and is not active.
 */
public record User(UUID id, String loginName, String fullName, Role role, boolean active) {

    /** How the audit log and the rows' {@code updated_by} name this user: "Lò Thị Hương (huong)". */
    public String auditName() {
        return loginName == null ? fullName : fullName + " (" + loginName + ")";
    }
}
