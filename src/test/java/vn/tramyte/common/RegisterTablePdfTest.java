package vn.tramyte.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.testing.PdfText;

class RegisterTablePdfTest {
    /** The A3 register's columns as the screen sizes them: dates narrow beside the wide visit columns. */
    private static final List<String> A3_HEADERS = List.of("Họ và tên", "Xã", "Năm sinh", "Thôn/bản", "Ngày đầu kỳ kinh cuối",
            "Ngày dự kiến sinh", "Ba tháng đầu", "Ba tháng giữa", "Ba tháng cuối", "Uốn ván", "Cần chú ý");
    private static final float[] A3_WIDTHS = {160, 100, 75, 100, 100, 100, 230, 230, 230, 90, 480};

    @Test
    void aRegisterOfManyRowsIsWrittenAsAPdfWithTheFontEmbedded(@TempDir Path dir) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(List.of("0" + i + "/11/2026", "Lò Thị Hoa " + i, "Bản Đốc", "Trạm y tế", "Nữ hộ sinh",
                    "Trẻ 1: Đẻ sống Nam 2400 g (nhẹ cân dưới 2500 g)"));
        }
        Path pdf = dir.resolve("so-de.pdf");
        RegisterTablePdf.write(Messages.forLanguage("vi"), pdf, new ListPdf.Heading("Trạm Y tế Mường Kim", "Sổ đẻ",
                        List.of("Từ ngày 01/11/2026 đến ngày 22/11/2026"), LocalDate.of(2026, 11, 22)),
                List.of("Ngày đẻ", "Họ và tên", "Thôn/bản", "Nơi đẻ", "Người đỡ đẻ", "Trẻ"),
                new float[] {85, 160, 100, 100, 140, 260}, rows);
        byte[] bytes = Files.readAllBytes(pdf);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF"));
        assertTrue(text.contains("DejaVuSans"), "font embedded");
        List<String> pages = PdfText.pages(pdf);
        assertTrue(pages.size() >= 3, "several pages: " + pages.size());
        int n = pages.size();
        for (int i = 0; i < n; i++) {
            assertTrue(pages.get(i).contains("Trang " + (i + 1) + "/" + n), pages.get(i));
            assertTrue(pages.get(i).replaceAll("\\s", "").contains("Ngườiđỡđẻ"), "the header on page " + (i + 1));
            assertTrue(pages.get(i).contains("In ngày 22/11/2026"), pages.get(i));
        }
    }

    @Test
    void theA3RegisterAtACentreNamesTheCentreAndCommuneAndNoDateIsCutInTwo(@TempDir Path dir) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String day = String.format("%02d/02/2025", 1 + i % 28);
            rows.add(List.of("Lò Thị Hoa " + i, i % 2 == 0 ? "Mường Kim" : "Tà Mung", "1998", "Bản Đốc", day,
                    "21/11/2025", "21/02/2025 (12), 14/03/2025 (15)", "", "", "Mũi 2",
                    "Chưa khám đủ 3 lần trong 3 thời kỳ; chưa tiêm đủ uốn ván"));
        }
        Path pdf = dir.resolve("a3.pdf");
        RegisterTablePdf.write(Messages.forLanguage("vi"), pdf, new ListPdf.Heading(
                        "Trung tâm Y tế Than Uyên – tất cả 12 trạm y tế xã", "Sổ khám thai (A3)",
                        List.of("Từ ngày 01/01/2025 đến ngày 22/11/2026"), LocalDate.of(2026, 11, 22)),
                A3_HEADERS, A3_WIDTHS, rows);
        List<String> pages = PdfText.pages(pdf);
        assertEquals(2, pages.size(), "forty women fill two pages");
        String first = pages.get(0);
        assertTrue(first.contains("Trung tâm Y tế Than Uyên – tất cả 12 trạm y tế xã"), first);
        assertTrue(first.contains("Trang 1/2"), first);
        assertTrue(pages.get(1).contains("Trang 2/2"), pages.get(1));
        // a header cell may wrap between words: compared without spaces
        assertTrue(pages.get(1).replaceAll("\\s", "").contains("Ngàydựkiếnsinh"),
                "the header repeated on page 2: " + pages.get(1));
        String all = String.join("\n", pages);
        for (List<String> row : rows) {
            assertTrue(all.contains(row.get(4)), "the date " + row.get(4) + " on one line");
        }
        assertTrue(all.contains("21/11/2025") && all.contains("21/02/2025"), all);
    }
}
