package vn.tramyte.common;

import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in the user's words (issue 17): the argument a
 * sentence such as "Không ghi được tệp {0} ({1})" shows instead of the exception's message,
 * which is English, Java's or the system's text and often the bare path. The message is read
 * here only to sort the failure; the whole exception goes to the log where it is caught.
 */
public final class IoReason {
    private IoReason() {
    }

    /** The reason as a label the sentence translates into the reader's language. */
    public static Messages.Label of(Throwable error) {
        return new Messages.Label(key(error));
    }

    /**
     * The reason a CSV file could not be read: the file system's, or else the text is not well
     * formed (the CSV parser's own words, English with a line number, stay in the log).
     */
    public static Messages.Label ofCsv(Throwable error) {
        String key = key(error);
        return new Messages.Label("error.io.other".equals(key) || "error.reason.program".equals(key)
                ? "error.io.csvBroken" : key);
    }

    static String key(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t.getClass().getName().startsWith("org.h2.")
                    || t.getClass().getName().startsWith("org.jooq.")) {
                return "error.databaseReason";
            }
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String key = ownKey(t);
            if (key != null) {
                return key;
            }
        }
        return error instanceof java.io.IOException || error instanceof java.io.UncheckedIOException
                ? "error.io.other" : "error.reason.program";
    }

    private static String ownKey(Throwable t) {
        if (t instanceof NoSuchFileException) {
            return "error.io.noSuchFile";
        }
        if (t instanceof AccessDeniedException) {
            return "error.io.accessDenied";
        }
        if (t instanceof NotDirectoryException) {
            return "error.io.notFolder";
        }
        if (t instanceof FileAlreadyExistsException) {
            return "error.io.exists";
        }
        if (t instanceof CharacterCodingException) {
            return "error.io.notUtf8";
        }
        String said = t instanceof FileSystemException f && f.getReason() != null ? f.getReason() : t.getMessage();
        String text = said == null ? "" : said.toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("not enough space") || text.contains("quota")) {
            return "error.io.diskFull";
        }
        if (text.contains("read-only file system")) {
            return "error.io.readOnly";
        }
        if (text.contains("is a directory")) {
            return "error.io.isFolder";
        }
        if (text.contains("permission denied") || text.contains("access is denied")) {
            return "error.io.accessDenied";
        }
        if (text.contains("used by another process") || text.contains("locked a portion")) {
            return "error.io.inUse";
        }
        return null;
    }
}
