package vn.tramyte.nutrition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.testing.TwoCommunes.TA_MUNG;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.place.ui.CommuneFilter;
import vn.tramyte.testing.TwoCommunes;

/** The nutrition page at a centre: the screening day and the malnourished children of the commune chosen. */
class NutritionViewModelCentreTest {
    @TempDir
    Path dir;

    @Test
    void theScreeningAndMalnourishedListsOfOneCommune() {
        try (Services s = TwoCommunes.centre(dir)) {
            NutritionViewModel vm = new NutritionViewModel(s.nutrition(), s.places(), TaskRunner.synchronous(),
                    Messages.forLanguage("vi"), "Nguyễn Thị Thu Hà", false);
            vm.refresh();
            assertTrue(vm.communes().centre());
            assertEquals(List.of("Lò Văn An", "Hoàng Văn Bình"),
                    vm.malnourished().stream().map(r -> r.child().fullName()).toList());
            vm.communes().communeProperty().set(TA_MUNG);
            assertEquals(List.of("Hoàng Văn Bình"), vm.malnourished().stream().map(r -> r.child().fullName()).toList());
            assertTrue(vm.screening().stream().allMatch(r -> r.child().stationCode().equals(TA_MUNG)));
            assertEquals(List.of(CommuneFilter.ALL, "Bản Lướt"), vm.villages());
        }
    }

    @Test
    void theMalnourishedChildrenAreReadForATabSomeoneOpens() {
        try (Services s = TwoCommunes.centre(dir)) {
            NutritionViewModel vm = new NutritionViewModel(s.nutrition(), s.places(), TaskRunner.synchronous(),
                    Messages.forLanguage("vi"), "Nguyễn Thị Thu Hà", false);
            vm.malnourishedList().shownProperty().set(false);
            vm.refresh();
            assertEquals(List.of(), vm.malnourished(), "not read while the tab is hidden");
            assertTrue(vm.screening().size() > 0, "the first tab's list is read");
            vm.malnourishedList().shownProperty().set(true);
            assertEquals(List.of("Lò Văn An", "Hoàng Văn Bình"),
                    vm.malnourished().stream().map(r -> r.child().fullName()).toList());
        }
    }
}
