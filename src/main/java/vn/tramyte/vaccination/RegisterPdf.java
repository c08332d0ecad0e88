package vn.tramyte.vaccination;

import vn.tramyte.common.PdfFonts;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import vn.tramyte.common.Messages;

/** Register A2.1 of a birth year, printable: one row per child, a column per child vaccine, TCĐĐ. */
public final class RegisterPdf {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yy");
    private final Messages m;

    public RegisterPdf(Messages messages) {
        this.m = messages;
    }

    public void write(int year, List<RegisterRow> rows, List<Vaccine> columns, Path out) {
        PdfFonts fonts = new PdfFonts();
        Document doc = new Document(PageSize.A3.rotate(), 20, 20, 24, 24);
        try (OutputStream os = Files.newOutputStream(out)) {
            PdfWriter.getInstance(doc, os);
            doc.open();
            doc.add(new Paragraph(m.format("vaccination.register.title", Integer.toString(year)), fonts.bold(14)));
            doc.add(new Paragraph(" ", fonts.regular(6)));
            int n = 5 + columns.size() + 1;
            float[] widths = new float[n];
            widths[0] = 3;
            widths[1] = 14;
            widths[2] = 6;
            widths[3] = 12;
            widths[4] = 9;
            for (int i = 5; i < n; i++) {
                widths[i] = 5;
            }
            widths[n - 1] = 6;
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            head(table, "#", fonts);
            head(table, m.get("vaccination.col.name"), fonts);
            head(table, m.get("vaccination.col.birthDate"), fonts);
            head(table, m.get("vaccination.col.mother"), fonts);
            head(table, m.get("vaccination.col.village"), fonts);
            for (Vaccine v : columns) {
                head(table, v.code(), fonts);
            }
            head(table, m.get("vaccination.col.fullImmunization"), fonts);
            int i = 1;
            for (RegisterRow r : rows) {
                table.addCell(new Phrase(Integer.toString(i++), fonts.regular(7)));
                table.addCell(new Phrase(r.child().fullName(), fonts.regular(7)));
                table.addCell(new Phrase(Dates.show(r.child().birthDate()), fonts.regular(7)));
                table.addCell(new Phrase(Objects.toString(r.child().motherName(), ""), fonts.regular(7)));
                table.addCell(new Phrase(Objects.toString(r.child().villageName(), ""), fonts.regular(7)));
                for (Vaccine v : columns) {
                    table.addCell(new Phrase(r.date(v.code()) == null ? "" : SHORT.format(r.date(v.code())),
                            fonts.regular(7)));
                }
                FullImmunization f = r.fullImmunization();
                table.addCell(new Phrase(f.completed() ? SHORT.format(f.completedOn()) : "", fonts.bold(7)));
            }
            doc.add(table);
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(out.toString(), e);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF " + out, e);
        }
    }

    private static void head(PdfPTable table, String text, PdfFonts fonts) {
        PdfPCell cell = new PdfPCell(new Phrase(text, fonts.bold(7)));
        cell.setBackgroundColor(new Color(230, 230, 230));
        table.addCell(cell);
    }
}
