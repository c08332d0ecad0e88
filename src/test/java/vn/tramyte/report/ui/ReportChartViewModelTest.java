package vn.tramyte.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.place.CodeList;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.report.ReportCentre;
import vn.tramyte.report.ReportFixture;
import vn.tramyte.report.ReportPlace;
import vn.tramyte.report.Verdict;
import vn.tramyte.testing.TestStation;

/** The chart's view model: a bar per place of the table's report, and one commune over the quarters. */
class ReportChartViewModelTest {
    static final Messages VI = Messages.forLanguage("vi");

    @TempDir
    static Path dir;
    static ReportWorld world;
    static Services station;
    static Services centre;

    @BeforeAll
    static void aStationAndACentre() throws Exception {
        world = ReportWorld.make(dir);
        station = world.station;
        centre = world.centre;
    }

    @AfterAll
    static void close() {
        world.close();
    }

    private static ReportTableViewModel table(Services s) {
        return ReportWorld.table(s, VI);
    }

    @Test
    void aBarPerPlaceWithItsIntervalAndTheQuartersOfTheCommune() {
        ReportTableViewModel table = table(station);
        ReportChartViewModel vm = new ReportChartViewModel(station.reports(), table, TaskRunner.synchronous(), VI);
        table.period().year.set(2025);
        table.refresh();
        assertEquals(List.of("Bản Đốc", "Bản Mé", "Xã Mường Kim"), vm.bars().stream()
                .map(ReportChartViewModel.Point::label).sorted(java.text.Collator.getInstance(
                        java.util.Locale.forLanguageTag("vi"))).toList(), "the villages, then the commune");
        assertTrue(vm.bars().get(2).total());
        ReportChartViewModel.Point commune = vm.bars().get(2);
        assertTrue(commune.total());
        assertEquals(333.333, commune.value(), 0.001);
        assertTrue(commune.low() < commune.value() && commune.value() < commune.high());
        assertEquals("333,3*", commune.text());
        assertEquals("Tỷ suất tử vong trẻ em dưới 1 tuổi (‰) · Năm 2025 · Chung", vm.barTitleProperty().get());
        assertEquals("Tỷ lệ (‰)", vm.axisLabel());

        // the commune over the quarters of 2025, one report each
        assertEquals(ReportPlace.Level.TOTAL, vm.linePlace.get().level());
        assertEquals(List.of("Q1/2025", "Q2/2025", "Q3/2025", "Q4/2025"), vm.quarters().stream()
                .map(ReportChartViewModel.Point::label).toList());
        assertNull(vm.quarters().get(0).value(), "no birth in the first quarter: no rate, never 0");
        assertEquals(0.0, vm.quarters().get(1).value(), 1e-9, "two births in April–June, no infant death");
        assertEquals(1000.0 / 3, vm.quarters().get(2).value(), 1e-6, "three births in July–September, one twin died");
        assertEquals("Xã Mường Kim: theo quý năm 2025 · Chung", vm.lineTitleProperty().get());

        // another indicator and population need no new report
        vm.indicator.set(Indicator.ANC3);
        vm.population.set(Population.ETHNIC_MINORITY);
        assertEquals(200.0 / 3, vm.bars().get(2).value(), 1e-6, "2 of 3 ethnic-minority women");
        assertEquals("Tỷ lệ (%)", vm.axisLabel());
        assertEquals(100.0, vm.quarters().get(1).value(), 1e-9, "Q2: Lò Thị Hoa, 4 visits in 3 trimesters");

        // a village over the quarters; a chart nobody sees computes no quarters, shown again it catches up
        vm.active.set(false);
        vm.linePlace.set(vm.places().stream().filter(p -> p.name().equals("Bản Mé")).findFirst().orElseThrow());
        assertTrue(vm.quarters().isEmpty());
        vm.active.set(true);
        assertEquals("Bản Mé: theo quý năm 2025 · Dân tộc thiểu số", vm.lineTitleProperty().get());
        assertEquals(4, vm.quarters().size());
    }

    @Test
    void atACentreTheBarsCarryTheTargetsAndAChosenCommuneIsReportedAlone() {
        ReportTableViewModel table = table(centre);
        ReportChartViewModel vm = new ReportChartViewModel(centre.reports(), table, TaskRunner.synchronous(), VI);
        table.period().year.set(2025);
        table.codeList.set(CodeList.Y2024);
        assertEquals(13, vm.bars().size());
        ReportChartViewModel.Point muongKim = vm.bars().stream().filter(b -> b.label().equals("Xã Mường Kim"))
                .findFirst().orElseThrow();
        assertEquals(20.0, muongKim.target(), 1e-9);
        assertEquals(Verdict.MISSES, muongKim.verdict());
        assertEquals("333,3* ✗", muongKim.text());
        ReportChartViewModel.Point taMung = vm.bars().stream().filter(b -> b.label().equals("Xã Tà Mung"))
                .findFirst().orElseThrow();
        assertNull(taMung.value());
        assertEquals("—", taMung.text());

        ReportPlace place = vm.places().stream().filter(p -> p.name().equals("Xã Mường Kim")).findFirst()
                .orElseThrow();
        vm.linePlace.set(place);
        assertEquals(4, vm.quarters().size());
        assertEquals(1000.0 / 3, vm.quarters().get(2).value(), 1e-6);
        assertEquals(20.0, vm.quarters().get(2).target(), 1e-9, "the year's target beside each quarter");
    }
}
