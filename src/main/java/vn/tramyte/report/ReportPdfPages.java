package vn.tramyte.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.io.IOException;
import java.io.OutputStream;
import vn.tramyte.common.Messages;
import vn.tramyte.common.PdfFonts;

/**
 * The report's page furniture: once the pages are laid out and their number known, each gets a
 * footer line naming the report and "Trang 1/3" at its right. The report's own helper, so other
 * registers' page furniture can change without touching it.
 */
final class ReportPdfPages {
    static final float MARGIN = 24;
    private static final float FOOTER_Y = 12;

    private ReportPdfPages() {
    }

    /** Copies a laid-out PDF to {@code out} with the footer and the page numbers. */
    static void number(byte[] laidOut, String footer, Messages m, PdfFonts fonts, OutputStream out) throws IOException {
        PdfReader reader = new PdfReader(laidOut);
        try {
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSizeWithRotation(page);
                PdfContentByte canvas = stamper.getOverContent(page);
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(footer, fonts.regular(7)),
                        size.getLeft() + MARGIN, size.getBottom() + FOOTER_Y, 0);
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                        new Phrase(m.format("report.file.page", String.valueOf(page), String.valueOf(pages)), fonts.regular(8)),
                        size.getRight() - MARGIN, size.getBottom() + FOOTER_Y, 0);
            }
            stamper.close();
        } catch (DocumentException e) {
            throw new IOException("page numbers", e);
        } finally {
            reader.close();
        }
    }
}
