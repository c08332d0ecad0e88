package vn.tramyte.csvimport;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cells of one import row, held compactly (issue 12: a commune's registers are over 100,000 rows, all
 * held while every file is checked against the others, in a heap of 256 MB): the file's column names
 * once, shared by all its rows ({@link Layout}), the row's values in an array, and each value the same
 * object as the equal ones met before in the file (dates, codes and refs repeat over thousands of
 * rows). Read-only; a {@link CsvRow}'s {@code cells}.
 */
final class RowCells extends AbstractMap<String, String> {
    private final Map<String, Integer> index;
    private final String[] values;

    private RowCells(Map<String, Integer> index, String[] values) {
        this.index = index;
        this.values = values;
    }

    @Override
    public String get(Object column) {
        Integer i = index.get(column);
        return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(Object column) {
        return index.containsKey(column);
    }

    @Override
    public int size() {
        return index.size();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        Set<Entry<String, String>> entries = new java.util.LinkedHashSet<>();
        index.forEach((name, i) -> entries.add(new SimpleImmutableEntry<>(name, values[i])));
        return java.util.Collections.unmodifiableSet(entries);
    }

    /** One file's columns, and the values its rows have so far (dropped with it once the file is read). */
    static final class Layout {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, String> seen = new HashMap<>();
        private final int width;

        /** The header's names by position; an empty name is a column without a name (its cells are not kept). */
        Layout(List<String> names) {
            width = names.size();
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).isEmpty()) {
                    index.put(names.get(i), i); // a name twice: the last, as a map filled in order keeps it
                }
            }
        }

        /** The row's cells: the trimmed value of each named column, shared with an equal one met before. */
        RowCells row(List<String> cells) {
            String[] values = new String[width];
            for (int i : index.values()) {
                values[i] = seen.computeIfAbsent(cells.get(i).trim(), v -> v);
            }
            return new RowCells(index, values);
        }
    }
}
