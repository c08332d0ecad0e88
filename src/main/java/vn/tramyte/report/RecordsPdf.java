package vn.tramyte.report;

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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import vn.tramyte.common.DateText;
import vn.tramyte.common.PdfFonts;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;

/**
 * The records behind one number, printed so the centre can go through them with the station on
 * the phone: who, born when, which village, which event and when, whether counted in the
 * numerator and the denominator, and why. Those in the numerator first.
 */
final class RecordsPdf {
    private static final Color HEAD = new Color(0xD9, 0xD9, 0xD9);

    private final ReportText text;
    private final PdfFonts fonts;

    RecordsPdf(ReportText text, PdfFonts fonts) {
        this.text = text;
        this.fonts = fonts;
    }

    /** @return the number of records listed */
    int write(Report report, ReportPlace place, Indicator indicator, Population population, OutputStream out)
            throws IOException {
        var m = text.messages();
        ReportRow row = report.rows().stream().filter(r -> r.place().equals(place)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a row of this report: " + place.name()));
        Cell cell = row.cell(indicator, population);
        List<Entry> records = report.records(place, indicator, population).stream()
                .sorted(Comparator.comparing((Entry e) -> !e.numerator()).thenComparing(e -> !e.denominator())
                        .thenComparing(Entry::eventDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(e -> e.personName() == null ? "" : e.personName()))
                .toList();
        ByteArrayOutputStream laidOut = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), ReportPdfPages.MARGIN, ReportPdfPages.MARGIN,
                ReportPdfPages.MARGIN, ReportPdfPages.MARGIN + 10);
        try {
            PdfWriter.getInstance(doc, laidOut);
            doc.open();
            doc.add(new Paragraph(m.format("report.file.records.title", m.get(indicator.messageKey())),
                    fonts.bold(13)));
            doc.add(new Paragraph(text.placeName(place) + " · " + m.get(population.messageKey()) + " · "
                    + text.period(report.period()), fonts.bold(10)));
            Estimate e = cell.estimate();
            doc.add(new Paragraph(m.format("report.file.records.counts", String.valueOf(e.numerator()),
                    String.valueOf(e.denominator()), text.rate(cell)), fonts.regular(10)));
            Paragraph made = new Paragraph(text.who(report) + " · " + text.madeOn(report) + " · "
                    + m.format("report.file.dataUntilLine", text.dataUntil(place)), fonts.regular(9));
            made.setSpacingAfter(6);
            doc.add(made);
            doc.add(table(records));
            doc.close();
        } catch (DocumentException ex) {
            throw new IOException("PDF", ex);
        }
        String footer = "TramYTe · " + text.shortName(indicator) + " · " + text.placeName(place) + " · "
                + text.period(report.period());
        ReportPdfPages.number(laidOut.toByteArray(), footer, m, fonts, out);
        return records.size();
    }

    private PdfPTable table(List<Entry> records) {
        var m = text.messages();
        PdfPTable table = new PdfPTable(new float[] {130, 58, 80, 95, 58, 48, 48, 270});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : new String[] {m.get("report.file.records.name"), m.get("report.file.records.born"),
            m.get("report.file.records.village"), m.get("report.file.records.event"), m.get("report.file.records.date"),
            m.get("report.file.col.numerator"), m.get("report.file.col.denominator"),
            m.get("report.file.records.why")}) {
            PdfPCell c = new PdfPCell(new Phrase(h, fonts.bold(8)));
            c.setBackgroundColor(HEAD);
            c.setPadding(3);
            table.addCell(c);
        }
        String yes = m.get("report.file.records.counted");
        for (Entry e : records) {
            add(table, e.personName() == null ? "" : e.personName(), e.numerator());
            add(table, e.birthDate() == null ? "" : DateText.show(e.birthDate(), e.birthYearOnly()), false);
            add(table, e.villageName() == null || e.villageName().isEmpty() ? m.get("report.file.noVillage")
                    : e.villageName(), false);
            add(table, m.get(e.event().messageKey()), false);
            add(table, e.eventDate() == null ? "" : DateText.show(e.eventDate(), false), false);
            centred(table, e.numerator() ? yes : "");
            centred(table, e.denominator() ? yes : "");
            add(table, e.reason(m), false);
        }
        if (records.isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase(m.get("report.file.records.none"), fonts.regular(9)));
            none.setColspan(8);
            none.setPadding(4);
            table.addCell(none);
        }
        return table;
    }

    private void add(PdfPTable table, String words, boolean bold) {
        PdfPCell c = new PdfPCell(new Phrase(words, bold ? fonts.bold(8) : fonts.regular(8)));
        c.setPadding(3);
        table.addCell(c);
    }

    private void centred(PdfPTable table, String words) {
        PdfPCell c = new PdfPCell(new Phrase(words, fonts.bold(8)));
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setPadding(3);
        table.addCell(c);
    }
}
