package vn.tramyte.csvimport;

import java.util.Map;
import java.util.Objects;

/**
 * One data line of an import file: its 1-based line number in the file (the header is
 * line 1), the file's separator, and its cells by column name, trimmed.
 *
 * @param fileName the name as found on disk, which the report shows
 * @param cells the cells of the columns the file has, by lower-case contract name (read-only)
 */
public record CsvRow(ImportFile file, String fileName, int line, char separator, Map<String, String> cells) {
    public CsvRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
        cells = cells instanceof RowCells compact ? compact : Map.copyOf(cells); // compact: read from a file
    }

    /**
     * The trimmed cell, or "" when empty or when the file has no such column (an optional
     * column may be left out of the header).
     *
     * @throws IllegalArgumentException when the contract has no such column for this file: a
     *     typo in the calling code, which must not read as an always-empty column
     */
    public String get(String column) {
        checkKnown(column);
        return cells.getOrDefault(column, "");
    }

    public boolean isBlank(String column) {
        return get(column).isEmpty();
    }

    /** Whether the file's header has this column at all. */
    public boolean hasColumn(String column) {
        checkKnown(column);
        return cells.containsKey(column);
    }

    /**
     * A decimal comma is read only where it cannot be a separator: a file separated by
     * semicolons or tabs (Excel on a Vietnamese Windows writes files this way), and a sheet of
     * an .xlsx workbook ({@link XlsxTableReader#NO_SEPARATOR}).
     */
    public boolean decimalCommaAllowed() {
        return separator != ',';
    }

    private void checkKnown(String column) {
        if (file.column(column).isEmpty()) {
            throw new IllegalArgumentException(fileName + " has no column " + column + " in the contract");
        }
    }
}
