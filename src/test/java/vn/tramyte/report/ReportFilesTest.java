package vn.tramyte.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.testing.TestStation;

/**
 * The station's 2025 report of ReportFixture written to each file and read back: the CSV
 * contract line by line (values computed by hand in ReportStationTest; intervals from the
 * chi-squared and normal tables), the spreadsheet with POI, the printed table and the records
 * behind a number with OpenPDF's text extractor. The station holds three 2025 targets so that
 * each verdict appears: infant mortality ≤ 25‰ (333.33‰, interval 40.37–1204.11: misses),
 * ANC3 ≥ 50% (2/4: meets), trained attendance ≥ 90% (3/4 = 75%, Wilson 30.06–95.44: not
 * conclusive); and a village whose name a spreadsheet would take for a formula.
 */
class ReportFilesTest {
    static final Set<Population> BOTH = EnumSet.allOf(Population.class);
    static final Messages VI = Messages.forLanguage("vi");
    static final String TODAY = "2026-11-22";

    @TempDir
    static Path dir;
    static Services station;
    static Report report;

    @BeforeAll
    static void aStationWithTheFixtureAndThreeTargets() throws Exception {
        station = TestStation.station(dir.resolve("station"));
        ReportFixture.importInto(station, dir.resolve("registers"));
        String targets = "code_list,place_code,place_name,year,indicator,population,bound,target\n"
                + "2025,03637,Xã Mường Kim,2025,imr,all,max,25\n"
                + "2025,03637,Xã Mường Kim,2025,anc3,all,min,50\n"
                + "2025,03637,Xã Mường Kim,2025,skilled_birth,all,min,90\n";
        station.database().write(TestStation.WORKER, tx -> {
            station.targets().receive(tx, targets.getBytes(StandardCharsets.UTF_8), 1);
            station.places().addVillage(tx, TestStation.MUONG_KIM, "=1+2");
            return null;
        });
        report = station.reports().report(ReportRequest.of(Period.year(2025)));
    }

    @AfterAll
    static void close() {
        station.close();
    }

    private static Path write(ReportFormat format, Set<Population> shown, String name) {
        Path out = dir.resolve("out").resolve(name);
        ReportFiles.Written w = station.reportFiles().write(report, format, shown, VI, out);
        assertEquals(out, w.file());
        assertTrue(Files.isRegularFile(out), out.toString());
        return out;
    }

    // ---- CSV: the contract

    @Test
    void theCsvKeepsItsContractLineByLine() throws Exception {
        Path csv = write(ReportFormat.CSV, BOTH, "bao-cao.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("place_code,place_name,indicator,population,numerator,denominator,value,unit,target,verdict,"
                + "ci_low,ci_high,unstable,data_until", lines.get(0));
        // four rows (Bản Đốc, Bản Mé, the odd village, the commune) × 11 indicators × 2 populations
        assertEquals(1 + 4 * 11 * 2, lines.size());
        List<String> commune = lines.subList(lines.size() - 22, lines.size());
        assertTrue(commune.stream().allMatch(l -> l.startsWith("03637,Xã Mường Kim,")), "the total is last");
        assertEquals(List.of(
                "03637,Xã Mường Kim,imr,all,2,6,333.33,per_1000,25,misses,40.37,1204.11,true," + TODAY,
                "03637,Xã Mường Kim,imr,dtts,2,4,500.00,per_1000,,no_target,60.55,1806.17,true," + TODAY,
                "03637,Xã Mường Kim,u5mr,all,2,6,333.33,per_1000,,no_target,40.37,1204.11,true," + TODAY,
                "03637,Xã Mường Kim,u5mr,dtts,2,4,500.00,per_1000,,no_target,60.55,1806.17,true," + TODAY,
                "03637,Xã Mường Kim,mmr,all,0,6,0.00,per_100000,,no_target,0.00,61481.32,true," + TODAY),
                commune.subList(0, 5));
        assertTrue(commune.contains("03637,Xã Mường Kim,anc3,all,2,4,50.00,percent,50,meets,15.00,85.00,true,"
                + TODAY), String.join("\n", commune));
        assertTrue(commune.contains("03637,Xã Mường Kim,skilled_birth,all,3,4,75.00,percent,90,not_conclusive,"
                + "30.06,95.44,true," + TODAY), String.join("\n", commune));
        // the villages come first, in the report's order
        String banDoc = lines.stream().filter(l -> l.contains(",Bản Đốc,imr,all,")).findFirst().orElseThrow();
        assertTrue(lines.indexOf(banDoc) < lines.size() - 22);
        assertTrue(banDoc.matches("[0-9a-f-]{36},Bản Đốc,imr,all,2,3,666.67,per_1000,,no_target,[0-9.]+,"
                + "[0-9.]+,true," + TODAY), banDoc);
    }

