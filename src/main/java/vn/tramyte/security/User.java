package vn.tramyte.security;

import java.util.UUID;

/** Someone who uses this installation; the audit log names them. */
public record User(UUID id, String fullName, Role role) {
    public enum Role {
        ADMIN, USER
    }
}
