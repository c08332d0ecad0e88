package vn.tramyte.csvimport;

import java.util.Arrays;
import java.util.Objects;
import vn.tramyte.common.Messages;

/**
 * One thing wrong with an import, located as the contract promises: the file, the line
 * (1-based, the header is line 1; 0 when the problem concerns the whole file or folder), the
 * column (null for a whole line or file), the value as written (null when the cell is empty
 * or there is no cell), and the message key with its arguments saying what is wrong and what to do.
 *
 * <p>Arguments are passed as text already formatted (line numbers, limits, dates), so that
 * MessageFormat does not group "1234" into "1.234" in Vietnamese.
 */
public record ImportProblem(String file, int line, String column, String value, String key, Object[] args) {
    /** A value is shown up to this length: a damaged file can hold a cell of a megabyte. */
    static final int VALUE_SHOWN = 60;
    /** A text argument (a list of the known codes, a value repeated) is shown up to this length. */
    static final int ARGUMENT_SHOWN = 300;

    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        // an empty cell has no value to show; one spelling of "none" keeps comparisons simple
        value = value == null || value.isEmpty() ? null : cut(value, VALUE_SHOWN);
        args = args == null ? new Object[0] : args.clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s) {
                args[i] = cut(s, ARGUMENT_SHOWN);
            }
        }
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }

    /** A problem of a whole file (or of a file in a folder), not of one of its lines. */
    public static ImportProblem ofFile(String file, String key, Object... args) {
        return new ImportProblem(file, 0, null, null, key, args);
    }

    public static ImportProblem ofLine(String file, int line, String key, Object... args) {
        return new ImportProblem(file, line, null, null, key, args);
    }

    public static ImportProblem ofCell(String file, int line, String column, String value, String key,
                                       Object... args) {
        return new ImportProblem(file, line, column, value, key, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    /**
     * The sentence for the report: where, then what is wrong. The location is a pattern of
     * its own so that both languages can order file, line, column and value their way.
     */
    public String describe(Messages messages) {
        String what = messages.format(key, args);
        if (line <= 0 && column == null) {
            return messages.format("import.at.file", file, what);
        }
        if (column == null) {
            return messages.format("import.at.line", file, String.valueOf(line), what);
        }
        if (value == null) {
            return messages.format("import.at.column", file, String.valueOf(line), column, what);
        }
        return messages.format("import.at.cell", file, String.valueOf(line), column, value, what);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImportProblem p && file.equals(p.file) && line == p.line
                && Objects.equals(column, p.column) && Objects.equals(value, p.value) && key.equals(p.key)
                && Arrays.equals(args, p.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, value, key, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return file + ":" + line + (column == null ? "" : ":" + column) + (value == null ? "" : "=\"" + value + "\"")
                + " " + key + Arrays.toString(args);
    }
}
