package vn.tramyte.security;

/** What a role may do (issue 13): each service that changes data or writes a file out asks for one. */
public enum Permission {
    /** Record and correct the station's own records (people, doses, visits, measurements, deaths, CSV lists). */
    RECORD("security.permission.record"),
    /** Export the station's data package for the centre. */
    EXPORT_PACKAGE("security.permission.exportPackage"),
    /** Import packages: the centre's feedback at a station, the stations' data packages at a centre. */
    IMPORT_PACKAGE("security.permission.importPackage"),
    /** Enrol stations and make their feedback packages (a centre). */
    CENTRE_PACKAGES("security.permission.centrePackages"),
    /** Move a person's records to another station (a centre). */
    TRANSFER("security.permission.transfer"),
    /** Write reports to files (xlsx, pdf, csv, DHIS2) and set their DHIS2 codes. */
    REPORTS("security.permission.reports"),
    /** Change the plan's targets. */
    TARGETS("security.permission.targets"),
    /** Change the vaccine catalogue. */
    CATALOGUE("security.permission.catalogue"),
    /** Add users, disable them, reset their passwords (a station head: the station's staff and heads only). */
    MANAGE_USERS("security.permission.manageUsers"),
    /** Restore the database from a backup. */
    RESTORE("security.permission.restore"),
    /** Read the audit log: who changed what and when, and whether it is whole (issue 13). */
    AUDIT("security.permission.audit"),
    /** Make backups and change this installation's settings. */
    BACKUP_AND_SETTINGS("security.permission.settings");

    private final String key;

    Permission(String key) {
        this.key = key;
    }

    /** The words for the action in a refusal ("ghi hoặc sửa hồ sơ"). */
    public String labelKey() {
        return key;
    }
}
