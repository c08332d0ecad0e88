package vn.tramyte.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.UserError;

/**
 * What H2 says when its file cannot be used, turned into one sentence a health worker can act
 * on (issue 14 item 8): a damaged file names the newest backup to put back, a file locked by
 * another program says to close it, a full disk says to free space. Nothing is repaired or
 * changed: the file stays as it was for whoever helps. The H2 text goes to the log only.
 */
final class DatabaseTrouble {
    /** H2's error codes (org.h2.api.ErrorCode), written out so the seam needs no H2 class. */
    static final int DATABASE_ALREADY_OPEN = 90020;
    static final int IO_EXCEPTION = 90028;
    static final int FILE_CORRUPTED = 90030;
    static final int IO_EXCEPTION_2 = 90031;
    static final int FILE_VERSION_ERROR = 90048;
    static final int FILE_ENCRYPTION_ERROR = 90049;
    static final int VALUE_TOO_LONG = 22001;
    static final int DATABASE_CLOSED = 90098;
    private static final long DISK_NEARLY_FULL = 4L << 20;
    private static final Pattern TOO_LONG = Pattern.compile("column \"(\\w+) [^\"]*\\((\\d+)\\)\"");
    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)\\)\";\\s*SQL statement");
    private static final Pattern TABLE = Pattern.compile("(?i)(?:insert\\s+into|update|merge\\s+into)\\s+"
            + "(?:\"?PUBLIC\"?\\.)?\"?(\\w+)\"?");
    /** The fields a user types whose column may be too short, by table and column, with the words that name them. */
    private static final java.util.Map<String, String> FIELDS = java.util.Map.of(
            "VILLAGE.NAME", "person.field.village",
            "PERSON.FULL_NAME", "person.field.fullName",
            "PERSON.PHONE", "person.field.phone",
            "DEATH.FULL_NAME", "death.form.fullName",
            "DEATH.CAUSE_TEXT", "death.form.causeText",
            "VACCINATION.LOT", "vaccination.ui.lot");
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseTrouble.class);

    private DatabaseTrouble() {
    }

    /** A database file of no bytes, or one this user may not open, is said so before H2 would make a new one or fail. */
    static void refuseUnusableFile(Path dataDir) {
        Path file = file(dataDir);
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            throw new UserError("error.databaseNotAllowed", file.toString());
        }
        try {
            if (Files.size(file) == 0) {
                // H2 would take an empty file for a new database and the setup screen would start over it
                throw damaged(dataDir);
            }
        } catch (IOException e) {
            throw new UserError("error.databaseNotAllowed", file.toString());
        }
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(Database.FILE_BASE + ".mv.db");
    }

    /** The user's sentence for a database problem, or the exception itself when it is not one. */
    static RuntimeException translate(RuntimeException e, Path dataDir) {
        if (e instanceof UserError) {
            return e;
        }
        SQLException sql = sqlCause(e);
        if (noSpaceLeft(e) || (sql != null && sql.getErrorCode() == DATABASE_CLOSED && diskFull(dataDir))) {
            // H2 closes its database when a write fails (and a write aside's copy needs room too, decision
            // 0018): the sentence says to reopen after making room
            LOG.error("disk full", e);
            return new UserError("error.diskFull", dataDir.toString());
        }
        if (sql == null) {
            return e;
        }
        switch (sql.getErrorCode()) {
            case DATABASE_ALREADY_OPEN:
                LOG.warn("database file locked by another program", e);
                return new UserError("error.databaseLocked", file(dataDir).toString());
            case FILE_CORRUPTED:
            case FILE_VERSION_ERROR:
            case FILE_ENCRYPTION_ERROR:
                LOG.error("database file damaged", e);
                return damaged(dataDir);
            case IO_EXCEPTION:
            case IO_EXCEPTION_2:
                if (diskFull(dataDir)) {
                    LOG.error("disk full", e);
                    return new UserError("error.diskFull", dataDir.toString());
                }
                LOG.error("database file unreadable", e);
                return damaged(dataDir);
            case VALUE_TOO_LONG:
                // every text a user types is checked against its column first (TextLimit); this is the net below
                // the log names the column, not the value: it may be a person's name or a cause of death
                UserError tooLong = tooLong(String.valueOf(sql.getMessage()));
                LOG.error("a text reached the database longer than its column: {}", tooLong.problems().get(0).key()
                        + " " + java.util.Arrays.toString(tooLong.problems().get(0).args()), new IllegalStateException(
                        "text too long (value left out of the log)"));
                return tooLong;
            default:
                return e;
        }
    }

    /**
     * "Village: 250 characters, more than the 200 allowed": the field named in the reader's
     * language when it is one a user types, else the limit alone; never the SQL.
     */
    static UserError tooLong(String h2Message) {
        Matcher column = TOO_LONG.matcher(h2Message);
        if (!column.find()) {
            return new UserError("error.textTooLongForDatabase", "?");
        }
        String limit = column.group(2);
        int statement = h2Message.lastIndexOf("SQL statement:");
        // the table from the statement, never from the value, which is the user's text
        Matcher table = TABLE.matcher(statement < 0 ? "" : h2Message.substring(statement));
        Matcher length = LENGTH.matcher(h2Message);
        String field = table.find() ? FIELDS.get(table.group(1).toUpperCase(java.util.Locale.ROOT) + "."
                + column.group(1).toUpperCase(java.util.Locale.ROOT)) : null;
        if (field == null || !length.find()) {
            return new UserError("error.textTooLongForDatabase", limit);
        }
        return new UserError("error.textTooLong", new vn.tramyte.common.Messages.Label(field), length.group(1), limit);
    }

    static UserError damaged(Path dataDir) {
        Path file = file(dataDir);
        Optional<BackupFile> backup = Backups.list(dataDir).stream().findFirst();
        if (backup.isEmpty()) {
            return new UserError("error.databaseDamagedNoBackup", file.toString(), dataDir.resolve(Backups.FOLDER)
                    .toString());
        }
        return new UserError("error.databaseDamaged", file.toString(), backup.get().path().toString(),
                backup.get().madeAt().format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
    }

    static boolean diskFull(Path dataDir) {
        try {
            return Files.getFileStore(dataDir).getUsableSpace() < DISK_NEARLY_FULL;
        } catch (IOException e) {
            return false;
        }
    }

    /** The system's own words for a full disk anywhere in the chain (Linux, macOS, Windows). */
    private static boolean noSpaceLeft(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof IOException && (message.contains("No space left") || message.contains("not enough space")
                    || message.contains("There is not enough space"))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (suppressed != t && noSpaceLeft(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
