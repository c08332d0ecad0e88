package vn.tramyte.common;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The DejaVu fonts bundled in the program, embedded in every PDF so Vietnamese prints everywhere. */
public final class PdfFonts {
    private final BaseFont regular;
    private final BaseFont bold;

    public PdfFonts() {
        this.regular = load("/fonts/DejaVuSans.ttf");
        this.bold = load("/fonts/DejaVuSans-Bold.ttf");
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            byte[] bytes = in.readAllBytes();
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    public Font regular(float size) {
        return new Font(regular, size);
    }

    public Font bold(float size) {
        return new Font(bold, size);
    }

    /** How wide a text prints, in points, so a table can keep a date or a word on one line. */
    public float width(String text, float size, boolean inBold) {
        return (inBold ? bold : regular).getWidthPoint(text, size);
    }
}
