package vn.tramyte.csvimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.testing.ExcelFiles;

class XlsxTableReaderTest {
    @TempDir
    Path dir;

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private XlsxTableReader.Result read(String name, Map<String, List<List<Object>>> sheets) throws IOException {
        return new XlsxTableReader().read(ExcelFiles.workbook(dir.resolve(name), sheets));
    }

    private static Map<String, List<List<Object>>> sheets(Object... nameThenRows) {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        for (int i = 0; i < nameThenRows.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<List<Object>> rows = (List<List<Object>>) nameThenRows[i + 1];
            sheets.put((String) nameThenRows[i], rows);
        }
        return sheets;
    }

    @Test
    void englishHeadersWithDateCellsTextDatesAndNumbersReadAsACsvFileWould() throws IOException {
        XlsxTableReader.Result result = read("persons.xlsx", sheets("Sheet1", List.of(
                row("ref", "full_name", "sex", "birth_date", "ethnicity", "village", "personal_id"),
                row(1, "Lò Thị Hoa", "F", LocalDate.of(1998, 4, 12), "Thái", "Mường Kim", "012198001234"),
                row("A2", "Lò Văn Khánh", "Nam", "05/03/2024", 3, "Than Uyên", null),
                row(3, "Giàng A Páo", "M", new ExcelFiles.BuiltInDate(LocalDate.of(2019, 11, 30)), "Mông", null,
                        12198001234.0))));

        assertEquals(List.of(), result.problems());
        CsvTable table = result.tables().get(0);
        assertEquals(ImportFile.PERSONS, table.file());
        assertEquals("persons.xlsx › Sheet1", table.fileName());
        assertTrue(table.ok(), table.problems().toString());
        List<CsvRow> rows = table.rows();
        assertEquals(List.of(2, 3, 4), rows.stream().map(CsvRow::line).toList(), "Excel's row numbers");
        assertEquals("1", rows.get(0).get("ref"));
        assertEquals("Lò Thị Hoa", rows.get(0).get("full_name"));
        assertEquals("1998-04-12", rows.get(0).get("birth_date"));
        assertEquals("012198001234", rows.get(0).get("personal_id"), "a number typed as text keeps its zero");
        assertEquals("05/03/2024", rows.get(1).get("birth_date"));
        assertEquals("3", rows.get(1).get("ethnicity"));
        assertEquals("", rows.get(1).get("personal_id"));
        assertEquals("2019-11-30", rows.get(2).get("birth_date"), "Excel's built-in short date");
        assertEquals("12198001234", rows.get(2).get("personal_id"), "a number cell without exponent or .0");
        assertEquals("", rows.get(2).get("village"));
    }

    @Test
    void theVietnameseColumnNamesOfTheDocumentAreReadToo() throws IOException {
        XlsxTableReader.Result result = read("persons.xlsx", sheets("Trang_tính1", List.of(
                row("Mã người trong sổ", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Thôn/Bản", "Số thẻ BHYT"),
                row("1", "Lò Thị Hoa", "Nữ", "12/04/1998", "Thái", "Mường Kim", null))));

        CsvTable table = result.tables().get(0);
        assertTrue(table.ok(), table.problems().toString());
        assertEquals(List.of("ref", "full_name", "sex", "birth_date", "ethnicity", "village", "insurance_no"),
                table.columns());
        assertEquals("Mường Kim", table.rows().get(0).get("village"));
    }

    @Test
    void measurementsTakeNumberCellsAndADecimalCommaTypedAsText() throws IOException {
        XlsxTableReader.Result result = read("so-can.xlsx", sheets("measurements", List.of(
                row("Mã của trẻ", "Ngày cân đo", "Cân nặng (kg)", "Chiều dài/chiều cao (cm)"),
                row("A2", LocalDate.of(2026, 6, 1), 7.2, "66,5"))));

        CsvRow row = result.tables().get(0).rows().get(0);
        assertEquals("7.2", row.get("weight_kg"));
        assertEquals("2026-06-01", row.get("date"));
        assertTrue(row.decimalCommaAllowed(), "a comma in a cell cannot be a separator");
    }

    @Test
    void eachSheetNamedAfterARegisterIsThatRegisterAndEmptySheetsAreLeftAlone() throws IOException {
        XlsxTableReader.Result result = read("so-tram-muong-kim.xlsx", sheets(
                "persons", List.of(row("ref", "full_name", "sex", "birth_date"), row("1", "Lò Thị Hoa", "F", "1998")),
                "Vaccinations", List.of(row("person_ref", "vaccine", "date"), row("1", "TT1", "2026-03-02")),
                "Sheet3", List.of()));

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("so-tram-muong-kim.xlsx › persons", "so-tram-muong-kim.xlsx › Vaccinations"),
                result.tables().stream().map(CsvTable::fileName).toList());
        assertEquals(List.of(ImportFile.PERSONS, ImportFile.VACCINATIONS),
                result.tables().stream().map(CsvTable::file).toList());
    }

    @Test
    void aSheetWithDataButNoRegistersNameIsRefusedNotLeftOut() throws IOException {
        XlsxTableReader.Result result = read("so-tram.xlsx", sheets(
                "persons", List.of(row("ref", "full_name", "sex", "birth_date"), row("1", "Lò Thị Hoa", "F", "1998")),
                "vaccination", List.of(row("person_ref", "vaccine", "date"), row("1", "TT1", "2026-03-02"))));

        assertEquals(List.of("0 - import.problem.unknownSheet"), Fixtures.brief(result.problems()));
        assertEquals("so-tram.xlsx › vaccination", result.problems().get(0).file());
    }