    @Test
    void aCsvRateOnAZeroDenominatorIsEmptyNeverZeroAndAFormulaIsNeutralised() throws Exception {
        List<String> lines = Files.readAllLines(write(ReportFormat.CSV, BOTH, "bao-cao-2.csv"));
        String odd = lines.stream().filter(l -> l.contains(",imr,all,") && l.contains("=1+2")).findFirst().orElseThrow();
        assertTrue(odd.matches("[0-9a-f-]{36},'=1\\+2,imr,all,0,0,,per_1000,,no_data,,,," + TODAY), odd);
        assertEquals("'=SUM(A1)", ReportCsv.safe("=SUM(A1)"));
        assertEquals("'+84 912", ReportCsv.safe("+84 912"));
        assertEquals("'-x", ReportCsv.safe("-x"));
        assertEquals("'@cmd", ReportCsv.safe("@cmd"));
        assertEquals("-2.56", ReportCsv.safe("-2.56"), "a number stays a number");
        assertEquals("Bản Đốc", ReportCsv.safe("Bản Đốc"));
    }

    @Test
    void theCsvOfOnePopulationHasOnlyItsLines() throws Exception {
        List<String> lines = Files.readAllLines(write(ReportFormat.CSV, EnumSet.of(Population.ETHNIC_MINORITY),
                "dtts.csv"));
        assertEquals(1 + 4 * 11, lines.size());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.split(",")[3].equals("dtts")));
    }

    // ---- XLSX, read back with Apache POI

    @Test
    void theSpreadsheetHasASheetPerPopulationFrozenHeadsGroupedColumnsAndColouredVerdictsInWords() throws Exception {
        Path xlsx = write(ReportFormat.XLSX, BOTH, "bao-cao.xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(2, wb.getNumberOfSheets());
            assertEquals("Chung", wb.getSheetName(0));
            assertEquals("Dân tộc thiểu số", wb.getSheetName(1));
            XSSFSheet all = wb.getSheetAt(0);
            assertTrue(all.getRow(0).getCell(0).getStringCellValue().contains("Chung"));
            assertTrue(all.getRow(1).getCell(0).getStringCellValue().contains("Trạm y tế: 03637 – Xã Mường Kim"));
            assertTrue(all.getRow(1).getCell(0).getStringCellValue().contains("Năm 2025"));
            var pane = all.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(5, pane.getHorizontalSplitTopRow(), "the heading and both header rows stay");
            assertEquals(4, pane.getVerticalSplitLeftColumn(), "the place and its data-until stay");
            // the indicator over its five columns
            assertEquals("Tử vong trẻ < 1 tuổi (‰)", all.getRow(3).getCell(4).getStringCellValue());
            assertTrue(all.getMergedRegions().contains(new CellRangeAddress(3, 3, 4, 8)), "IMR's head spans its group");
            assertEquals(List.of("Tử số", "Mẫu số", "Tỷ lệ", "Chỉ tiêu", "Đánh giá"), List.of(
                    text(all, 4, 4), text(all, 4, 5), text(all, 4, 6), text(all, 4, 7), text(all, 4, 8)));
            int total = 8;
            assertEquals("Xã Mường Kim", text(all, total, 1));
            assertEquals(LocalDate.of(2026, 11, 22), all.getRow(total).getCell(2).getLocalDateTimeCellValue()
                    .toLocalDate(), "data until");
            assertEquals(2, all.getRow(total).getCell(4).getNumericCellValue());
            assertEquals(6, all.getRow(total).getCell(5).getNumericCellValue());
            XSSFCell imr = all.getRow(total).getCell(6);
            assertEquals(333.333, imr.getNumericCellValue(), 0.001);
            assertTrue(imr.getCellStyle().getDataFormatString().contains("*"), "unstable is marked");
            assertTrue(imr.getCellComment().getString().getString().contains("KTC 95%: 40,37 – 1.204,11"),
                    imr.getCellComment().getString().getString());
            assertEquals(25, all.getRow(total).getCell(7).getNumericCellValue());
            assertVerdict(all.getRow(total).getCell(8), "Không đạt", "FFC7CE");
            int anc3 = 4 + Indicator.ANC3.ordinal() * 5;
            assertVerdict(all.getRow(total).getCell(anc3 + 4), "Đạt", "C6EFCE");
            int skilled = 4 + Indicator.SKILLED_BIRTH.ordinal() * 5;
            assertVerdict(all.getRow(total).getCell(skilled + 4), "Chưa kết luận được", "FFEB9C");
            // the village a spreadsheet would take for a formula is text; its rates are "—"
            int odd = findRow(all, "=1+2");
            assertEquals(CellType.STRING, all.getRow(odd).getCell(1).getCellType());
            assertEquals("—", text(all, odd, 6));
            assertEquals("Không có số liệu", text(all, odd, 8));
            String notes = columnA(all);
            assertTrue(notes.contains("* Không ổn định: mẫu số dưới 30"), notes);
            assertTrue(notes.contains("Wilson") && notes.contains("Poisson"), notes);
            assertTrue(notes.contains("— : không có tỷ lệ vì mẫu số bằng 0"), notes);
            assertTrue(notes.contains("Chú giải màu"), notes);
            XSSFSheet dtts = wb.getSheetAt(1);
            assertEquals(4, dtts.getRow(total).getCell(5).getNumericCellValue(), "DTTS live births");
        }
    }

    private static void assertVerdict(XSSFCell cell, String words, String fill) {
        assertEquals(words, cell.getStringCellValue());
        assertEquals("FF" + fill, cell.getCellStyle().getFillForegroundXSSFColor().getARGBHex());
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        return sheet.getRow(row).getCell(col).getStringCellValue();
    }

    private static int findRow(XSSFSheet sheet, String name) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row != null && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
                    && row.getCell(1).getStringCellValue().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static String columnA(XSSFSheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            var row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
                sb.append(row.getCell(0).getStringCellValue()).append('\n');
            }
        }
        return sb.toString();
    }

    // ---- PDF, read back with OpenPDF's text extractor

    static String pdfText(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder sb = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                sb.append(extractor.getTextFromPage(p)).append("\n<page>\n");
            }
            return sb.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void thePrintedTableNamesTheStationAndPeriodWithDataUntilPageNumbersAndTheLegend() throws Exception {
        Path pdf = write(ReportFormat.PDF, BOTH, "bao-cao.pdf");
        String text = pdfText(pdf);
        assertTrue(text.contains("Báo cáo chỉ tiêu kế hoạch – Chung"), text);
        assertTrue(text.contains("Báo cáo chỉ tiêu kế hoạch – Dân tộc thiểu số"), text);
        assertTrue(text.contains("Trạm y tế: 03637 – Xã Mường Kim"), text);
        assertTrue(text.contains("Năm 2025 (01/01/2025 – 31/12/2025)"), text);
        assertTrue(text.contains("Lập ngày 22/11/2026"), text);
        assertTrue(text.contains("Bản Đốc"), text);
        assertTrue(text.contains("Trang 1/2"), text);
        assertTrue(text.contains("Trang 2/2"), text);
        assertTrue(text.contains("333,33‰ *"), "the rate with its unit and unstable mark");
        assertTrue(text.contains("Không đạt") && text.contains("Chưa kết luận được"), text);
        assertTrue(text.contains("Chú giải màu"), text);
        assertTrue(text.contains("—"), "no rate");
        assertTrue(text.contains("Số liệu đã đến hết kỳ (31/12/2025)"), text);
    }

    @Test
    void thePrintedTableInEnglish() throws Exception {
        Path pdf = dir.resolve("out").resolve("report-en.pdf");
        station.reportFiles().write(report, ReportFormat.PDF, EnumSet.of(Population.ALL), Messages.forLanguage("en"),
                pdf);
        String text = pdfText(pdf);
        assertTrue(text.contains("Plan indicators report – All") || text.contains("Plan indicators report"), text);
        assertTrue(text.contains("Health station: 03637 – Xã Mường Kim"), text);
        assertTrue(text.contains("Page 1/1"), text);
        assertTrue(text.contains("333.33‰ *"), text);
    }

    @Test
    void theRecordsBehindANumberArePrintedWithWhyTheyCount() throws Exception {
        Path pdf = dir.resolve("out").resolve("ho-so.pdf");
        ReportFiles.Written w = station.reportFiles().writeRecords(report, report.total().place(), Indicator.IMR,
                Population.ALL, VI, pdf);
        assertEquals(8, w.items(), "2 deaths and 6 live births");
        String text = pdfText(pdf);
        assertTrue(text.contains("Danh sách sau số liệu: " + VI.get(Indicator.IMR.messageKey())), text);
        assertTrue(text.contains("Tử số 2 · Mẫu số 6 · Tỷ lệ 333,33‰ *"), text);
        assertTrue(text.contains("Lò Văn Tú"), text);
        assertTrue(text.contains("Lường Văn Bình"), text);
        assertTrue(text.contains("Tử vong dưới 1 tuổi (3 tháng tuổi)"), text);
        assertTrue(text.contains("Hoàng Văn Nam"), "the child registered without a delivery is in the denominator");
        assertTrue(text.contains("Trang 1/1"), text);
        assertTrue(text.indexOf("Lò Văn Tú") < text.indexOf("Hoàng Văn Nam"), "the numerator's records first");
    }

    @Test
    void aFileIsReplacedWholeAndNoPartIsLeftBehind() throws Exception {
        Path out = dir.resolve("out").resolve("lai.csv");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "old");
        station.reportFiles().write(report, ReportFormat.CSV, BOTH, VI, out);
        assertTrue(Files.readString(out).startsWith("place_code,"));
        try (var files = Files.list(out.getParent())) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
        UserError e = assertThrows(UserError.class, () -> station.reportFiles().write(report, ReportFormat.CSV, BOTH,
                VI, out.resolve("not-a-folder.csv")));
        String said = e.describe(VI);
        assertTrue(said.startsWith("Không ghi được tệp " + out.resolve("not-a-folder.csv") + " ("), said);
        assertFalse(said.matches("(?s).*(Exception|java\\.|directory|exists).*"), "issue 17: words, not Java's: " + said);
    }
}
