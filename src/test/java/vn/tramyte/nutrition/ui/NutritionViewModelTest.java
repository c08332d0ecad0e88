package vn.tramyte.nutrition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.nutrition.ScreeningRow;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/** The nutrition page at a station: the screening day's children, who was weighed, the malnourished, the chart. */
class NutritionViewModelTest {
    @TempDir
    Path dir;
    Services s;
    NutritionViewModel vm;

    @BeforeEach
    void station() {
        s = TestStation.station(dir);
        TestPeople.save(s, TestPeople.person("Lò Văn Khánh", Sex.MALE, LocalDate.of(2026, 8, 22)), "Bản Đốc");
        TestPeople.save(s, TestPeople.person("Cầm Thị Lan", Sex.FEMALE, LocalDate.of(2023, 5, 9)), "Bản Mé");
        TestPeople.save(s, TestPeople.hoa(), "Bản Đốc");
        vm = new NutritionViewModel(s.nutrition(), s.places(), TaskRunner.synchronous(), new Messages(Messages.ENGLISH),
                TestStation.WORKER, true);
        vm.refresh();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private List<String> screened() {
        return vm.screening().stream().map(r -> r.child().fullName()).toList();
    }

    private ScreeningRow row(String name) {
        return vm.screening().stream().filter(r -> r.child().fullName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theScreeningDayListsTheChildrenUnderFiveOfTheVillageChosen() {
        assertEquals(2, vm.screening().size(), "no adult on the screening list: " + screened());
        assertTrue(screened().containsAll(List.of("Lò Văn Khánh", "Cầm Thị Lan")), screened().toString());
        assertEquals("Measured 0 of 2 children under five", vm.summaryProperty().get());
        assertEquals(List.of(NutritionViewModel.ALL_VILLAGES, "Bản Mé", "Bản Đốc"),
                vm.villages().stream().sorted().toList());
        vm.villageProperty().set("Bản Mé");
        assertEquals(List.of("Cầm Thị Lan"), screened());
        assertEquals("Measured 0 of 1 child under five", vm.summaryProperty().get());
    }

    @Test
    void aChildWeighedIsCountedListedAsMalnourishedAndCharted() {
        assertTrue(vm.malnourished().isEmpty());
        vm.select(row("Lò Văn Khánh"));
        assertEquals("Lò Văn Khánh", vm.entry().childProperty().get().fullName());
        assertEquals("Lò Văn Khánh", vm.chartChildProperty().get().fullName(), "the chart follows the child chosen");
        assertTrue(vm.history().isEmpty());
        vm.entry().weightProperty().set("4,2");
        vm.entry().lengthProperty().set("61");
        vm.entry().save(sentence -> true, vm::saved);
        assertTrue(vm.entry().problems().isEmpty(), vm.entry().problems().toString());
        assertEquals("Measured 1 of 2 children under five", vm.summaryProperty().get());
        assertTrue(row("Lò Văn Khánh").measured());
        assertEquals(List.of("Lò Văn Khánh"), vm.malnourished().stream().map(r -> r.child().fullName()).toList());
        assertEquals(1, vm.history().size(), "the chart shows the weighing at once");
        assertEquals(4.2, vm.history().get(0).measurement().weightKg());
    }

    @Test
    void aWordInsteadOfAWeightSavesNothingAndTheListsStayAsTheyWere() {
        vm.select(row("Cầm Thị Lan"));
        vm.entry().weightProperty().set("mười hai");
        vm.entry().save(sentence -> true, vm::saved);
        assertEquals(List.of("Weight (kg): \"mười hai\" is not a number. Enter a number, e.g. 12.5."),
                vm.entry().problems());
        assertEquals(0, s.nutrition().count());
        assertEquals("Measured 0 of 2 children under five", vm.summaryProperty().get());
        assertTrue(vm.history().isEmpty());
    }
}
