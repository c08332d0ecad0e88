package vn.tramyte.antenatal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.testing.TwoCommunes.MUONG_KIM;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.testing.TwoCommunes;

/** The antenatal page at a centre: the pregnant women and both registers follow the commune chosen. */
class AntenatalViewModelCentreTest {
    @TempDir
    Path dir;

    @Test
    void theListsAndRegistersOfOneCommune() {
        try (Services s = TwoCommunes.centre(dir)) {
            AntenatalViewModel vm = since1September(s);
            vm.refresh();
            assertTrue(vm.communes().centre());
            assertEquals(2, vm.pregnant().list().size());
            assertEquals(2, vm.registers().deliveryRegister().size());
            vm.communes().communeProperty().set(MUONG_KIM);
            assertEquals(List.of("Lò Thị Xuân"), vm.pregnant().list().stream().map(c -> c.woman().fullName()).toList());
            assertEquals(List.of("Lò Thị Thu"), vm.registers().deliveryRegister().stream().map(c -> c.woman().fullName()).toList());
            assertTrue(vm.registers().a3Register().stream().allMatch(c -> c.woman().stationCode().equals(MUONG_KIM)));
            assertEquals("Mường Kim", vm.communes().name(vm.pregnant().list().get(0).woman().stationCode()));
        }
    }

    @Test
    void eachRegisterIsReadForATabSomeoneOpens() {
        try (Services s = TwoCommunes.centre(dir)) {
            AntenatalViewModel vm = since1September(s);
            vm.registers().a3List().shownProperty().set(false);
            vm.registers().deliveryList().shownProperty().set(false);
            vm.refresh();
            assertEquals(2, vm.pregnant().list().size(), "the first tab's list is read");
            assertEquals(List.of(), vm.registers().a3Register(), "a hidden register is not read");
            assertEquals(List.of(), vm.registers().deliveryRegister());
            vm.registers().deliveryList().shownProperty().set(true);
            assertEquals(2, vm.registers().deliveryRegister().size(), "read once its tab is shown");
            assertEquals(List.of(), vm.registers().a3Register(), "the other one still waits for its tab");
            vm.registers().a3List().shownProperty().set(true);
            assertEquals(2, vm.registers().a3Register().size(), "read once its tab is shown");
        }
    }

    /** The page of the centre's statistician, its registers from 1 September. */
    private static AntenatalViewModel since1September(Services s) {
        AntenatalViewModel vm = new AntenatalViewModel(s.antenatal(), s.people(), s.places(),
                TaskRunner.synchronous(), Messages.forLanguage("vi"), "Nguyễn Thị Thu Hà", false, () -> { });
        vm.registers().periodFrom.set(LocalDate.of(2026, 9, 1));
        return vm;
    }
}
