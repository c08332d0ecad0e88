package vn.tramyte.antenatal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterPdfTest {
    @Test
    void aRegisterOfManyRowsIsWrittenAsAPdfWithTheFontEmbedded(@TempDir Path dir) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(List.of("0" + i + "/11/2026", "Lò Thị Hoa " + i, "Bản Đốc", "Trạm y tế", "Nữ hộ sinh",
                    "Trẻ 1: Đẻ sống Nam 2400 g (nhẹ cân dưới 2500 g)"));
        }
        Path pdf = dir.resolve("so-de.pdf");
        RegisterPdf.write(pdf, "Sổ đẻ", "Từ ngày 01/11/2026 đến ngày 22/11/2026",
                List.of("Ngày đẻ", "Họ và tên", "Thôn/bản", "Nơi đẻ", "Người đỡ đẻ", "Trẻ"),
                new float[] {85, 160, 100, 100, 140, 260}, rows);
        byte[] bytes = Files.readAllBytes(pdf);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF"));
        assertTrue(text.contains("DejaVuSans"), "font embedded");
        assertTrue(text.contains("/Count 3") || text.contains("/Count 4") || text.contains("/Count 5"),
                "several pages");
    }
}
