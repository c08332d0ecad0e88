package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.common.Messages;

/** The import report of a real package, printed: the package, then each table by the name a health worker knows. */
class ImportReportPdfTest {
    @TempDir
    Path dir;

    private static String text(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** The extractor's spacing between cells varies: lines are compared without spaces. */
    private static boolean hasLine(String text, String line) {
        return text.replaceAll("\\s", "").contains(line.replaceAll("\\s", ""));
    }

    @Test
    void theReportOfAStationsPackageNamesTheStationAndCountsEachKindOfRecordInVietnamese() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            assertEquals(ImportOutcome.Status.IMPORTED, w.centre.sync().importFile(w.export()).status());
            SyncService.ReceivedPackage received = w.centre.sync().received().get(0);
            assertEquals("bao-cao-nhan-03637-0001.pdf", ImportReportPdf.fileName(received.log()));

            Path pdf = dir.resolve(ImportReportPdf.fileName(received.log()));
            new ImportReportPdf(Messages.forLanguage("vi"), w.centre.sync().tables()).write(received, "Mường Kim", pdf);
            String text = text(pdf);

            assertTrue(text.contains("Báo cáo nhận gói đồng bộ"), text);
            assertTrue(text.contains(received.log().fileName()), text);
            assertTrue(text.contains("Gói dữ liệu của trạm"), text);
            assertTrue(text.contains("03637 Mường Kim"), text);
            assertTrue(text.contains("từ số 1 đến số " + received.log().changeTo()), text);
            assertTrue(text.contains("22/11/2026"), text);
            // a mother and her child; one measurement, dose, pregnancy, visit, delivery, stillbirth, death
            for (String line : new String[] {"Thôn/bản 1 0 0 0 1", "Người dân 2 0 0 0 2", "Cân đo 1 0 0 0 1",
                "Tiêm chủng 1 0 0 0 1", "Thai kỳ 1 0 0 0 1", "Khám thai 1 0 0 0 1", "Lần đẻ 1 0 0 0 1",
                "Trẻ sinh 1 0 0 0 1", "Tử vong 1 0 0 0 1", "Tổng cộng 10 0 0 0 10"}) {
                assertTrue(hasLine(text, line), line + " in\n" + text);
            }
            assertTrue(!text.contains("anc_visit") && !text.contains("measurement"), text);
        }
    }

    @Test
    void anOverlappingPackageIsPrintedInEnglishWithTheRowsAlreadyHadCountedUnchanged() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            w.centre.sync().importFile(w.export());
            // no acknowledgement yet: the second package carries the first one's rows again ("already had")
            w.station.people().save(vn.tramyte.testing.TestStation.WORKER, new vn.tramyte.person.PersonDraft(null,
                    "Lò Văn Dũng", vn.tramyte.person.Sex.MALE, java.time.LocalDate.of(1990, 1, 5), false, "03", null,
                    null, null, null, null));
            w.centre.sync().importFile(w.export());
            SyncService.ReceivedPackage second = w.centre.sync().received().get(0);
            assertEquals(2, second.log().packageNo());
            Path pdf = dir.resolve("report.pdf");
            new ImportReportPdf(Messages.forLanguage("en"), w.centre.sync().tables()).write(second, "", pdf);
            String text = text(pdf);
            assertTrue(text.contains("Sync package import report"), text);
            assertTrue(hasLine(text, "People 1 0 2 0 3"), text);
            assertTrue(hasLine(text, "Antenatal visits 0 0 1 0 1"), text);
            assertTrue(hasLine(text, "Total 1 0 10 0 11"), text);
        }
    }

    @Test
    void aTableFromANewerProgramKeepsItsRawNameAndReferenceDataHasItsName() {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            Messages vi = Messages.forLanguage("vi");
            assertEquals("Khám thai", w.centre.sync().tables().label("anc_visit", vi));
            assertEquals("growth_velocity", w.centre.sync().tables().label("growth_velocity", vi));
            assertEquals("Danh mục vắc xin", w.centre.sync().tables().label("vaccine_catalogue", vi),
                    "the centre's reference data in a feedback report");
        }
    }
}
