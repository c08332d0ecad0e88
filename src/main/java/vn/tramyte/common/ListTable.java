package vn.tramyte.common;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The table of a printed list: a header row repeated on every page, group rows (a commune, a
 * village) across the whole width, and columns sized so that no date or word is ever cut in two
 * ("21/02/202 / 5"): a column gets its share of the page, and never less than its longest word.
 */
public final class ListTable {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A cell's padding on both sides (2 + 2), its borders and a point to spare. */
    private static final float CELL_EXTRA = 6f;
    private static final Color HEADER = new Color(230, 230, 230);
    private static final Color GROUP = new Color(245, 245, 220);

    private record Line(String group, List<String> cells, boolean[] bold) {
    }

    private final PdfFonts fonts;
    private final float size;
    private final List<String> headers;
    private final float[] weights;
    private final List<Line> lines = new ArrayList<>();

    /**
     * @param weights the columns' relative widths, one per header (a column still gets at least
     *                the width of its longest word)
     */
    public ListTable(PdfFonts fonts, float size, List<String> headers, float[] weights) {
        if (weights.length != headers.size()) {
            throw new IllegalArgumentException("one width per column");
        }
        this.fonts = fonts;
        this.size = size;
        this.headers = List.copyOf(headers);
        this.weights = weights.clone();
    }

    /** A row across the whole table naming the group the following rows belong to. */
    public ListTable group(String text) {
        lines.add(new Line(text, null, null));
        return this;
    }

    /** A row of cells; the columns given are printed in bold. */
    public ListTable row(List<String> cells, int... boldColumns) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("one cell per column");
        }
        boolean[] bold = new boolean[cells.size()];
        for (int c : boldColumns) {
            bold[c] = true;
        }
        List<String> copy = new ArrayList<>();
        cells.forEach(c -> copy.add(c == null ? "" : c));
        lines.add(new Line(null, copy, bold));
        return this;
    }

    /** A row of cells all in bold (a total). */
    public ListTable boldRow(List<String> cells) {
        int[] all = new int[cells.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return row(cells, all);
    }

    /** The table, {@code width} points wide, its header repeated on every page. */
    public PdfPTable build(float width) {
        float[] widths = fit(width);
        PdfPTable table = new PdfPTable(widths.length);
        table.setTotalWidth(widths);
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        for (String h : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(h, fonts.bold(size)));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        Font regular = fonts.regular(size);
        Font bold = fonts.bold(size);
        for (Line line : lines) {
            if (line.group() != null) {
                PdfPCell cell = new PdfPCell(new Phrase(line.group(), fonts.bold(size + 1)));
                cell.setColspan(widths.length);
                cell.setBackgroundColor(GROUP);
                table.addCell(cell);
                continue;
            }
            for (int c = 0; c < line.cells().size(); c++) {
                table.addCell(new PdfPCell(new Phrase(line.cells().get(c), line.bold()[c] ? bold : regular)));
            }
        }
        return table;
    }

    /** Each column's width: its share of the page, but never less than its longest word. */
    float[] fit(float width) {
        int n = headers.size();
        float[] min = new float[n];
        for (int c = 0; c < n; c++) {
            min[c] = longestWord(headers.get(c), true);
        }
        for (Line line : lines) {
            if (line.cells() != null) {
                for (int c = 0; c < n; c++) {
                    min[c] = Math.max(min[c], longestWord(line.cells().get(c), line.bold()[c]));
                }
            }
        }
        boolean[] atMinimum = new boolean[n];
        float[] w = new float[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            float free = width;
            float freeWeight = 0;
            for (int c = 0; c < n; c++) {
                if (atMinimum[c]) {
                    free -= min[c];
                } else {
                    freeWeight += weights[c];
                }
            }
            for (int c = 0; c < n; c++) {
                if (atMinimum[c]) {
                    w[c] = min[c];
                } else {
                    w[c] = freeWeight <= 0 ? 0 : weights[c] / freeWeight * free;
                    if (w[c] < min[c]) {
                        atMinimum[c] = true;
                        changed = true;
                    }
                }
            }
        }
        float total = 0;
        for (float x : w) {
            total += x;
        }
        if (total > width) {
            // more columns than the page holds: shrink them all alike (the widest words may wrap)
            for (int c = 0; c < n; c++) {
                w[c] = w[c] * width / total;
            }
        }
        return w;
    }

    private float longestWord(String text, boolean bold) {
        float longest = 0;
        for (String word : SPACES.split(text.strip())) {
            if (!word.isEmpty()) {
                longest = Math.max(longest, fonts.width(word, size, bold));
            }
        }
        return longest == 0 ? 0 : longest + CELL_EXTRA;
    }
}
