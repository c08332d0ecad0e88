package vn.tramyte.security;

import java.util.EnumSet;
import java.util.Set;

/** The four roles of issue 13 and what each may do; an administrator may do everything. */
public enum Role {
    STATION_STAFF("security.role.stationStaff", EnumSet.of(Permission.RECORD)),
    STATION_HEAD("security.role.stationHead", EnumSet.of(Permission.RECORD, Permission.EXPORT_PACKAGE,
            Permission.IMPORT_PACKAGE, Permission.MANAGE_USERS, Permission.RESTORE, Permission.REPORTS, Permission.AUDIT)),
    CENTRE_STATISTICIAN("security.role.centreStatistician", EnumSet.of(Permission.IMPORT_PACKAGE,
            Permission.CENTRE_PACKAGES, Permission.TRANSFER, Permission.REPORTS, Permission.TARGETS,
            Permission.CATALOGUE, Permission.AUDIT)),
    ADMINISTRATOR("security.role.administrator", EnumSet.allOf(Permission.class));

    private final String key;
    private final Set<Permission> permissions;

    Role(String key, Set<Permission> permissions) {
        this.key = key;
        this.permissions = permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    public String labelKey() {
        return key;
    }

    /** The roles a user of this role may give (and whose users it may disable or reset). */
    public Set<Role> manages() {
        return switch (this) {
            case ADMINISTRATOR -> EnumSet.allOf(Role.class);
            case STATION_HEAD -> EnumSet.of(STATION_STAFF, STATION_HEAD);
            default -> EnumSet.noneOf(Role.class);
        };
    }

    /** The role from its name as typed on the command line: the enum name, any case, '-' for '_'. */
    public static java.util.Optional<Role> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String name = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (Role r : values()) {
            if (r.name().equals(name)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
