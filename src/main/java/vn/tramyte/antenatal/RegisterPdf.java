package vn.tramyte.antenatal;

import vn.tramyte.common.PdfFonts;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A register (A3 antenatal, deliveries, deaths) as a printable PDF: A4 landscape, a title, the
 * period, and the rows under a header repeated on every page, in DejaVu Sans embedded so the
 * Vietnamese prints on any computer.
 */
public final class RegisterPdf {
    private RegisterPdf() {
    }

    /**
     * @param widths relative column widths, one per header
     */
    public static void write(Path file, String title, String subtitle, List<String> headers, float[] widths,
                             List<List<String>> rows) {
        if (widths.length != headers.size()) {
            throw new IllegalArgumentException("one width per column");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            Document doc = new Document(PageSize.A4.rotate(), 24, 24, 28, 28);
            PdfWriter.getInstance(doc, out);
            doc.open();
            PdfFonts fonts = new PdfFonts();
            doc.add(new Paragraph(title, fonts.bold(13)));
            doc.add(new Paragraph(subtitle, fonts.regular(9)));
            doc.add(new Paragraph(" ", fonts.regular(4)));
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : headers) {
                PdfPCell c = new PdfPCell(new Phrase(h, fonts.bold(7.5f)));
                c.setGrayFill(0.9f);
                table.addCell(c);
            }
            Font cellFont = fonts.regular(7.5f);
            for (List<String> row : rows) {
                for (String cell : row) {
                    table.addCell(new PdfPCell(new Phrase(cell == null ? "" : cell, cellFont)));
                }
            }
            doc.add(table);
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

}
