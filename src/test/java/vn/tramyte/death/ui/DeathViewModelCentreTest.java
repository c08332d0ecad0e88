package vn.tramyte.death.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.testing.TwoCommunes.TA_MUNG;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.common.ui.Forms;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.death.DeathRow;
import vn.tramyte.testing.PdfText;
import vn.tramyte.testing.TwoCommunes;

/** The death register at a centre: all communes first, then the commune chosen; its PDF names it. */
class DeathViewModelCentreTest {
    @TempDir
    Path dir;

    @Test
    void theRegisterOfOneCommuneAndItsPdf() throws Exception {
        try (Services s = TwoCommunes.centre(dir)) {
            DeathViewModel vm = new DeathViewModel(s.deaths(), s.people(), s.places(), TaskRunner.synchronous(),
                    Messages.forLanguage("vi"), "Nguyễn Thị Thu Hà", false, () -> { });
            vm.refresh();
            assertTrue(vm.communes().centre());
            assertEquals(List.of("Lò Văn Lả", "Hoàng Văn Sáng"), vm.register.stream().map(DeathRow::fullName).toList());
            vm.communes().communeProperty().set(TA_MUNG);
            assertEquals(List.of("Hoàng Văn Sáng"), vm.register.stream().map(DeathRow::fullName).toList());

            Path pdf = dir.resolve("so-tu-vong.pdf");
            vm.exportPdf(pdf, new Forms.TableText(List.of("Ngày mất", "Họ và tên", "Xã"), new float[] {100, 160, 100},
                    List.of(List.of("01/10/2026", "Hoàng Văn Sáng", "Tà Mung"))));
            String text = PdfText.all(pdf);
            assertTrue(text.contains("Trung tâm Y tế Than Uyên – Trạm Y tế Tà Mung"), text);
            assertTrue(text.contains("Sổ tử vong") && text.contains("Trang 1/1"), text);
        }
    }
}
