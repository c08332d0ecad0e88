package vn.tramyte.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.PdfText;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/** The audit page's view model, without a screen: filters, a person's history, the check and the PDF. */
class AuditViewModelTest {

    private static AuditViewModel vm(Services s) {
        return new AuditViewModel(s.audit(), TaskRunner.synchronous(), new Messages(Messages.VIETNAMESE),
                "Trạm Y tế Mường Kim", TestClock.fixed());
    }

    private static void twoPeople(Services s) {
        var hoa = s.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft(), "Bản Mường");
        s.people().save(TestStation.WORKER, new PersonDraft(hoa, "Lò Thị Hoà", Sex.FEMALE,
                LocalDate.of(1996, 3, 8), false, "03", s.places().ownVillages().get(0).id(), null, null, null, null));
        s.people().save(TestStation.WORKER, new PersonDraft(null, "Tòng Văn Nam", Sex.MALE,
                LocalDate.of(2025, 1, 15), false, "03", s.places().ownVillages().get(0).id(), null, null, null, null));
    }

    @Test
    void thePageOpensOnTheNewestLinesAndFindsAPersonsHistoryByAName(@TempDir Path dir) {
        try (Services s = TestStation.station(dir)) {
            twoPeople(s);
            AuditViewModel vm = vm(s);
            vm.load();
            assertEquals("Mọi người dùng", vm.users().get(0).label());
            assertTrue(vm.users().stream().anyMatch(c -> TestStation.LOGGED_IN.equals(c.value())));
            assertTrue(vm.tables().stream().anyMatch(c -> c.label().equals("Người dân") && "person".equals(c.value())));
            int all = vm.lines().size();
            assertTrue(all >= 4, "the administrator, a village, two people, a change");
            assertEquals(all + " thay đổi, mới nhất ở trên.", vm.messageProperty().get());

            vm.personQueryProperty().set("lo thi hoa");
            vm.searchPeople();
            assertEquals(1, vm.people().size());
            assertEquals("Lò Thị Hoà – sinh 08/03/1996 – Bản Mường", vm.personProperty().get().label());
            assertEquals(2, vm.lines().size());
            assertEquals("Sửa", vm.lines().get(0).action());
            assertEquals("Họ và tên: Lò Thị Hoa → Lò Thị Hoà", vm.lines().get(0).what());
            assertEquals("Thêm mới", vm.lines().get(1).action());

            vm.clearPerson();
            assertEquals(all, vm.lines().size());
        }
    }

    @Test
    void daysTheWrongWayRoundAreSaidAndTheOldLinesStay(@TempDir Path dir) {
        try (Services s = TestStation.station(dir)) {
            twoPeople(s);
            AuditViewModel vm = vm(s);
            vm.load();
            int all = vm.lines().size();
            vm.fromProperty().set(LocalDate.of(2026, 11, 23));
            vm.toProperty().set(LocalDate.of(2026, 11, 1));
            vm.show();
            assertTrue(vm.failedProperty().get());
            assertEquals("Ngày \"đến\" phải sau ngày \"từ\"; hãy sửa lại khoảng ngày.", vm.messageProperty().get());
            assertEquals(all, vm.lines().size());
            vm.toProperty().set(null);
            vm.show();
            assertFalse(vm.failedProperty().get());
            assertEquals(0, vm.lines().size(), "nothing was changed after 22/11/2026");
        }
    }

    @Test
    void theCheckSaysTheLogIsWholeAndThePrintedListHoldsTheLinesAndTheFilter(@TempDir Path dir) throws Exception {
        try (Services s = TestStation.station(dir)) {
            twoPeople(s);
            AuditViewModel vm = vm(s);
            vm.load();
            vm.check();
            assertFalse(vm.brokenProperty().get());
            assertTrue(vm.verdictProperty().get().startsWith("Nhật ký còn nguyên vẹn: "), vm.verdictProperty().get());
            vm.personQueryProperty().set("Tòng Văn Nam");
            vm.searchPeople();
            Path pdf = dir.resolve("in").resolve("nhat-ky.pdf");
            vm.print(pdf);
            String printed = PdfText.all(pdf);
            assertTrue(printed.contains("Nhật ký thay đổi"), printed);
            assertTrue(printed.contains("Trạm Y tế Mường Kim"), printed);
            assertTrue(printed.contains("Hồ sơ: Tòng Văn Nam – sinh 15/01/2025"), printed);
            assertTrue(printed.contains("Thêm mới"), printed);
            assertFalse(printed.contains("Lò Thị Hoa"), "only the chosen person's lines: " + printed);
        }
    }
}
