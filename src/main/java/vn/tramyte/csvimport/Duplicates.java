package vn.tramyte.csvimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rows of one file that name the same thing twice. The problem sits on the later line and
 * names the first, so the user sees which two lines to compare.
 */
public final class Duplicates {
    private Duplicates() {
    }

    /** Rows repeating an earlier row's value in a column, compared as refs are (trimmed, NFC). */
    public static List<ImportProblem> inColumn(List<CsvRow> rows, String column) {
        return byKey(rows, column, column, row -> {
            String ref = CellParsers.cleanRef(row.get(column));
            return ref.isEmpty() ? null : ref;
        });
    }

    /**
     * Rows whose key repeats an earlier row's: for a file without a ref of its own, the
     * feature gives the key that identifies a row (say person_ref and the parsed vaccine
     * code). Rows whose key is null are skipped: their own problems are reported elsewhere.
     *
     * @param column the cell the problem is placed on
     * @param what the key as the user reads it, e.g. {@code person_ref + vaccine}
     */
    public static List<ImportProblem> byKey(List<CsvRow> rows, String column, String what,
                                            Function<CsvRow, ?> key) {
        Map<Object, Integer> firstLine = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (CsvRow row : rows) {
            Object k = key.apply(row);
            if (k == null) {
                continue;
            }
            Integer first = firstLine.putIfAbsent(k, row.line());
            if (first != null) {
                problems.add(ImportProblem.ofCell(row.fileName(), row.line(), column, row.get(column),
                        "import.problem.duplicate", String.valueOf(first), what));
            }
        }
        return problems;
    }
}
