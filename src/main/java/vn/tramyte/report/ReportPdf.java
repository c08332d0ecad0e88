package vn.tramyte.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;
import vn.tramyte.common.PdfFonts;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;

/**
 * The report to print: A4 landscape, one table per population shown (a row per commune or
 * village and the total, a column per indicator holding the rate with its unit, numerator and
 * denominator, interval, target and verdict in words on the verdict's colour), the heading
 * naming the centre or station, the period and the day it was made, each row's data-until and
 * incomplete mark, the header repeated on every page, the legend and footnotes, "Trang 1/3".
 */
final class ReportPdf {
    private static final Color HEAD = new Color(0xD9, 0xD9, 0xD9);
    private static final Color TOTAL = new Color(0xF2, 0xF2, 0xF2);
    private static final Color GREY = new Color(0x59, 0x59, 0x59);
    private static final Color WARN = new Color(0x9C, 0x00, 0x06);

    private final ReportText text;
    private final PdfFonts fonts;

    ReportPdf(ReportText text, PdfFonts fonts) {
        this.text = text;
        this.fonts = fonts;
    }

    /** @return the number of table rows written, over all populations */
    int write(Report report, Set<Population> shown, OutputStream out) throws IOException {
        ByteArrayOutputStream laidOut = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), ReportPdfPages.MARGIN, ReportPdfPages.MARGIN,
                ReportPdfPages.MARGIN, ReportPdfPages.MARGIN + 10);
        int rows = 0;
        try {
            PdfWriter.getInstance(doc, laidOut);
            doc.open();
            boolean first = true;
            for (Population p : Population.values()) {
                if (!shown.contains(p)) {
                    continue;
                }
                if (!first) {
                    doc.newPage();
                }
                first = false;
                heading(doc, report, p);
                doc.add(table(report, p));
                rows += report.rows().size();
                legend(doc, report);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("PDF", e);
        }
        String footer = "TramYTe · " + text.who(report) + " · " + text.period(report.period());
        ReportPdfPages.number(laidOut.toByteArray(), footer, text.messages(), fonts, out);
        return rows;
    }

    private void heading(Document doc, Report report, Population p) throws DocumentException {
        var m = text.messages();
        doc.add(new Paragraph(m.format("report.file.title", m.get(p.messageKey())), fonts.bold(14)));
        doc.add(new Paragraph(text.who(report), fonts.bold(11)));
        doc.add(new Paragraph(m.format("report.file.periodLine", text.period(report.period())) + " · "
                + text.codeList(report), fonts.regular(10)));
        String complete = text.completeness(report);
        Paragraph made = new Paragraph(text.madeOn(report) + (complete.isEmpty() ? "" : " · " + complete),
                fonts.regular(9));
        made.setSpacingAfter(6);
        doc.add(made);
    }

    private PdfPTable table(Report report, Population p) {
        var m = text.messages();
        float[] widths = new float[2 + Indicator.values().length];
        widths[0] = 100;
        widths[1] = 52;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 59;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        head(table, m.get(report.communes().isEmpty() ? "report.file.col.village" : "report.file.col.commune"));
        head(table, m.get("report.file.col.dataUntil"));
        for (Indicator i : Indicator.values()) {
            head(table, text.shortName(i));
        }
        for (ReportRow row : report.rows()) {
            place(table, row.place(), report);
            for (Indicator i : Indicator.values()) {
                table.addCell(cell(row.cell(i, p), row.place().sums()));
            }
        }
        return table;
    }

    private void head(PdfPTable table, String words) {
        PdfPCell c = new PdfPCell(new Phrase(words, fonts.bold(7)));
        c.setBackgroundColor(HEAD);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPadding(3);
        table.addCell(c);
    }

    private void place(PdfPTable table, ReportPlace p, Report report) {
        boolean total = p.sums();
        Phrase name = new Phrase();
        name.add(new Chunk(text.placeName(p), total ? fonts.bold(8) : fonts.regular(8)));
        if (p.level() != ReportPlace.Level.VILLAGE) {
            name.add(new Chunk("\n" + p.code(), grey(6)));
        }
        PdfPCell c = new PdfPCell(name);
        c.setPadding(3);
        if (total) {
            c.setBackgroundColor(TOTAL);
        }
        table.addCell(c);
        Phrase until = new Phrase(text.dataUntil(p), fonts.regular(7));
        if (total && !report.communes().isEmpty()) {
            until.add(new Chunk("\n" + text.completeness(report), fonts.regular(6)));
        } else if (p.dataUntil() == null) {
            until = new Phrase(text.dataUntil(p), coloured(fonts.bold(7), WARN));
        } else if (!p.complete()) {
            until.add(new Chunk("\n" + text.messages().get("report.file.completeNo"), coloured(fonts.bold(7), WARN)));
        }
        PdfPCell d = new PdfPCell(until);
        d.setPadding(3);
        if (total) {
            d.setBackgroundColor(TOTAL);
        }
        table.addCell(d);
    }

    private PdfPCell cell(Cell cell, boolean total) {
        Estimate e = cell.estimate();
        Phrase words = new Phrase();
        if (e.hasValue() && cell.indicator().unit() == Indicator.Unit.PER_100000) {
            // the long unit in small type, so the rate stays on one line
            words.add(new Chunk(text.number(e.value()), fonts.bold(total ? 8.5f : 8)));
            words.add(new Chunk(text.unit(cell.indicator().unit()) + (e.unstable() ? " " + ReportText.UNSTABLE : ""),
                    fonts.regular(6)));
        } else {
            words.add(new Chunk(text.rate(cell), fonts.bold(total ? 8.5f : 8)));
        }
        words.add(new Chunk("\n" + e.numerator() + "/" + e.denominator(), fonts.regular(7)));
        if (e.hasValue()) {
            words.add(new Chunk("\n" + text.number(e.low()) + "–" + text.number(e.high()), grey(6)));
        }
        if (cell.target() != null) {
            words.add(new Chunk("\n" + text.messages().format("report.file.targetShort", text.targetWithBound(cell)),
                    fonts.regular(7)));
        }
        if (cell.verdict().judged()) {
            words.add(new Chunk("\n" + text.verdict(cell.verdict()),
                    coloured(fonts.bold(7), Color.decode("#" + ReportText.ink(cell.verdict())))));
        }
        PdfPCell c = new PdfPCell(words);
        c.setPadding(2.5f);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        String fill = ReportText.fill(cell.verdict());
        if (fill != null) {
            c.setBackgroundColor(Color.decode("#" + fill));
        } else if (total) {
            c.setBackgroundColor(TOTAL);
        }
        return c;
    }

    /** The colours in words, then the footnotes. */
    private void legend(Document doc, Report report) throws DocumentException {
        var m = text.messages();
        Paragraph title = new Paragraph(m.get("report.file.legend"), fonts.bold(8));
        title.setSpacingBefore(6);
        title.setSpacingAfter(2);
        doc.add(title);
        PdfPTable legend = new PdfPTable(new float[] {1, 1, 1});
        legend.setWidthPercentage(100);
        for (Verdict v : new Verdict[] {Verdict.MEETS, Verdict.MISSES, Verdict.NOT_CONCLUSIVE}) {
            PdfPCell c = new PdfPCell(new Phrase(text.legend(v), coloured(fonts.regular(7),
                    Color.decode("#" + ReportText.ink(v)))));
            c.setBackgroundColor(Color.decode("#" + ReportText.fill(v)));
            c.setPadding(3);
            legend.addCell(c);
        }
        doc.add(legend);
        for (String note : text.footnotes(report)) {
            doc.add(new Paragraph(note, fonts.regular(7)));
        }
    }

    private Font grey(float size) {
        return coloured(fonts.regular(size), GREY);
    }

    private static Font coloured(Font font, Color colour) {
        font.setColor(colour);
        return font;
    }
}
