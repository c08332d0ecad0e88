package vn.tramyte.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.csvimport.FileCounts;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.person.PersonRow;
import vn.tramyte.testing.ExcelFiles;
import vn.tramyte.testing.TestStation;

/** The registers as a station keeps them in Excel, imported into a real station (issue 12). */
class ExcelRegistersImportTest {
    private static final Messages EN = new Messages(Messages.ENGLISH);
    private static final Messages VI = new Messages(Messages.VIETNAMESE);
    static final String PERSONS_CSV = """
            ref,full_name,sex,birth_date,ethnicity,village,mother_ref
            A1,Lò Thị Hoa,F,12/04/1998,Thái,Mường Kim,
            A2,Lò Văn Khánh,M,2025-09-03,03,Mường Kim,A1
            A3,Hoàng Thị Ngọc Ánh,Nữ,1990,Kinh,Than Uyên,
            A4,Giàng A Páo,M,30/11/2019,Mông,Bản Phố Mới,
            """;

    @TempDir
    Path dir;
    @TempDir
    Path files;
    Services s;

    @BeforeEach
    void station() {
        s = TestStation.station(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private ImportReport importPaths(Path... paths) {
        return s.csvImport().importPaths(TestStation.WORKER, List.of(paths));
    }

    private long count(String table) {
        return ((Number) s.database().read(tx -> tx.dsl().fetchValue("SELECT COUNT(*) FROM " + table))).longValue();
    }

    /** persons and vaccinations sheets with English headers; dates as date cells and as text. */
    private Path stationWorkbook(String sex) throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        sheets.put("persons", List.of(
                row("ref", "full_name", "sex", "birth_date", "ethnicity", "village", "mother_ref"),
                row("A1", "Lò Thị Hoa", "F", LocalDate.of(1998, 4, 12), "Thái", "Mường Kim"),
                row("A2", "Lò Văn Khánh", sex, "2025-09-03", 3, "Mường Kim", "A1"),
                row("A3", "Hoàng Thị Ngọc Ánh", "Nữ", 1990, "Kinh", "Than Uyên"),
                row("A4", "Giàng A Páo", "M", new ExcelFiles.BuiltInDate(LocalDate.of(2019, 11, 30)), "Mông",
                        "Bản Phố Mới")));
        sheets.put("vaccinations", List.of(
                row("person_ref", "vaccine", "date", "place"),
                row("A2", "HEPB0", LocalDate.of(2025, 9, 3), "station"),
                row("A2", "BCG", "10/09/2025", "station"),
                row("A1", "TT1", LocalDate.of(2026, 3, 2), "outreach")));
        sheets.put("Sheet3", List.of());
        return ExcelFiles.workbook(files.resolve("so-tram-muong-kim.xlsx"), sheets);
    }

    @Test
    void aWorkbookWithARegisterPerSheetIsImportedIntoTheStation() throws IOException {
        ImportReport report = importPaths(stationWorkbook("M"));

        assertTrue(report.ok(), String.join("\n", report.lines(EN)));
        assertEquals(List.of("so-tram-muong-kim.xlsx › persons: 4 new, 0 updated, 0 unchanged",
                "so-tram-muong-kim.xlsx › vaccinations: 3 new, 0 updated, 0 unchanged"), report.lines(EN));
        List<PersonRow> people = s.people().all();
        PersonRow khanh = people.stream().filter(p -> p.fullName().equals("Lò Văn Khánh")).findFirst().orElseThrow();
        assertEquals("Lò Thị Hoa", khanh.motherName());
        assertEquals("Mường Kim", khanh.villageName());
        assertEquals(LocalDate.of(2025, 9, 3), khanh.birthDate());
        assertTrue(people.stream().anyMatch(p -> p.fullName().equals("Lò Thị Hoa")
                && p.birthDate().equals(LocalDate.of(1998, 4, 12))), "a date cell");
        assertTrue(people.stream().anyMatch(p -> p.fullName().equals("Giàng A Páo")
                && p.birthDate().equals(LocalDate.of(2019, 11, 30))), "Excel's built-in date format");
        assertTrue(people.stream().anyMatch(p -> p.fullName().equals("Hoàng Thị Ngọc Ánh") && p.birthYearOnly()),
                "a year typed as a number");
        assertEquals(3, count("vaccination"));

        ImportReport again = importPaths(stationWorkbook("M"));
        assertEquals(new FileCounts(ImportFile.PERSONS, 0, 0, 4), again.counts(ImportFile.PERSONS).orElseThrow());
        assertEquals(new FileCounts(ImportFile.VACCINATIONS, 0, 0, 3),
                again.counts(ImportFile.VACCINATIONS).orElseThrow());
    }

    @Test
    void aRegisterWithVietnameseHeadingsIsTheSameRegister() throws IOException {
        assertTrue(importPaths(stationWorkbook("M")).ok());
        Path persons = ExcelFiles.workbook(files.resolve("persons.xlsx"), Map.of("Trang_tính1", List.of(
                row("Mã người trong sổ", "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Thôn/bản", "Mã của mẹ"),
                row("A1", "Lò Thị Hoa", "Nữ", "12/04/1998", "Thái", "Mường Kim"),
                row("A2", "Lò Văn Khánh", "Nam", LocalDate.of(2025, 9, 3), "Thái", "Mường Kim", "A1"),
                row("A3", "Hoàng Thị Ngọc Ánh", "F", "1990", "01", "Than Uyên"),
                row("A4", "Giàng A Páo", "Nam", "2019-11-30", "HMông", "Bản Phố Mới"))));

        ImportReport report = importPaths(persons);

        assertTrue(report.ok(), String.join("\n", report.lines(EN)));
        assertEquals(new FileCounts(ImportFile.PERSONS, 0, 0, 4), report.counts(ImportFile.PERSONS).orElseThrow(),
                "the same people, written with Vietnamese headings and other spellings");
        assertEquals(List.of("persons.xlsx › Trang_tính1: 0 mới, 0 cập nhật, 4 không đổi"), report.lines(VI));
    }

    @Test
    void aBadRowInAWorkbookSavesNothingAndNamesItsSheetAndRow() throws IOException {
        long seq = s.database().lastChangeSeq();

        ImportReport report = importPaths(stationWorkbook("X"));

        assertFalse(report.ok());
        List<String> lines = report.lines(EN);
        assertEquals("so-tram-muong-kim.xlsx › persons, line 3, column sex, value “X”: This is not a sex. Write M or F "
                + "(or Nam, Nữ).", lines.get(1));
        // as with CSV files, the doses of a person whose row is wrong cannot name her
        assertTrue(lines.get(2).startsWith("so-tram-muong-kim.xlsx › vaccinations, line 2, column person_ref, value “A2”"),
                lines.get(2));
        assertTrue(report.lines(VI).get(1).startsWith("so-tram-muong-kim.xlsx › persons, dòng 3, cột sex, giá trị “X”"),
                report.lines(VI).get(1));
        assertEquals(0, s.people().count());
        assertEquals(0, count("vaccination"));
        assertEquals(seq, s.database().lastChangeSeq(), "nothing written");
    }

    @Test
    void aCsvSavedByExcelOnAVietnameseWindowsGivesTheSameNamesAsUtf8() throws IOException {
        Path utf8 = Files.createDirectories(files.resolve("utf8")).resolve("persons.csv");
        Files.writeString(utf8, PERSONS_CSV, StandardCharsets.UTF_8);
        assertTrue(importPaths(utf8).ok());
        Path cp1258 = Files.write(Files.createDirectories(files.resolve("cp1258")).resolve("persons.csv"),
                ExcelFiles.windows1258(PERSONS_CSV.replace(',', ';')));

        ImportReport report = importPaths(cp1258);

        assertTrue(report.ok(), String.join("\n", report.lines(EN)));
        assertEquals(new FileCounts(ImportFile.PERSONS, 0, 0, 4), report.counts(ImportFile.PERSONS).orElseThrow(),
                "every name equal to the UTF-8 one: nothing updated");
        assertEquals(List.of("persons.csv: 0 new, 0 updated, 4 unchanged",
                "persons.csv: The file is not saved as UTF-8; it was read as Windows-1258. If a name shows wrong "
                        + "letters, save it in Excel as “CSV UTF-8 (Comma delimited)” and import it again."),
                report.lines(EN));
        assertEquals(1, s.people().all().stream().filter(p -> p.fullName().equals("Hoàng Thị Ngọc Ánh")).count());
    }

    @Test
    void excelsUnicodeTextSeparatedByTabsIsReadAsUtf16() throws IOException {
        Path cp1258 = Files.write(files.resolve("persons.csv"), ExcelFiles.windows1258(PERSONS_CSV));
        assertTrue(importPaths(cp1258).ok());
        Path unicode = Files.write(Files.createDirectories(files.resolve("unicode")).resolve("persons.txt"),
                ExcelFiles.unicodeText(PERSONS_CSV.replace(',', '\t').replace("\n", "\r\n")));

        ImportReport report = importPaths(unicode.getParent());

        assertTrue(report.ok(), String.join("\n", report.lines(EN)));
        assertEquals(List.of("persons.txt: 0 new, 0 updated, 4 unchanged",
                "persons.txt: The file is not saved as UTF-8; it was read as UTF-16 (Unicode). If a name shows wrong "
                        + "letters, save it in Excel as “CSV UTF-8 (Comma delimited)” and import it again."),
                report.lines(EN));
        assertEquals(4, s.people().count());
    }

    @Test
    void aZipBombNamedLikeARegisterIsRefusedWithASentenceAndSavesNothing() throws IOException {
        Path bomb = files.resolve("persons.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write(("<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Sheet1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/_rels/workbook.xml.rels"));
            zip.write(("<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            // after a right first row, 400 MB of spaces: they pack into less than a megabyte
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            zip.write(("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t>ref</t></is></c><c t=\"inlineStr\"><is>"
                    + "<t>full_name</t></is></c><c t=\"inlineStr\"><is><t>sex</t></is></c><c t=\"inlineStr\"><is>"
                    + "<t>birth_date</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 400; i++) {
                zip.write(spaces);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }

        assertTrue(Files.size(bomb) < 2_000_000, Files.size(bomb) + " bytes");

        ImportReport report = importPaths(bomb);

        assertEquals(List.of("Nothing was imported: 1 problem to correct. Correct the files and import again.",
                "persons.xlsx: Unpacked, this workbook is larger than one import reads (or it is damaged), so it was not "
                        + "read. Split its rows into smaller workbooks (for example by year or by village) and import them "
                        + "one after the other."), report.lines(EN));
        assertEquals(0, s.people().count());
    }

    @Test
    void aFolderMixesWorkbooksAndCsvFilesButARegisterIsReadFromOnePlaceOnly() throws IOException {
        Path folder = Files.createDirectories(files.resolve("registers"));
        ExcelFiles.workbook(folder.resolve("so-tram.xlsx"), Map.of("persons", List.of(
                row("ref", "full_name", "sex", "birth_date", "village"),
                row("B1", "Lò Thị Hoa", "F", LocalDate.of(1998, 4, 12), "Mường Kim"))));
        Files.writeString(folder.resolve("vaccinations.csv"), "person_ref,vaccine,date\nB1,TT1,2026-03-02\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("~$so-tram.xlsx"), "Excel's lock file", StandardCharsets.UTF_8);

        ImportReport report = importPaths(folder);

        assertTrue(report.ok(), String.join("\n", report.lines(EN)));
        assertEquals(List.of("so-tram.xlsx › persons: 1 new, 0 updated, 0 unchanged",
                "vaccinations.csv: 1 new, 0 updated, 0 unchanged"), report.lines(EN));

        Files.writeString(folder.resolve("persons.csv"), PERSONS_CSV, StandardCharsets.UTF_8);
        ImportReport twice = importPaths(folder);
        assertFalse(twice.ok());
        assertEquals("so-tram.xlsx › persons: This register is also read from “persons.csv”. Keep only one of the two.",
                twice.lines(EN).get(1));
        assertEquals(1, s.people().count());
    }
}
