package vn.tramyte.csvimport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The texts of a workbook's cells ({@code xl/sharedStrings.xml}), which its sheets name by
 * number. They are read before the sheets, so they are bounded: at most
 * {@link XlsxTableReader#MAX_SHARED_STRINGS} texts of {@link XlsxTableReader#MAX_SHARED_CHARS}
 * characters in all, each kept up to one character past the longest cell (enough for the row's
 * "too long" problem). Beyond that the workbook is refused rather than filling the memory.
 */
final class SharedStrings {
    private final List<String> texts;

    private SharedStrings(List<String> texts) {
        this.texts = texts;
    }

    static SharedStrings read(XlsxPackage pkg, String part) throws IOException, XMLStreamException {
        List<String> texts = new ArrayList<>();
        if (part == null) {
            return new SharedStrings(texts);
        }
        long chars = 0;
        XMLStreamReader x = pkg.open(part);
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("si")) {
                    String text = CellText.of(x, "si");
                    chars += text.length();
                    if (texts.size() >= XlsxTableReader.MAX_SHARED_STRINGS || chars > XlsxTableReader.MAX_SHARED_CHARS) {
                        throw new XlsxPackage.Refused("shared strings beyond " + texts.size() + " texts, " + chars
                                + " characters");
                    }
                    texts.add(text.isEmpty() ? "" : text);
                }
            }
        } finally {
            x.close();
        }
        return new SharedStrings(texts);
    }

    /** The text of this number, or null when the workbook has none of it (a damaged file). */
    String get(int index) {
        return index >= 0 && index < texts.size() ? texts.get(index) : null;
    }
}
