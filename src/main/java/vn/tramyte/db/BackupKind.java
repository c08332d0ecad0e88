package vn.tramyte.db;

/**
 * Why a backup was made: the kind decides whether the rotation may delete it. Only the automatic
 * copies (and the daily copies of earlier versions) rotate; a copy someone asked for, the copy kept
 * before a restore and the copy kept before a schema upgrade stay until someone deletes them.
 */
public enum BackupKind {
    /** At exit, at most one a day; rotated 7 daily, 4 weekly, 12 monthly. */
    AUTOMATIC("auto", true, "backup.kind.automatic"),
    /** "Back up now" in the window, {@code tramyte backup}. */
    MANUAL("manual", false, "backup.kind.manual"),
    /** The state of the database just before a restore replaced it. */
    BEFORE_RESTORE("before-restore", false, "backup.kind.beforeRestore"),
    /** The file as it was before a schema upgrade (a raw copy, kept). */
    BEFORE_UPGRADE("schema", false, "backup.kind.beforeUpgrade"),
    /** A daily copy made at close by earlier versions (a raw copy); rotated like the automatic ones. */
    DAILY_COPY("daily", true, "backup.kind.automatic");

    private final String tag;
    private final boolean rotated;
    private final String messageKey;

    BackupKind(String tag, boolean rotated, String messageKey) {
        this.tag = tag;
        this.rotated = rotated;
        this.messageKey = messageKey;
    }

    String tag() {
        return tag;
    }

    public boolean rotated() {
        return rotated;
    }

    public String messageKey() {
        return messageKey;
    }
}
