package vn.tramyte.csvimport;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a rich or plain string element of a workbook ({@code <si>}, {@code <is>}): its
 * {@code <t>} runs joined, phonetic guides ({@code <rPh>}) left out, and never more than one
 * character past the longest cell kept, however long the file makes it.
 */
final class CellText {
    static final int KEPT = CsvTableReader.MAX_CELL_CHARS + 1;

    private CellText() {
    }

    /** Reads from the start of {@code element} to its end; the reader is left on its end tag. */
    static String of(XMLStreamReader x, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean inT = false;
        int phonetic = 0;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (x.getLocalName().equals("rPh")) {
                    phonetic++;
                } else if (x.getLocalName().equals("t")) {
                    inT = true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (x.getLocalName().equals(element)) {
                    break;
                } else if (x.getLocalName().equals("rPh")) {
                    phonetic--;
                } else if (x.getLocalName().equals("t")) {
                    inT = false;
                }
            } else if (inT && phonetic == 0 && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
                append(text, x);
            }
        }
        return text.toString();
    }

    /** Appends the current characters up to the kept length. */
    static void append(StringBuilder text, XMLStreamReader x) {
        int room = KEPT - text.length();
        if (room > 0) {
            text.append(x.getTextCharacters(), x.getTextStart(), Math.min(room, x.getTextLength()));
        }
    }
}
