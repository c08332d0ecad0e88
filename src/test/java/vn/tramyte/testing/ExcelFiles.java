package vn.tramyte.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Register files as Excel writes them, made by the tests: workbooks written with Apache POI (an
 * implementation independent of the program's reader), and CSV text in Excel's encodings on a
 * Vietnamese Windows.
 */
public final class ExcelFiles {
    private ExcelFiles() {
    }

    /** A date typed in a cell formatted with Excel's built-in short date (format 14), not the custom dd/mm/yyyy. */
    public record BuiltInDate(LocalDate date) {
    }

    /**
     * Writes a workbook: sheet name to rows (in order). A {@link LocalDate} becomes a date cell
     * formatted dd/mm/yyyy, a {@link BuiltInDate} one in format 14, a {@link Number} a number
     * cell, a {@link Boolean} a boolean cell, null no cell at all, anything else a text cell.
     */
    public static Path workbook(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle custom = book.createCellStyle();
            custom.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle builtIn = book.createCellStyle();
            builtIn.setDataFormat((short) 14);
            for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
                Sheet sheet = book.createSheet(e.getKey());
                int r = 0;
                for (List<Object> values : e.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(custom);
                        } else if (v instanceof BuiltInDate d) {
                            cell.setCellValue(d.date());
                            cell.setCellStyle(builtIn);
                        } else if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(b);
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    /**
     * CSV text as Excel's plain "CSV" writes it on a Vietnamese Windows (code page 1258): a
     * letter with a tone mark that the code page has not whole (ố, ạ, ả) is written as its base
     * letter (ô, a) then the tone mark as a character of its own, which is how Windows converts it.
     */
    public static byte[] windows1258(String text) {
        Charset cp = Charset.forName("windows-1258");
        CharsetEncoder encoder = cp.newEncoder();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            String ch = String.valueOf(text.charAt(i));
            if (encoder.canEncode(ch)) {
                out.append(ch);
                continue;
            }
            String nfd = Normalizer.normalize(ch, Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            for (char c : nfd.toCharArray()) {
                boolean tone = c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
                (tone ? tones : base).append(c);
            }
            out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
        }
        if (!encoder.canEncode(out)) {
            throw new IllegalArgumentException("not writable in Windows-1258: " + text);
        }
        return out.toString().getBytes(cp);
    }

    /** Excel's "Unicode text": UTF-16 little-endian with its byte-order mark. */
    public static byte[] unicodeText(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        return all;
    }
}
