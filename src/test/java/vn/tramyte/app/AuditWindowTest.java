package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.audit.ReadableLine;
import vn.tramyte.audit.ui.AuditView;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.PdfText;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/** Issue 13: the audit page in the real window: a person's history, the check, printed; nothing cut at 1366x768. */
class AuditWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @Test
    void aPersonsHistoryIsFoundByNameCheckedAndPrinted() throws Exception {
        Path station = dir.resolve("station");
        try (Services s = TestStation.station(station)) {
            var hoa = s.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft(), "Bản Mường");
            s.people().save(TestStation.WORKER, new PersonDraft(hoa, "Lò Thị Hoà", Sex.FEMALE,
                    LocalDate.of(1996, 3, 8), false, "03", s.places().ownVillages().get(0).id(), null, null, null,
                    "0912345678"));
        }
        startWindow(station, "vi");
        resizeWindow(1366, 768);
        clickOn((Node) waitFor("#nav-audit"));
        Path pdf = dir.resolve("nhat-ky.pdf");
        AuditView.usePdfChooser(waitFor("#auditPage"), owner -> Optional.of(pdf));
        TableView<ReadableLine> lines = waitFor("#auditLines");
        waitUntil(() -> lines.getItems().size() >= 3);

        clickOn("#auditPersonQuery").write("lo thi hoa");
        clickOn("#auditFindPerson");
        waitUntil(() -> lines.getItems().size() == 2);
        ReadableLine changed = lines.getItems().get(0);
        assertEquals("Lò Thị Hoà", changed.record());
        assertEquals("Sửa", changed.action());
        assertEquals("Họ và tên: Lò Thị Hoa → Lò Thị Hoà; Điện thoại: (trống) → 0912345678", changed.what());
        assertEquals(TestStation.LOGGED_IN, changed.who());

        clickOn("#auditCheck");
        Label verdict = lookup("#auditVerdict").query();
        waitUntil(() -> verdict.getText().startsWith("Nhật ký còn nguyên vẹn: "));
        waitUntilIdle();
        interact(() -> ScreenCheck.screenshot(stage.getScene(), "audit-page"));
        assertEquals(java.util.List.of(), ScreenCheck.cutTexts(stage.getScene().getRoot()), "nothing cut at 1366x768");

        clickOn("#auditPrint");
        Label message = lookup("#auditMessage").query();
        waitUntil(() -> message.getText().startsWith("Đã ghi bản in vào "));
        assertTrue(Files.exists(pdf));
        String printed = PdfText.all(pdf);
        assertTrue(printed.contains("Hồ sơ: Lò Thị Hoà – sinh 08/03/1996"), printed);
        stopWindow();
    }
}
