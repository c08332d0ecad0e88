package vn.tramyte.vaccination.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.testing.TwoCommunes.MUONG_KIM;
import static vn.tramyte.testing.TwoCommunes.TA_MUNG;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.place.ui.CommuneFilter;
import vn.tramyte.testing.HeldRunner;
import vn.tramyte.testing.PdfText;
import vn.tramyte.testing.TwoCommunes;
import vn.tramyte.testing.XlsxCells;
import vn.tramyte.vaccination.ExportFormat;

/** The vaccination page at a centre: a commune choice, defaulting to all communes, for every list. */
class VaccinationViewModelCentreTest {
    @TempDir
    Path dir;
    Services s;
    VaccinationViewModel vm;

    @BeforeEach
    void centre() {
        s = TwoCommunes.centre(dir);
        vm = new VaccinationViewModel(s.vaccination(), s.people(), s.places(), TaskRunner.synchronous(),
                Messages.forLanguage("vi"), "Nguyễn Thị Thu Hà", false);
        vm.refresh();
        vm.dueTab().dueDayProperty().set(LocalDate.of(2026, 12, 1));
        vm.registerTab().registerYearProperty().set(2025);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private List<String> dueNames() {
        return vm.dueTab().dueLines().stream().filter(l -> !l.isHeading()).map(l -> l.row().child().name()).distinct().toList();
    }

    @Test
    void theListsStartWithAllCommunesEachNamedAndGroupedByCommuneAndVillage() {
        CommuneFilter f = vm.communes();
        assertTrue(f.centre(), "the commune choice is shown at a centre");
        assertEquals(13, f.communes().size(), "all communes, then the centre's 12");
        assertEquals(CommuneFilter.ALL, f.communeProperty().get());
        assertEquals("Tất cả các xã", f.text(f.communeProperty().get()));
        assertEquals(List.of("Lò Thị Mai", "Lò Thị Phúc", "Lò Văn An", "Hoàng Thị Hạnh", "Hoàng Thị Nga",
                "Hoàng Văn Bình"), dueNames());
        assertEquals(List.of("Mường Kim: Bản Đốc (3 trẻ)", "Tà Mung: Bản Lướt (3 trẻ)"),
                vm.dueTab().dueLines().stream().filter(DueLine::isHeading).map(l -> l.commune() + ": " + l.heading()).toList());
        assertTrue(vm.dueTab().dueLines().stream().allMatch(l -> l.commune() != null), "the commune column of every line");
        assertEquals(List.of(CommuneFilter.ALL, "Bản Lướt", "Bản Đốc"), vm.dueTab().villages());
    }

    @Test
    void choosingACommuneKeepsOnlyItsChildrenAndOffersItsVillages() {
        vm.communes().communeProperty().set(TA_MUNG);
        assertEquals(List.of("Hoàng Thị Hạnh", "Hoàng Thị Nga", "Hoàng Văn Bình"), dueNames());
        assertTrue(vm.dueTab().defaulterLines().stream().filter(l -> !l.isHeading())
                .allMatch(l -> l.row().child().commune().equals("Tà Mung")));
        assertEquals(List.of(CommuneFilter.ALL, "Bản Lướt"), vm.dueTab().villages());
        vm.dueTab().dueVillageProperty().set("Bản Lướt");
        assertEquals(3, dueNames().size());
        // another commune: its villages, and the village choice back to all
        vm.communes().communeProperty().set(MUONG_KIM);
        assertEquals(CommuneFilter.ALL, vm.dueTab().dueVillageProperty().get());
        assertEquals(List.of(CommuneFilter.ALL, "Bản Đốc"), vm.dueTab().villages());
        assertEquals(List.of("Lò Thị Mai", "Lò Thị Phúc", "Lò Văn An"), dueNames());
    }

    @Test
    void theListsAreReadForATabSomeoneOpensNotWhileItIsHidden() {
        vm.dueTab().list().shownProperty().set(false);
        vm.registerTab().list().shownProperty().set(false);
        vm.communes().communeProperty().set(TA_MUNG);
        assertEquals(6, dueNames().size(), "a hidden due list is not read again: still every commune's children");
        assertEquals(2, vm.registerTab().register().size(), "nor a hidden register");
        vm.dueTab().list().shownProperty().set(true);
        assertEquals(List.of("Hoàng Thị Hạnh", "Hoàng Thị Nga", "Hoàng Văn Bình"), dueNames(), "read once shown");
        vm.registerTab().list().shownProperty().set(true);
        assertEquals(List.of("Hoàng Thị Nga"), vm.registerTab().register().stream().map(r -> r.child().fullName())
                .toList());
    }

    @Test
    void whileAnotherCommunesListIsReadTheOldOneIsNotShownAndTheListSaysItIsBeingRead() {
        HeldRunner runner = new HeldRunner();
        VaccinationViewModel page = new VaccinationViewModel(s.vaccination(), s.people(), s.places(), runner,
                Messages.forLanguage("vi"), "Nguyễn Thị Thu Hà", false);
        page.refresh();
        page.dueTab().dueDayProperty().set(LocalDate.of(2026, 12, 1));
        assertEquals(6, page.dueTab().dueLines().stream().filter(l -> !l.isHeading()).map(l -> l.row().child().name())
                .distinct().count());
        runner.hold();
        page.communes().communeProperty().set(TA_MUNG);
        assertTrue(page.dueTab().list().readingProperty().get(), "the tables say the list is being read");
        assertEquals(List.of(), page.dueTab().dueLines(), "not the children of every commune under Tà Mung");
        assertEquals(List.of(), page.registerTab().register());
        assertEquals("", page.dueTab().dueTotalsProperty().get());
        runner.answerAll();
        assertFalse(page.dueTab().list().readingProperty().get());
        assertEquals(3, page.dueTab().dueLines().stream().filter(l -> !l.isHeading()).map(l -> l.row().child().name())
                .distinct().count());
        assertEquals(1, page.registerTab().register().size());
    }

    @Test
    void registerA21GivesItsFiguresPerCommuneNeverOneMixedTally() {
        assertEquals(2, vm.registerTab().register().size());
        assertEquals(2, vm.registerTab().registerTallies().size());
        assertEquals("Mường Kim: 1 trẻ, 0 trẻ tiêm chủng đầy đủ · Tà Mung: 1 trẻ, 0 trẻ tiêm chủng đầy đủ",
                vm.registerTab().registerSummaryProperty().get());
        vm.communes().communeProperty().set(MUONG_KIM);
        assertEquals(List.of("Lò Thị Mai"), vm.registerTab().register().stream().map(r -> r.child().fullName()).toList());
        assertEquals("Mường Kim: 1 trẻ, 0 trẻ tiêm chủng đầy đủ", vm.registerTab().registerSummaryProperty().get());
    }

    @Test
    void printedListsNameTheCentreAndTheCommune() throws Exception {
        Path a21 = dir.resolve("so-A2.1-2025.pdf");
        vm.registerTab().printRegister(a21);
        String register = PdfText.all(a21);
        assertTrue(register.contains("Trung tâm Y tế Than Uyên – tất cả 12 trạm y tế xã"), register);
        assertTrue(register.contains("Mường Kim: 1 trẻ, 0 trẻ tiêm chủng đầy đủ")
                && register.contains("Tà Mung: 1 trẻ, 0 trẻ tiêm chủng đầy đủ"), register);
        assertTrue(register.contains("In ngày 22/11/2026") && register.contains("Trang 1/1"), register);

        vm.communes().communeProperty().set(MUONG_KIM);
        Path due = dir.resolve("den-han.pdf");
        vm.dueTab().exportDueList(due, ExportFormat.PDF, false);
        String list = PdfText.all(due);
        assertTrue(list.contains("Trung tâm Y tế Than Uyên – Trạm Y tế Mường Kim"), list);
        assertTrue(list.contains("Mường Kim – Bản Đốc (3 trẻ)"), list);
        assertFalse(list.contains("Hoàng"), "only Mường Kim's children: " + list);

        Path xlsx = dir.resolve("den-han.xlsx");
        vm.dueTab().exportDueList(xlsx, ExportFormat.XLSX, false);
        List<List<String>> cells = XlsxCells.firstSheet(xlsx);
        assertEquals("Xã", cells.get(0).get(0));
        assertEquals("Mường Kim", cells.get(1).get(0));
    }
}
