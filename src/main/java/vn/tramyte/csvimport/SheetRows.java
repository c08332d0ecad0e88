package vn.tramyte.csvimport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The rows of one worksheet, read as a stream (a sheet of 150,000 rows is never held as XML):
 * each row with its Excel row number and its cells as text, a cell missing from the XML (never
 * typed in) being "". Cell values are turned into the text a CSV file would hold:
 * dates in a date format as {@code yyyy-mm-dd}, numbers as {@link XlsxTableReader#number},
 * booleans as {@code 1}/{@code 0}, an error as Excel shows it ({@code #N/A}).
 */
final class SheetRows implements AutoCloseable {
    /** Excel's last column is XFD, the 16,384th. */
    private static final int MAX_COLUMNS = 16_384;

    record Row(int number, List<String> cells) {
    }

    private final XMLStreamReader x;
    private final SharedStrings strings;
    private final XlsxTableReader.Workbook workbook;
    private int lastRow;
    private boolean closed;

    SheetRows(XlsxPackage pkg, String part, SharedStrings strings, XlsxTableReader.Workbook workbook)
            throws IOException, XMLStreamException {
        this.x = pkg.open(part);
        this.strings = strings;
        this.workbook = workbook;
    }

    /** Whether any cell of the sheet holds a value (an empty "Sheet2" holds none). Closes the sheet. */
    boolean anyValue() throws XMLStreamException {
        try {
            for (Row row = next(); row != null; row = next()) {
                if (row.cells().stream().anyMatch(c -> !c.isBlank())) {
                    return true;
                }
            }
            return false;
        } finally {
            close();
        }
    }

    /** The next row of the sheet, or null after the last. */
    Row next() throws XMLStreamException {
        if (closed) {
            return null;
        }
        while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("row")) {
                int number = XlsxTableReader.intOr(x.getAttributeValue(null, "r"), lastRow + 1);
                lastRow = number;
                return new Row(number, cells());
            }
        }
        close();
        return null;
    }

    private List<String> cells() throws XMLStreamException {
        List<String> cells = new ArrayList<>();
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("c")) {
                int column = column(x.getAttributeValue(null, "r"), cells.size());
                String value = cell();
                if (column < MAX_COLUMNS) {
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    if (column == cells.size()) {
                        cells.add(value);
                    } else {
                        cells.set(column, value);
                    }
                }
            }
        }
        return cells;
    }

    /** The value of the cell the reader is on, as text; the reader is left on the cell's end. */
    private String cell() throws XMLStreamException {
        String type = x.getAttributeValue(null, "t");
        int style = XlsxTableReader.intOr(x.getAttributeValue(null, "s"), 0);
        StringBuilder v = new StringBuilder();
        String inline = null;
        while (x.hasNext()) {
            int event = x.next();
            if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("is")) {
                inline = CellText.of(x, "is");
            } else if (event == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("v")) {
                while (x.hasNext()) {
                    int inner = x.next();
                    if (inner == XMLStreamConstants.END_ELEMENT) {
                        break;
                    }
                    if (inner == XMLStreamConstants.CHARACTERS || inner == XMLStreamConstants.CDATA
                            || inner == XMLStreamConstants.SPACE) {
                        CellText.append(v, x);
                    }
                }
            }
        }
        return value(type == null ? "n" : type, style, v.toString(), inline);
    }

    private String value(String type, int style, String v, String inline) {
        switch (type) {
            case "s" -> {
                String text = strings.get(XlsxTableReader.intOr(v, -1));
                return text == null ? "" : text;
            }
            case "inlineStr" -> {
                return inline == null ? "" : inline;
            }
            case "b" -> {
                return v.trim().equals("1") || v.trim().equalsIgnoreCase("true") ? "1" : v.isBlank() ? "" : "0";
            }
            case "d" -> {
                // an ISO 8601 date (and time): the day is what a register keeps
                String t = v.trim();
                return t.length() >= 10 ? t.substring(0, 10) : t;
            }
            case "n" -> {
                if (v.isBlank()) {
                    return "";
                }
                if (workbook.isDateStyle(style)) {
                    try {
                        return workbook.date(Double.parseDouble(v.trim())).toString();
                    } catch (NumberFormatException | java.time.DateTimeException e) {
                        return v.trim();
                    }
                }
                return XlsxTableReader.number(v);
            }
            default -> {
                return v;
            }
        }
    }

    /** The 0-based column of a reference such as {@code C12}; the next column when there is none. */
    private static int column(String ref, int next) {
        if (ref == null || ref.isEmpty()) {
            return next;
        }
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i)) && column <= MAX_COLUMNS) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? next : column - 1;
    }

    @Override
    public void close() throws XMLStreamException {
        if (!closed) {
            closed = true;
            x.close();
        }
    }
}
