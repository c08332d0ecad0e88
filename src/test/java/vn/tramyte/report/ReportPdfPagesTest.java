package vn.tramyte.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.plan.Population;
import vn.tramyte.testing.TestStation;

/** A table longer than a page: the header row again at the top of the next page, "Trang 2/2" at its foot. */
class ReportPdfPagesTest {
    static final List<String> VILLAGES = List.of("Bản Mường", "Bản Lun", "Bản Phiêng Phát", "Bản Nà Ban",
            "Bản Nà Đông", "Bản Khì", "Bản Sài Lương", "Bản Hô Ta", "Bản Nà Khương", "Bản Pá Khoang",
            "Bản Phiêng Đanh", "Bản Thẳm Phé", "Bản Noong Quài", "Bản Mè", "Bản Tòng Pu", "Bản Hua Ngò", "Bản Nà Phát",
            "Bản Phiêng Cằm", "Bản Chiềng Ban", "Bản Hát Lóong", "Bản Huổi Pha", "Bản Ít Luông", "Bản Nậm Sỏ",
            "Bản Co Muông", "Bản Khau Hào", "Bản Đán Đăm", "Bản Xẻ Củ", "Bản Nà Cạn");

    @TempDir
    Path dir;

    @Test
    void theHeaderRowIsRepeatedOnEveryPage() throws Exception {
        try (Services s = TestStation.station(dir.resolve("station"))) {
            s.database().write(TestStation.WORKER, tx -> {
                VILLAGES.forEach(v -> s.places().addVillage(tx, TestStation.MUONG_KIM, v));
                return null;
            });
            Report r = s.reports().report(ReportRequest.of(Period.quarter(2026, 3)));
            Path pdf = dir.resolve("dai.pdf");
            s.reportFiles().write(r, ReportFormat.PDF, EnumSet.of(Population.ALL), Messages.forLanguage("vi"), pdf);
            PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
            try {
                int pages = reader.getNumberOfPages();
                assertTrue(pages >= 2, pages + " pages");
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                String second = extractor.getTextFromPage(2);
                assertFalse(second.contains("Báo cáo chỉ tiêu kế hoạch"), "the heading is on the first page only");
                // the head cells wrap their words, so the extractor gives each line apart
                assertTrue(second.contains("Thôn/bản") && second.contains("Số liệu đến")
                        && second.contains("Tử vong trẻ"), second);
                assertTrue(second.contains("Trang 2/" + pages), second);
                StringBuilder all = new StringBuilder();
                for (int p = 1; p <= pages; p++) {
                    all.append(extractor.getTextFromPage(p));
                }
                for (String v : VILLAGES) {
                    assertTrue(all.toString().contains(v), v);
                }
            } finally {
                reader.close();
            }
        }
    }
}
