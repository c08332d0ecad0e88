package vn.tramyte.csvimport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Line numbers of character positions in a text, counting CR LF, LF and a lone CR as one
 * line break each. A record's line is found from where it starts, so that a cell holding a
 * line break (quoted) does not shift the numbers of the lines after it.
 */
final class LineIndex {
    private final List<Integer> starts = new ArrayList<>();

    LineIndex(String text) {
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
    }

    /** The 1-based line holding the character at this position. */
    int lineAt(long position) {
        int i = Collections.binarySearch(starts, (int) position);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** How many line breaks the cells of a record hold, to find where the next record starts. */
    static int breaksIn(List<String> cells) {
        int breaks = 0;
        for (String cell : cells) {
            for (int i = 0; i < cell.length(); i++) {
                char c = cell.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= cell.length() || cell.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }
}
