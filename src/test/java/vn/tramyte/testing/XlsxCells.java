package vn.tramyte.testing;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The cells of a written spreadsheet's first sheet, row by row, as text (numbers and dates as stored). */
public final class XlsxCells {
    private XlsxCells() {
    }

    public static List<List<String>> firstSheet(Path xlsx) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            List<String> shared = new ArrayList<>();
            ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            if (strings != null) {
                NodeList items = parse(zip, strings).getElementsByTagName("si");
                for (int i = 0; i < items.getLength(); i++) {
                    shared.add(items.item(i).getTextContent());
                }
            }
            NodeList rows = parse(zip, zip.getEntry("xl/worksheets/sheet1.xml")).getElementsByTagName("row");
            List<List<String>> result = new ArrayList<>();
            for (int r = 0; r < rows.getLength(); r++) {
                NodeList cells = ((Element) rows.item(r)).getElementsByTagName("c");
                List<String> row = new ArrayList<>();
                for (int c = 0; c < cells.getLength(); c++) {
                    Element cell = (Element) cells.item(c);
                    String text = cell.getTextContent();
                    row.add("s".equals(cell.getAttribute("t")) ? shared.get(Integer.parseInt(text.trim())) : text);
                }
                result.add(row);
            }
            return result;
        }
    }

    private static Document parse(ZipFile zip, ZipEntry entry) throws Exception {
        try (InputStream in = zip.getInputStream(entry)) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }
}
