package vn.tramyte.common;

import java.util.regex.Pattern;

/**
 * The cells of a CSV file a person opens in a spreadsheet. A text starting with {@code = + - @},
 * a tab or a carriage return is run by Excel or LibreOffice as a formula (a village named
 * {@code =cmd|' /C calc'!A0} would start a program), so it is written with a leading apostrophe,
 * as OWASP advises; numbers, negative ones too, are written as they are. Every CSV the program
 * writes goes through {@link #safe}; a file the program reads back uses {@link #restored}.
 */
public final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");
    private static final String TRIGGERS = "=+-@\t\r";
    private static final char MARK = '\'';

    private CsvCells() {
    }

    /** The cell as it is written: a would-be formula behind an apostrophe; null as an empty cell. */
    public static String safe(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof Number || text.isEmpty() || TRIGGERS.indexOf(text.charAt(0)) < 0
                || NUMBER.matcher(text).matches()) {
            return text;
        }
        return MARK + text;
    }

    /** The value {@link #safe} wrote: the apostrophe it added before a would-be formula taken off. */
    public static String restored(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == MARK && TRIGGERS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /** Every cell of a record made safe. */
    public static java.util.List<String> row(java.util.List<?> cells) {
        return cells.stream().map(CsvCells::safe).toList();
    }
}
