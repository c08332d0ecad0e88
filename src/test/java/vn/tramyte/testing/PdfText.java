package vn.tramyte.testing;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The text of a written PDF, page by page, as a reader would find it. */
public final class PdfText {
    private PdfText() {
    }

    /** The text of each page, the first page first. */
    public static List<String> pages(Path pdf) throws IOException {
        if (Boolean.getBoolean("tramyte.keepPdf")) {
            // -Dtramyte.keepPdf=true keeps each PDF read in target/pdf, to look at it
            Path kept = Path.of("target", "pdf", pdf.getFileName().toString());
            Files.createDirectories(kept.getParent());
            Files.copy(pdf, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        List<String> pages = new ArrayList<>();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pages.add(extractor.getTextFromPage(page));
        }
        reader.close();
        return pages;
    }

    /** All pages' text. */
    public static String all(Path pdf) throws IOException {
        return String.join("\n", pages(pdf));
    }
}