    @Test
    void aWorkbookWithNeitherARegistersNameNorSuchSheetsIsRefused() throws IOException {
        XlsxTableReader.Result result = read("so-tram.xlsx", sheets("Sheet1", List.of(row("ref"), row("1"))));

        assertEquals(List.of("0 - import.problem.noRegisterSheet"), Fixtures.brief(result.problems()));
        assertEquals(List.of(), result.tables());
    }

    @Test
    void aBadRowIsReportedWithItsSheetAndExcelRowNumber() throws IOException {
        XlsxTableReader.Result result = read("so-tram.xlsx", sheets("persons", List.of(
                row("ref", "full_name", "sex", "birth_date"),
                row("1", "Lò Thị Hoa", "F", "1998"),
                row(),
                row("2", "Lò Văn Khánh", "X", "31/02/2025"))));

        CsvTable table = result.tables().get(0);
        assertEquals("so-tram.xlsx › persons", table.fileName());
        // the rows are checked by the features (PersonRows); here the row is where Excel shows it
        assertEquals(List.of(2, 4), table.rows().stream().map(CsvRow::line).toList());
    }

    @Test
    void aWorkbookTooLargeOrNotAWorkbookIsOneSentence() throws IOException {
        Path xls = Files.write(dir.resolve("persons.xlsx"), "ref,full_name\n1,An\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("0 - import.problem.notXlsx"), Fixtures.brief(new XlsxTableReader().read(xls).problems()));

        Path book = ExcelFiles.workbook(dir.resolve("big.xlsx"), sheets("persons", List.of(row("ref"))));
        assertEquals(List.of("0 - import.problem.fileTooLarge"),
                Fixtures.brief(new XlsxTableReader(1000, 10).read(book).problems()));
    }

    @Test
    void aZipBombIsRefusedWithASentence() throws IOException {
        // 400 MB of spaces in the sheet pack into well under a megabyte
        Path bomb = hostile("persons.xlsx", "", out -> {
            out.write("<sheetData>");
            char[] spaces = new char[1 << 20];
            Arrays.fill(spaces, ' ');
            for (int i = 0; i < 400; i++) {
                out.write(spaces);
            }
            out.write("</sheetData>");
        });
        assertTrue(Files.size(bomb) < 2_000_000, Files.size(bomb) + " bytes");

        XlsxTableReader.Result result = new XlsxTableReader().read(bomb);

        assertEquals(List.of("0 - import.problem.xlsxTooLarge"), Fixtures.brief(result.problems()));
    }

    @Test
    void sharedStringsBeyondAnyRegisterAreRefusedBeforeTheyFillTheMemory() throws IOException {
        Path many = hostile("persons.xlsx", "texts", out -> {
            for (int i = 0; i <= XlsxTableReader.MAX_SHARED_STRINGS; i++) {
                out.write("<si><t>" + Integer.toString(i * 7919, 36) + "</t></si>");
            }
        });
        Path long_ = hostile("vaccinations.xlsx", "texts", out -> {
            StringBuilder text = new StringBuilder();
            java.util.Random random = new java.util.Random(12);
            // 9,000 texts of 2,050 letters: each kept to 2,001 characters, 18 million in all
            for (int i = 0; i < 9_000; i++) {
                text.setLength(0);
                for (int c = 0; c < 2_050; c++) {
                    text.append((char) ('a' + random.nextInt(26)));
                }
                out.write("<si><t>" + text + "</t></si>");
            }
        });

        for (Path hostile : List.of(many, long_)) {
            XlsxTableReader.Result result = new XlsxTableReader().read(hostile);
            assertEquals(List.of("0 - import.problem.xlsxTooLarge"), Fixtures.brief(result.problems()), hostile.toString());
        }
    }

    @Test
    void aDocumentTypeDeclarationExpandsNothing() throws IOException {
        Path laughs = hostile("persons.xlsx", "", out -> out.write("<sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&lol9;"
                + "</t></is></c></row></sheetData>"), "<!DOCTYPE x [<!ENTITY lol \"lol\"><!ENTITY lol9 \"&lol;&lol;\">]>");

        XlsxTableReader.Result result = new XlsxTableReader().read(laughs);

        assertEquals(List.of(), result.tables());
        assertEquals(List.of("0 - import.problem.notXlsx"), Fixtures.brief(result.problems()));
    }

    private interface Content {
        void write(Writer out) throws IOException;
    }

    /** A minimal workbook of one sheet named Sheet1 whose sheet or shared strings part the test writes. */
    private Path hostile(String name, String partOfStrings, Content content) throws IOException {
        return hostile(name, partOfStrings, content, "");
    }

    private Path hostile(String name, String partOfStrings, Content content, String doctype) throws IOException {
        Path file = dir.resolve(name);
        boolean strings = !partOfStrings.isEmpty();
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
            Writer out = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            put(zip, out, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, out, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            out.write(doctype + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            if (strings) {
                out.write("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>");
            } else {
                content.write(out);
            }
            out.write("</worksheet>");
            out.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            out.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            if (strings) {
                content.write(out);
            }
            out.write("</sst>");
            out.flush();
            zip.closeEntry();
        }
        return file;
    }

    private static void put(ZipOutputStream zip, Writer out, String part, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(part));
        out.write(xml);
        out.flush();
        zip.closeEntry();
    }
}
