package vn.tramyte.sync;

import vn.tramyte.common.PdfFonts;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.tramyte.common.Messages;

/**
 * The import report of one received package, printable (DESIGN.md §5 "Reported"): the package
 * (file, kind, who sent it, its number and change range, when and by whom it was received) and
 * one line per table with new / updated / unchanged / refused rows and their totals, on A4 in
 * DejaVu Sans embedded so the Vietnamese prints on any computer.
 */
public final class ImportReportPdf {
    private static final DateTimeFormatter RECEIVED_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final Messages m;
    private final SyncTables tables;

    public ImportReportPdf(Messages messages, SyncTables tables) {
        this.m = messages;
        this.tables = tables;
    }

    /** The name offered when saving: "bao-cao-nhan-03637-0007.pdf" (station, package number). */
    public static String fileName(PackageLog log) {
        return String.format("bao-cao-nhan-%s-%04d.pdf", PackageFiles.fileSafe(log.source()), log.packageNo());
    }

    /** The name of a package's kind as the report shows it. */
    public String kind(PackageKind kind) {
        switch (kind) {
            case DATA:
                return m.get("sync.kind.data");
            case FEEDBACK:
                return m.get("sync.kind.feedback");
            case UPWARD:
                return m.get("sync.kind.upward");
            default:
                return m.get("sync.kind.enrolment");
        }
    }

    /**
     * Writes the report of a received package.
     *
     * @param sourceName the sender's name ("Mường Kim"), or empty when not known here
     */
    public void write(SyncService.ReceivedPackage received, String sourceName, Path out) {
        PackageLog log = received.log();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
        try (OutputStream os = Files.newOutputStream(out)) {
            PdfWriter.getInstance(doc, os);
            doc.open();
            PdfFonts fonts = new PdfFonts();
            doc.add(new Paragraph(m.get("sync.print.title"), fonts.bold(15)));
            doc.add(new Paragraph(" ", fonts.regular(6)));

            PdfPTable about = new PdfPTable(new float[] {30, 70});
            about.setWidthPercentage(100);
            String source = sourceName == null || sourceName.isBlank() ? log.source() : log.source() + " " + sourceName;
            List<String[]> facts = List.of(
                    new String[] {m.get("sync.print.file"), log.fileName()},
                    new String[] {m.get("sync.print.kind"), kind(log.kind())},
                    new String[] {m.get("sync.print.source"), source},
                    new String[] {m.get("sync.print.packageNo"), Integer.toString(log.packageNo())},
                    new String[] {m.get("sync.print.changes"), log.changeTo() > log.changeFrom()
                            ? m.format("sync.print.changeRange", Long.toString(log.changeFrom() + 1),
                                Long.toString(log.changeTo()))
                            : m.get("sync.print.noChanges")},
                    new String[] {m.get("sync.print.receivedAt"), RECEIVED_AT.format(log.handledAt())},
                    new String[] {m.get("sync.print.receivedBy"), log.handledBy()});
            for (String[] fact : facts) {
                about.addCell(plain(fact[0], fonts.regular(10)));
                about.addCell(plain(fact[1], fonts.bold(10)));
            }
            doc.add(about);
            doc.add(new Paragraph(" ", fonts.regular(8)));

            PdfPTable lines = new PdfPTable(new float[] {30, 14, 14, 14, 14, 14});
            lines.setWidthPercentage(100);
            lines.setHeaderRows(1);
            List<String> headers = List.of(m.get("sync.print.col.table"), m.get("sync.print.col.added"),
                    m.get("sync.print.col.updated"), m.get("sync.print.col.unchanged"),
                    m.get("sync.print.col.refused"), m.get("sync.print.col.total"));
            for (int i = 0; i < headers.size(); i++) {
                PdfPCell c = new PdfPCell(new Phrase(headers.get(i), fonts.bold(9)));
                c.setGrayFill(0.9f);
                c.setPadding(4);
                c.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                lines.addCell(c);
            }
            Font cell = fonts.regular(10);
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            int refused = 0;
            for (TableReport l : received.lines()) {
                row(lines, cell, tables.label(l.table(), m), l.added(), l.updated(), l.unchanged(), l.refused());
                added += l.added();
                updated += l.updated();
                unchanged += l.unchanged();
                refused += l.refused();
            }
            row(lines, fonts.bold(10), m.get("sync.print.total"), added, updated, unchanged, refused);
            doc.add(lines);
            if (refused > 0) {
                doc.add(new Paragraph(" ", fonts.regular(6)));
                doc.add(new Paragraph(m.get("sync.print.refusedExplain"), fonts.regular(9)));
            }
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(out.toString(), e);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF " + out, e);
        }
    }

    private static void row(PdfPTable table, Font font, String name, int added, int updated, int unchanged,
                            int refused) {
        PdfPCell first = new PdfPCell(new Phrase(name, font));
        first.setPadding(5);
        table.addCell(first);
        for (int n : new int[] {added, updated, unchanged, refused, added + updated + unchanged + refused}) {
            PdfPCell c = new PdfPCell(new Phrase(Integer.toString(n), font));
            c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            c.setPadding(5);
            table.addCell(c);
        }
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingBottom(4);
        return c;
    }

}
