package vn.tramyte.vaccination;

import vn.tramyte.common.PdfFonts;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
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
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.tramyte.common.Messages;

/**
 * Writes the due list of a vaccination day: CSV and XLSX with the machine columns of the
 * command line (one row per child and dose due), PDF for the village health worker to take
 * round (grouped by village, mother's name, totals per vaccine to order vials).
 */
public final class DueListExport {
    /** The columns of the CSV and XLSX files, in this order. */
    public static final List<String> COLUMNS = List.of("person_ref", "full_name", "birth_date", "village",
            "mother_name", "vaccine", "due_date", "status");

    private final Messages m;

    public DueListExport(Messages messages) {
        this.m = messages;
    }

    /** The status column's code: {@code due} or {@code overdue}. */
    public static String statusCode(DueRow r) {
        return r.status().name().toLowerCase(Locale.ROOT);
    }

    private static List<String> cells(DueRow r) {
        DueListChild c = r.child();
        return List.of(c.id(), c.name(), c.birthDate().toString(), Objects.toString(c.village(), ""),
                Objects.toString(c.motherName(), ""), r.vaccine().code(), r.dueDate().toString(), statusCode(r));
    }

    public void write(DueList list, List<DueRow> rows, String villages, ExportFormat format, Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            switch (format) {
                case CSV -> writeCsv(rows, out);
                case XLSX -> writeXlsx(list, rows, out);
                default -> writePdf(list, rows, villages, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(out.toString(), e);
        }
    }

    private static void writeCsv(List<DueRow> rows, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            p.printRecord(COLUMNS);
            for (DueRow r : rows) {
                p.printRecord(vn.tramyte.common.CsvCells.row(cells(r)));
            }
        }
    }

    private void writeXlsx(DueList list, List<DueRow> rows, Path out) throws IOException {
        try (OutputStream os = Files.newOutputStream(out)) {
            Workbook wb = new Workbook(os, "TramYTe", "1.0");
            Worksheet ws = wb.newWorksheet(m.get("vaccination.export.sheetDue"));
            for (int c = 0; c < COLUMNS.size(); c++) {
                ws.value(0, c, COLUMNS.get(c));
                ws.style(0, c).bold().set();
            }
            int row = 1;
            for (DueRow r : rows) {
                List<String> cells = cells(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (c == 2 || c == 6) {
                        ws.value(row, c, LocalDate.parse(cells.get(c)));
                        ws.style(row, c).format("yyyy-mm-dd").set();
                    } else {
                        ws.value(row, c, cells.get(c));
                    }
                }
                row++;
            }
            Worksheet totals = wb.newWorksheet(m.get("vaccination.export.sheetTotals"));
            totals.value(0, 0, m.get("vaccination.col.vaccine"));
            totals.value(0, 1, m.get("vaccination.status.due"));
            totals.value(0, 2, m.get("vaccination.status.overdue"));
            totals.value(0, 3, m.get("vaccination.col.total"));
            int t = 1;
            for (VaccineTotal vt : list.totals(rows)) {
                totals.value(t, 0, vt.vaccine().code());
                totals.value(t, 1, vt.due());
                totals.value(t, 2, vt.overdue());
                totals.value(t, 3, vt.total());
                t++;
            }
            wb.finish();
        }
    }

    private void writePdf(DueList list, List<DueRow> rows, String villages, Path out) throws IOException {
        PdfFonts fonts = new PdfFonts();
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try (OutputStream os = Files.newOutputStream(out)) {
            PdfWriter.getInstance(doc, os);
            doc.open();
            doc.add(new Paragraph(m.format("vaccination.export.dueTitle", Dates.show(list.day())), fonts.bold(14)));
            doc.add(new Paragraph(m.format("vaccination.export.villages", villages), fonts.regular(10)));
            doc.add(new Paragraph(" ", fonts.regular(6)));
            String[] heads = {m.get("vaccination.col.name"), m.get("vaccination.col.birthDate"),
                m.get("vaccination.col.mother"), m.get("vaccination.col.vaccine"), m.get("vaccination.col.dueDate"),
                m.get("vaccination.col.status"), m.get("vaccination.col.given")};
            PdfPTable table = new PdfPTable(new float[] {22, 10, 20, 24, 10, 9, 8});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : heads) {
                PdfPCell cell = new PdfPCell(new Phrase(h, fonts.bold(9)));
                cell.setBackgroundColor(new Color(230, 230, 230));
                table.addCell(cell);
            }
            String village = null;
            boolean first = true;
            for (DueRow r : rows) {
                String v = Objects.toString(r.child().village(), m.get("vaccination.noVillage"));
                if (first || !v.equals(village)) {
                    PdfPCell cell = new PdfPCell(new Phrase(v, fonts.bold(10)));
                    cell.setColspan(heads.length);
                    cell.setBackgroundColor(new Color(245, 245, 220));
                    table.addCell(cell);
                    village = v;
                    first = false;
                }
                table.addCell(new Phrase(r.child().name(), fonts.regular(9)));
                table.addCell(new Phrase(Dates.show(r.child().birthDate()), fonts.regular(9)));
                table.addCell(new Phrase(Objects.toString(r.child().motherName(), ""), fonts.regular(9)));
                table.addCell(new Phrase(r.vaccine().name(m.language()), fonts.regular(9)));
                table.addCell(new Phrase(Dates.show(r.dueDate()), fonts.regular(9)));
                table.addCell(new Phrase(m.get(r.status().cardStatus().messageKey()),
                        r.status() == DueStatus.OVERDUE ? fonts.bold(9) : fonts.regular(9)));
                table.addCell(new Phrase("", fonts.regular(9)));
            }
            doc.add(table);
            doc.add(new Paragraph(" ", fonts.regular(6)));
            doc.add(new Paragraph(m.get("vaccination.export.totals"), fonts.bold(11)));
            PdfPTable totals = new PdfPTable(new float[] {40, 12, 12, 12});
            totals.setWidthPercentage(60);
            totals.setHorizontalAlignment(Element.ALIGN_LEFT);
            for (String h : new String[] {m.get("vaccination.col.vaccine"), m.get("vaccination.status.due"),
                m.get("vaccination.status.overdue"), m.get("vaccination.col.total")}) {
                totals.addCell(new Phrase(h, fonts.bold(9)));
            }
            for (VaccineTotal vt : list.totals(rows)) {
                totals.addCell(new Phrase(vt.vaccine().name(m.language()), fonts.regular(9)));
                totals.addCell(new Phrase(Integer.toString(vt.due()), fonts.regular(9)));
                totals.addCell(new Phrase(Integer.toString(vt.overdue()), fonts.regular(9)));
                totals.addCell(new Phrase(Integer.toString(vt.total()), fonts.bold(9)));
            }
            doc.add(totals);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF " + out, e);
        }
    }
}
