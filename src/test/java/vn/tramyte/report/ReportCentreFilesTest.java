package vn.tramyte.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.place.CodeList;
import vn.tramyte.plan.Population;
import vn.tramyte.sync.ImportOutcome;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;

/**
 * The Than Uyên centre after one of its twelve stations (Mường Kim, the ReportFixture registers)
 * sent its data package on 22/11/2026: every file says per commune up to when its data has
 * arrived, marks the eleven others incomplete, and DHIS2 gets only the commune it knows about.
 */
class ReportCentreFilesTest {
    static final Messages VI = Messages.forLanguage("vi");

    @TempDir
    static Path dir;
    static Services centre;
    static Report report;

    @BeforeAll
    static void aCentreWithOnePackageArrived() throws Exception {
        centre = TestStation.centre(dir.resolve("centre"));
        var enrolment = centre.sync().enrol(TestStation.MUONG_KIM, dir.resolve("enrol"));
        try (Services station = vn.tramyte.testing.TestStation.open(dir.resolve("station"))) {
            station.sync().setUpFromEnrolment(enrolment.file(), enrolment.code(), TestStation.admin(TestStation.WORKER));
            ReportFixture.importInto(station, dir.resolve("registers"));
            Path pkg = station.sync().export(dir.resolve("usb"));
            assertEquals(ImportOutcome.Status.IMPORTED, centre.sync().importFile(pkg).status());
        }
        report = centre.reports().report(new ReportRequest(Period.year(2025), CodeList.Y2024, null));
    }

    @AfterAll
    static void close() {
        centre.close();
    }

    private static Path write(ReportFormat f, String name) {
        Path out = dir.resolve("out").resolve(name);
        centre.reportFiles().write(report, f, EnumSet.allOf(Population.class), VI, out);
        return out;
    }

    @Test
    void theCsvGivesEachCommuneItsDataUntilAndTheTotalNoneWhileAStationIsMissing() throws Exception {
        List<String> lines = Files.readAllLines(write(ReportFormat.CSV, "trung-tam.csv"));
        assertEquals(1 + 13 * 22, lines.size(), "twelve communes and the centre");
        assertTrue(lines.contains("03637,Xã Mường Kim,imr,all,2,6,333.33,per_1000,,no_target,40.37,1204.11,true,"
                + "2026-11-22"), String.join("\n", lines));
        assertTrue(lines.contains("03640,Xã Tà Gia,imr,all,0,0,,per_1000,,no_data,,,,"), "no data arrived");
        assertTrue(lines.get(lines.size() - 1).matches("110,Huyện Than Uyên,tetanus_protected,dtts,.*,"),
                lines.get(lines.size() - 1));
    }

    @Test
    void theSpreadsheetSaysPerCommuneUpToWhenAndWhichAreIncomplete() throws Exception {
        try (InputStream in = Files.newInputStream(write(ReportFormat.XLSX, "trung-tam.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Chung");
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("Trung tâm y tế: 110 – Huyện Than Uyên"));
            assertTrue(sheet.getRow(2).getCell(0).getStringCellValue().contains("Đủ số liệu: 1/12 xã"));
            assertEquals("Xã", sheet.getRow(3).getCell(1).getStringCellValue());
            int muongKim = -1;
            int taGia = -1;
            for (int r = 5; r < 5 + 13; r++) {
                String code = sheet.getRow(r).getCell(0).getStringCellValue();
                muongKim = code.equals("03637") ? r : muongKim;
                taGia = code.equals("03640") ? r : taGia;
            }
            assertEquals(LocalDate.of(2026, 11, 22), sheet.getRow(muongKim).getCell(2).getLocalDateTimeCellValue()
                    .toLocalDate());
            assertEquals("Đủ", sheet.getRow(muongKim).getCell(3).getStringCellValue());
            assertEquals("Chưa có số liệu", sheet.getRow(taGia).getCell(2).getStringCellValue());
            assertEquals("Chưa đủ", sheet.getRow(taGia).getCell(3).getStringCellValue());
            assertEquals("1/12", sheet.getRow(17).getCell(3).getStringCellValue(), "the total counts complete communes");
            StringBuilder notes = new StringBuilder();
            for (int r = 18; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r) != null && sheet.getRow(r).getCell(0) != null) {
                    notes.append(sheet.getRow(r).getCell(0).getStringCellValue()).append('\n');
                }
            }
            assertTrue(notes.toString().contains("Chưa đủ số liệu đến hết kỳ (31/12/2025)"), notes.toString());
            assertTrue(notes.toString().contains("Xã Tà Gia (Chưa có số liệu)"), notes.toString());
            assertFalse(notes.toString().contains("Xã Mường Kim ("), "Mường Kim is complete: " + notes);
        }
    }

    @Test
    void thePrintedTableNamesTheCentreAndEachCommunesDataUntilOnNumberedPages() throws Exception {
        Path pdf = write(ReportFormat.PDF, "trung-tam.pdf");
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            int pages = reader.getNumberOfPages();
            assertTrue(pages >= 2, pages + " pages: a population per page at least");
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String first = extractor.getTextFromPage(1);
            assertTrue(first.contains("Trung tâm y tế: 110 – Huyện Than Uyên"), first);
            assertTrue(first.contains("Kỳ báo cáo: Năm 2025 (01/01/2025 – 31/12/2025) · Danh mục xã 2024"), first);
            assertTrue(first.contains("Trang 1/" + pages), first);
            for (int p = 1; p <= pages; p++) {
                String text = extractor.getTextFromPage(p);
                assertTrue(text.contains("Số liệu đến") && text.contains("Tử vong trẻ"), "page " + p + ": "
                        + text);
                assertTrue(text.contains("Trang " + p + "/" + pages), text);
            }
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                all.append(extractor.getTextFromPage(p));
            }
            assertTrue(all.toString().contains("Xã Mường Kim"));
            assertTrue(all.toString().contains("22/11/2026"), "Mường Kim's data until");
            assertTrue(all.toString().contains("Chưa có số liệu"), "the others'");
            assertTrue(all.toString().contains("Đủ số liệu: 1/12 xã"));
        } finally {
            reader.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void dhis2GetsTheCommunesItKnowsAboutNeverTheCentresTotal() throws Exception {
        Path json = write(ReportFormat.DHIS2_JSON, "trung-tam.json");
        Map<String, Object> set = (Map<String, Object>) Dhis2ExportTest.parse(json);
        List<Map<String, Object>> values = Dhis2ExportTest.dataValues(set);
        assertEquals(44, values.size());
        assertTrue(values.stream().allMatch(v -> v.get("orgUnit").equals("03637")), "only Mường Kim: " + values);
        assertEquals("2", Dhis2ExportTest.valueOf(values, "TYT_IMR_NUM", "ALL"));
    }
}
