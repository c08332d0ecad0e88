package vn.tramyte.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.nutrition.ScreeningRow;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

class NutritionWindowTest extends WindowTest {
    @TempDir
    Path dir;

    @BeforeEach
    void stationWithAChild() {
        try (Services s = TestStation.station(dir)) {
            var mother = s.people().save(TestStation.WORKER, TestPeople.hoa().draft(), "Bản Đốc");
            s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Thị Mai", Sex.FEMALE,
                    LocalDate.of(2025, 11, 22), false, "03", s.places().ownVillages().get(0).id(), mother, null,
                    null, null));
        }
    }

    @Test
    void weightAndHeightTypedForAChildShowTheirZScoresInColourAndAreSaved() throws Exception {
        startWindow(dir, "vi");
        clickOn(waitForNode("#nav-nutrition"));
        TableView<ScreeningRow> table = waitFor("#screeningTable");
        waitUntil(() -> table.getItems().size() == 1);
        clickOn("Lò Thị Mai");
        clickOn("#weight").write("6,2");
        Label waz = lookup("#z-waz").query();
        waitUntil(() -> waz.getText().startsWith("−"));
        // 6.2 kg for a girl of one year is far below the WHO median: severe underweight, in red
        assertTrue(waz.getText().endsWith("Nặng (dưới −3 SD)"), waz.getText());
        assertTrue(waz.getStyleClass().contains("status-severe"), waz.getStyleClass().toString());
        clickOn("#length").write("74").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> table.getItems().get(0).measured());
        Label haz = lookup("#z-haz").query();
        assertTrue(haz.getStyleClass().contains("status-normal"), haz.getText());
        Label summary = lookup("#screeningSummary").query();
        waitUntil(() -> summary.getText().equals("Đã cân đo 1 / 1 trẻ dưới 5 tuổi"));
        assertEquals(6.2, table.getItems().get(0).measurement().weightKg());
    }

    @Test
    void anEmptyGrowthChartShowsTheRangesOfTheWhoChartsFromBirthToFive() throws Exception {
        startWindow(dir, "vi");
        clickOn(waitForNode("#nav-nutrition"));
        clickOn((javafx.scene.Node) waitFor("#tabChart"));
        javafx.scene.chart.LineChart<?, ?> weight = waitFor("#weightChart");
        javafx.scene.chart.LineChart<?, ?> length = lookup("#lengthChart").query();
        javafx.scene.chart.NumberAxis age = (javafx.scene.chart.NumberAxis) weight.getXAxis();
        javafx.scene.chart.NumberAxis kg = (javafx.scene.chart.NumberAxis) weight.getYAxis();
        javafx.scene.chart.NumberAxis cm = (javafx.scene.chart.NumberAxis) length.getYAxis();
        assertEquals(0, age.getLowerBound());
        assertEquals(60, age.getUpperBound());
        assertEquals(0, kg.getLowerBound());
        assertEquals(30, kg.getUpperBound());
        assertEquals(40, cm.getLowerBound());
        assertEquals(130, cm.getUpperBound());
    }

    @Test
    void aValueOutsideThePhysicalRangeIsRefusedWithTheRange() throws Exception {
        startWindow(dir, "en");
        clickOn(waitForNode("#nav-nutrition"));
        TableView<ScreeningRow> table = waitFor("#screeningTable");
        waitUntil(() -> table.getItems().size() == 1);
        clickOn("Lò Thị Mai");
        clickOn("#weight").write("75");
        clickOn("#saveMeasurement");
        Label errors = lookup("#measurementErrors").query();
        waitUntil(() -> !errors.getText().isEmpty());
        assertEquals("Weight: 75 kg is outside 0.5–60 kg. Check the weight.", errors.getText());
        assertTrue(!table.getItems().get(0).measured());
    }

    private String waitForNode(String query) throws Exception {
        waitFor(query);
        return query;
    }
}
