package vn.tramyte.common;

import com.lowagie.text.PageSize;
import java.nio.file.Path;
import java.util.List;

/**
 * A register (A3 antenatal, deliveries, deaths) as a printable PDF: A4 landscape, the place and
 * title, the period, and the rows under a header repeated on every page, with the page footer
 * of every printed list ({@link ListPdf}).
 */
public final class RegisterTablePdf {
    private static final float FONT_SIZE = 7.5f;

    private RegisterTablePdf() {
    }

    /**
     * @param widths relative column widths, one per header (a column is never narrower than its
     *               longest word or date)
     */
    public static void write(Messages m, Path file, ListPdf.Heading heading, List<String> headers, float[] widths,
                             List<List<String>> rows) {
        new ListPdf(m).write(file, PageSize.A4.rotate(), heading, (doc, fonts, width) -> {
            ListTable table = new ListTable(fonts, FONT_SIZE, headers, widths);
            rows.forEach(r -> table.row(r));
            doc.add(table.build(width));
        });
    }
}
