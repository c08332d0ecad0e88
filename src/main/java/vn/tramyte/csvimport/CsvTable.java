package vn.tramyte.csvimport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An import file as read: the rows that could be split into cells, and the problems found
 * while reading (header, encoding, cell counts, duplicate refs). When the header is refused,
 * {@code rows} is empty: cells cannot be trusted to sit under the right column.
 *
 * @param fileName the name as found on disk
 * @param separator the separator taken from the header line
 * @param columns the header's column names, lower case, in the file's order
 * @param encoding how the text was decoded (an .xlsx sheet is always {@code UTF_8}: its XML says so)
 */
public record CsvTable(ImportFile file, String fileName, char separator, List<String> columns,
                       List<CsvRow> rows, List<ImportProblem> problems, ImportText.Encoding encoding) {
    public CsvTable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(encoding, "encoding");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public CsvTable(ImportFile file, String fileName, char separator, List<String> columns, List<CsvRow> rows,
                    List<ImportProblem> problems) {
        this(file, fileName, separator, columns, rows, problems, ImportText.Encoding.UTF_8);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * The first line on which each value of a column appears (refs cleaned as
     * {@link CellParsers#ref} does), so that a feature can tell whether a {@code *_ref}
     * names a row of this import before looking in the records.
     */
    public Map<String, Integer> firstLines(String column) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (CsvRow row : rows) {
            String value = CellParsers.cleanRef(row.get(column));
            if (!value.isEmpty()) {
                lines.putIfAbsent(value, row.line());
            }
        }
        return lines;
    }
}
