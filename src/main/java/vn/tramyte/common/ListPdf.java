package vn.tramyte.common;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The page furniture of every printed list and register, in one place: the place it comes from
 * (the station, or the centre and its commune), the title and its details on the first page,
 * and on every page a footer with the place, the date printed and "Trang 1/3". Tables come from
 * {@link ListTable}, whose header repeats on every page. DejaVu Sans is embedded, so the
 * Vietnamese prints on any computer.
 */
public final class ListPdf {
    private static final float MARGIN = 28;
    private static final float FOOTER = 16;

    /**
     * What heads a printed list.
     *
     * @param place     where it comes from: "Trạm Y tế Mường Kim", or the centre and the commune
     * @param details   lines under the title (the period, the villages), may be empty
     * @param printedOn the day it is printed (the program's clock, so tests can fix it)
     */
    public record Heading(String place, String title, List<String> details, LocalDate printedOn) {
        public Heading {
            details = List.copyOf(details);
        }
    }

    /** Adds the list's content under the heading; {@code width} is the printable width in points. */
    @FunctionalInterface
    public interface Body {
        void write(Document doc, PdfFonts fonts, float width) throws DocumentException;
    }

    private final Messages m;

    public ListPdf(Messages messages) {
        this.m = messages;
    }

    /** Writes the list to a PDF file of the given page size (A4 landscape for most registers). */
    public void write(Path out, Rectangle pageSize, Heading heading, Body body) {
        PdfFonts fonts = new PdfFonts();
        ByteArrayOutputStream pages = new ByteArrayOutputStream();
        Document doc = new Document(pageSize, MARGIN, MARGIN, MARGIN, MARGIN + FOOTER);
        try {
            PdfWriter.getInstance(doc, pages);
            doc.open();
            doc.add(new Paragraph(heading.place(), fonts.bold(10)));
            doc.add(new Paragraph(heading.title(), fonts.bold(14)));
            for (String line : heading.details()) {
                doc.add(new Paragraph(line, fonts.regular(10)));
            }
            doc.add(new Paragraph(" ", fonts.regular(6)));
            body.write(doc, fonts, pageSize.getWidth() - 2 * MARGIN);
            doc.close();
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                footers(pages.toByteArray(), os, heading, fonts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(out.toString(), e);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF " + out, e);
        }
    }

    /** The second pass: once the pages are counted, each gets "place · printed on … · Trang i/n". */
    private void footers(byte[] pdf, OutputStream out, Heading heading, PdfFonts fonts)
            throws IOException, DocumentException {
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        PdfStamper stamper = new PdfStamper(reader, out);
        Font font = fonts.regular(8);
        String left = heading.place() + " · " + heading.title() + " · "
                + m.format("print.printedOn", DateText.show(heading.printedOn(), false));
        for (int i = 1; i <= pages; i++) {
            Rectangle page = reader.getPageSizeWithRotation(i);
            PdfContentByte over = stamper.getOverContent(i);
            float y = MARGIN;
            ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(left, font), MARGIN, y, 0);
            ColumnText.showTextAligned(over, Element.ALIGN_RIGHT,
                    new Phrase(m.format("print.page", i, pages), font), page.getWidth() - MARGIN, y, 0);
        }
        stamper.close();
        reader.close();
    }
}
