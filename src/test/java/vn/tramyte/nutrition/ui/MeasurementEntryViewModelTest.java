package vn.tramyte.nutrition.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.nutrition.Child;
import vn.tramyte.nutrition.growth.Indicator;
import vn.tramyte.nutrition.growth.NutritionStatus;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;

/** The weighing form without a screen: z-scores follow the typing, implausible values ask first. */
class MeasurementEntryViewModelTest {
    @TempDir
    Path dir;
    Services s;
    MeasurementEntryViewModel vm;
    Child child;

    @BeforeEach
    void open() {
        s = TestStation.station(dir);
        s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Khánh", Sex.MALE,
                LocalDate.of(2026, 8, 22), false, "03", null, null, null, null, null));
        child = s.nutrition().childrenUnderFive(LocalDate.of(2026, 11, 22), Set.of()).get(0);
        vm = new MeasurementEntryViewModel(s.nutrition(), TaskRunner.synchronous(), new Messages(Messages.ENGLISH),
                TestStation.WORKER);
        vm.show(child, LocalDate.of(2026, 11, 22), null);
    }

    @AfterEach
    void close() {
        s.close();
    }

    @Test
    void zScoresFollowTheNumbersAsTheyAreTypedWithADecimalComma() {
        vm.weightProperty().set("6,4");
        assertEquals(NutritionStatus.NORMAL, vm.assessmentProperty().get().status(Indicator.WAZ).orElseThrow());
        vm.weightProperty().set("4,2");
        assertEquals(NutritionStatus.SEVERE, vm.assessmentProperty().get().status(Indicator.WAZ).orElseThrow());
        assertTrue(vm.text().line(vm.assessmentProperty().get(), Indicator.WAZ).endsWith("Severe (below −3 SD)"));
    }

    @Test
    void theUsualPositionIsLyingUnderTwoYears() {
        assertEquals(vn.tramyte.nutrition.growth.Position.LYING, vm.positionProperty().get());
    }

    @Test
    void anImplausibleWeightAsksAndIsNotSavedWhenTheUserChecksAgain() {
        vm.weightProperty().set("12.5");
        vm.lengthProperty().set("61");
        List<String> asked = new ArrayList<>();
        vm.save(sentence -> {
            asked.add(sentence);
            return false;
        }, c -> { });
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).startsWith("12.5 kg, 61.0 cm at 3 months:"), asked.get(0));
        assertTrue(asked.get(0).contains("Weight-for-age: +"), asked.get(0));
        assertEquals(0, s.nutrition().count());
        vm.save(sentence -> true, c -> { });
        assertEquals(1, s.nutrition().count());
    }

    @Test
    void aWordInsteadOfANumberIsNamed() {
        vm.weightProperty().set("sáu");
        vm.save(sentence -> true, c -> { });
        assertEquals(List.of("Weight (kg): \"sáu\" is not a number. Enter a number, e.g. 12.5."), vm.problems());
        assertEquals(0, s.nutrition().count());
    }
}
