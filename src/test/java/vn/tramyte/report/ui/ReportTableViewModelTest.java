package vn.tramyte.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
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
import vn.tramyte.report.Cell;
import vn.tramyte.report.Estimate;
import vn.tramyte.report.Period;
import vn.tramyte.report.ReportCentre;
import vn.tramyte.report.ReportFixture;
import vn.tramyte.report.ReportFormat;
import vn.tramyte.report.ReportRow;
import vn.tramyte.report.Verdict;
import vn.tramyte.testing.TestStation;

/**
 * The Reports table's view model at a station (ReportFixture's registers) and at a centre that has
 * Mường Kim's package: the period picker, the populations, the commune filter, the completeness,
 * the verdicts as marks and words, and the records behind every cell.
 */
class ReportTableViewModelTest {
    static final Messages VI = Messages.forLanguage("vi");
    static final Messages EN = Messages.forLanguage("en");

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

    private static ReportTableViewModel at(Services s, Messages m) {
        return ReportWorld.table(s, m);
    }

    private static ReportRow row(ReportTableViewModel vm, String name) {
        return vm.rows().stream().filter(r -> vm.rowText().placeName(r).equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not in " + vm.rows().stream().map(vm.rowText()::placeName).toList()));
    }

    @Test
    void thePeriodStartsAtTodaysYearAndEachKindMakesItsPeriod() {
        PeriodChoice p = at(station, VI).period();
        assertEquals(Period.year(2026), p.period(), "the tests' today is 22/11/2026");
        assertEquals(2026, p.years().get(0));
        p.year.set(2025);
        assertEquals(Period.year(2025), p.period());
        p.kind.set(Period.Kind.QUARTER);
        p.quarter.set(2);
        assertEquals(Period.quarter(2025, 2), p.period());
        assertEquals("Quý 2/2025", p.label(p.period()));
        p.kind.set(Period.Kind.MONTH);
        p.month.set(3);
        assertEquals(Period.month(2025, 3), p.period());
        p.kind.set(Period.Kind.YEAR_TO_DATE);
        assertEquals(Period.yearToDate(LocalDate.of(2026, 11, 22)), p.period());
        p.kind.set(Period.Kind.RANGE);
        p.from.set(LocalDate.of(2025, 4, 1));
        p.to.set(LocalDate.of(2025, 3, 31));
        assertNull(p.period());
        assertEquals("Ngày kết thúc 31/03/2025 ở trước ngày bắt đầu 01/04/2025. Hãy chọn ngày kết thúc sau ngày "
                + "bắt đầu.", p.problemProperty().get());
        p.to.set(LocalDate.of(2025, 6, 30));
        assertEquals(Period.range(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)), p.period());
        assertEquals("", p.problemProperty().get());
    }

    @Test
    void aStationsTableHasItsVillagesAndTheCommuneLastWithItsRates() {
        ReportTableViewModel vm = at(station, VI);
        vm.period().year.set(2025);
        vm.refresh();
        assertEquals(java.util.Set.of("Bản Đốc", "Bản Mé"), vm.rows().subList(0, 2).stream().map(vm.rowText()::placeName)
                .collect(java.util.stream.Collectors.toSet()));
        ReportRow commune = vm.rows().get(2);
        assertEquals("Xã Mường Kim", vm.rowText().placeName(commune), "the total last");
        assertTrue(vm.rowText().isTotal(commune));
        assertFalse(vm.centre());
        assertEquals("Năm 2025", vm.headingProperty().get());
        assertEquals("", vm.completenessProperty().get(), "a station's own data is complete");
        // 2 deaths under one in 6 live births, no target at a station without its centre's plan
        assertEquals("333,3*", vm.text().cell(vm.cell(commune, Indicator.IMR, Population.ALL)));
        assertEquals("50,0*", vm.text().cell(vm.cell(commune, Indicator.ANC3, Population.ALL)));
        assertEquals("50.0*", new ScreenText(EN).cell(vm.cell(commune, Indicator.ANC3, Population.ALL)));
        assertEquals("—", vm.text().cell(noRate()), "no rate on a zero denominator, never 0");
    }

    private static Cell noRate() {
        Estimate none = Estimate.of(Indicator.IMR, 1, 0);
        return new Cell(Indicator.IMR, Population.ALL, none, null, Verdict.of(Indicator.IMR, none, null));
    }

    @Test
    void thePopulationShownIsEveryoneEthnicMinoritiesOrBothSideBySide() {
        ReportTableViewModel vm = at(station, VI);
        assertEquals(List.of(Population.ALL), vm.populations());
        vm.shown.set(ReportTableViewModel.Shown.DTTS);
        assertEquals(List.of(Population.ETHNIC_MINORITY), vm.populations());
        vm.shown.set(ReportTableViewModel.Shown.BOTH);
        assertEquals(List.of(Population.ALL, Population.ETHNIC_MINORITY), vm.populations());
        vm.period().year.set(2025);
        vm.refresh();
        ReportRow commune = vm.rows().get(vm.rows().size() - 1);
        assertEquals("2/6", counts(vm.cell(commune, Indicator.IMR, Population.ALL)));
        assertEquals("2/4", counts(vm.cell(commune, Indicator.IMR, Population.ETHNIC_MINORITY)));
    }

    private static String counts(Cell c) {
        return c.estimate().numerator() + "/" + c.estimate().denominator();
    }

    @Test
    void theVerdictIsAColourAMarkAndWordsAndTheHoverTellsTheNumbers() {
        ScreenText vi = new ScreenText(VI);
        Cell misses = cell(Indicator.IMR, 2, 6, "20");
        assertEquals(Verdict.MISSES, misses.verdict());
        assertEquals("333,3* ✗", vi.cell(misses));
        assertEquals("verdict-misses", ScreenText.style(misses.verdict()));
        assertEquals("≤ 20", vi.target(Indicator.IMR, misses.target()));
        String tip = vi.tooltip(misses);
        assertTrue(tip.startsWith("Tử số/mẫu số: 2/6\nTỷ lệ: 333,3‰ (khoảng tin cậy 95%: 40,4‰ – "), tip);
        assertTrue(tip.contains("Chỉ tiêu: ≤ 20\nĐánh giá: Không đạt. Cả khoảng tin cậy 95% nằm phía không đạt"), tip);
        assertTrue(tip.contains("* Không ổn định: mẫu số dưới 30"), tip);

        Cell unsure = cell(Indicator.IMR, 1, 30, "20");
        assertEquals(Verdict.NOT_CONCLUSIVE, unsure.verdict());
        assertEquals("33,3* ?", vi.cell(unsure));
        assertEquals("verdict-not-conclusive", ScreenText.style(unsure.verdict()));
        Cell meets = cell(Indicator.ANC3, 45, 50, "80.5");
        assertEquals("90,0 ✓", vi.cell(meets), "50 women: stable");
        assertEquals("≥ 80,5", vi.target(Indicator.ANC3, meets.target()));
        assertEquals("≥ 80.5", new ScreenText(EN).target(Indicator.ANC3, meets.target()));
        assertTrue(new ScreenText(EN).tooltip(meets).contains("Verdict: Meets. The result meets the target."));
        Cell none = cell(Indicator.MMR, 0, 0, "50");
        assertEquals("—", vi.cell(none));
        assertEquals(Verdict.NO_DATA, none.verdict());
        assertTrue(vi.tooltip(none).contains("Không có tỷ lệ: mẫu số bằng 0."), vi.tooltip(none));
        assertEquals("0,0/100.000", vi.valueWithUnit(Indicator.MMR, Estimate.of(Indicator.MMR, 0, 12)));
    }

    private static Cell cell(Indicator i, long numerator, long denominator, String target) {
        Estimate e = Estimate.of(i, numerator, denominator);
        java.math.BigDecimal t = new java.math.BigDecimal(target);
        return new Cell(i, Population.ALL, e, t, Verdict.of(i, e, t));
    }

    @Test
    void theRecordsBehindEveryCellAreItsNumbers() {
        ReportTableViewModel vm = at(station, VI);
        vm.period().year.set(2025);
        vm.refresh();
        for (ReportRow row : vm.rows()) {
            for (Indicator i : Indicator.values()) {
                for (Population p : Population.values()) {
                    RecordsViewModel records = vm.records(row, i, p);
                    Estimate e = vm.cell(row, i, p).estimate();
                    assertEquals(e.numerator(), records.numerator(), row.place().name() + " " + i + " " + p);
                    assertEquals(e.denominator(), records.denominator(), row.place().name() + " " + i + " " + p);
                    assertEquals(e.numerator(), records.lines().stream().filter(RecordsViewModel.Line::numerator)
                            .count());
                    records.numeratorOnly.set(true);
                    assertEquals(e.numerator(), records.lines().size());
                }
            }
        }
        RecordsViewModel deaths = vm.records(vm.rows().get(2), Indicator.IMR, Population.ALL);
        assertEquals("Tỷ suất tử vong trẻ em dưới 1 tuổi (‰) · Xã Mường Kim · Năm 2025 · Chung", deaths.title());
        assertEquals("Tử số: 2 · Mẫu số: 6 · Tỷ lệ: 333,3‰ · 8 hồ sơ được xem xét", deaths.counts());
        RecordsViewModel.Line first = deaths.lines().get(0);
        assertEquals("Lò Văn Tú", first.name(), "the numerator first, by date");
        assertEquals("05/11/2024", first.birth());
        assertEquals("Bản Đốc", first.village());
        assertEquals("Tử vong", first.event());
        assertEquals("14/02/2025", first.date());
        assertEquals("Có", first.inNumerator());
        assertEquals("Tử vong dưới 1 tuổi (3 tháng tuổi)", first.why());
    }

    @Test
    void theTableShownIsExportedAsTheCommandLineWritesItAndAListIsPrinted(@TempDir Path out) throws Exception {
        ReportTableViewModel vm = at(station, VI);
        vm.period().year.set(2025);
        vm.shown.set(ReportTableViewModel.Shown.BOTH);
        vm.refresh();
        assertEquals("bao-cao-2025-both.csv", vm.exportFileName(ReportFormat.CSV));
        Path csv = out.resolve(vm.exportFileName(ReportFormat.CSV));
        vm.export(ReportFormat.CSV, csv);
        assertEquals("", vm.messageProperty().get());
        assertEquals("Đã xuất báo cáo ra tệp " + csv + ".", vm.exportedProperty().get());
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("place_code,place_name,indicator,population,numerator,denominator"),
                lines.get(0));
        assertEquals(1 + 3 * 11 * 2, lines.size(), "a line per place, indicator and population shown");
        assertTrue(lines.stream().anyMatch(l -> l.contains("Xã Mường Kim,imr,dtts,2,4,")), String.join("\n", lines));

        vm.shown.set(ReportTableViewModel.Shown.DTTS);
        vm.export(ReportFormat.CSV, csv);
        assertEquals(1 + 3 * 11, java.nio.file.Files.readAllLines(csv).size(), "the population shown alone");

        Path xlsx = out.resolve("bao-cao.xlsx");
        vm.export(ReportFormat.XLSX, xlsx);
        assertTrue(java.nio.file.Files.size(xlsx) > 0);

        // DHIS2 takes a year, a quarter or a month: a range of days is refused in a sentence
        vm.period().kind.set(Period.Kind.RANGE);
        vm.period().from.set(LocalDate.of(2025, 1, 1));
        vm.period().to.set(LocalDate.of(2025, 2, 10));
        Path json = out.resolve("dhis2.json");
        vm.export(ReportFormat.DHIS2_JSON, json);
        assertTrue(vm.messageProperty().get().contains("DHIS2 chỉ nhận một năm"), vm.messageProperty().get());
        assertEquals("", vm.exportedProperty().get());
        assertFalse(java.nio.file.Files.exists(json));

        vm.period().kind.set(Period.Kind.YEAR);
        RecordsViewModel deaths = vm.records(vm.rows().get(2), Indicator.IMR, Population.ETHNIC_MINORITY);
        Path pdf = out.resolve(deaths.fileName());
        assertEquals("ds-imr-dtts-2025.pdf", deaths.fileName());
        deaths.print(pdf);
        assertFalse(deaths.failedProperty().get(), deaths.messageProperty().get());
        assertEquals("Đã lưu danh sách ra tệp " + pdf + ". Hãy mở tệp để in.", deaths.messageProperty().get());
        assertEquals("%PDF", new String(java.nio.file.Files.readAllBytes(pdf), 0, 4,
                java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void aCentreReportsByThePeriodsCodeListAndSaysHowManyCommunesAreComplete() {
        ReportTableViewModel vm = at(centre, VI);
        assertTrue(vm.centre());
        assertEquals(CodeList.Y2025, vm.codeList.get(), "2026 is after the reform");
        vm.period().year.set(2024);
        assertEquals(CodeList.Y2024, vm.codeList.get(), "2024 is reported by the 2024 communes");
        assertEquals(13, vm.communes().size(), "all, then the 12 communes of Than Uyên");
        vm.period().year.set(2025);
        assertEquals(CodeList.Y2025, vm.codeList.get());
        vm.codeList.set(CodeList.Y2024);
        assertEquals(13, vm.rows().size(), "12 communes and the centre");
        assertEquals("Năm 2025 · theo danh mục xã năm 2024", vm.headingProperty().get());
        assertEquals("1/12 xã có số liệu đủ đến hết kỳ báo cáo.", vm.completenessProperty().get());
        ReportRow muongKim = row(vm, "Xã Mường Kim");
        assertEquals("22/11/2026", vm.rowText().dataUntil(muongKim), "the day its package was made");
        assertFalse(vm.rowText().incomplete(muongKim));
        ReportRow taMung = row(vm, "Xã Tà Mung");
        assertEquals("⚠ chưa có số liệu", vm.rowText().dataUntil(taMung));
        assertTrue(vm.rowText().incomplete(taMung));
        ReportRow total = vm.rows().get(vm.rows().size() - 1);
        assertTrue(vm.rowText().isTotal(total));
        assertEquals("1/12 xã đủ", vm.rowText().dataUntil(total));
        // the plan's target for Mường Kim: infant mortality at most 20‰ in 2025
        Cell imr = vm.cell(muongKim, Indicator.IMR, Population.ALL);
        assertEquals("333,3* ✗", vm.text().cell(imr));
        assertEquals("≤ 20", vm.text().target(Indicator.IMR, imr.target()));
        assertEquals("50,0* ?", vm.text().cell(vm.cell(muongKim, Indicator.ANC3, Population.ALL)),
                "2 of 4 women: the interval still reaches 80%");
        assertEquals("75,0* ✓", vm.text().cell(vm.cell(muongKim, Indicator.SKILLED_BIRTH, Population.ALL)));
    }

    @Test
    void aCommuneChosenAtACentreShowsItsVillagesAndItsTotal() {
        ReportTableViewModel vm = at(centre, VI);
        vm.period().year.set(2025);
        vm.codeList.set(CodeList.Y2024);
        ReportTableViewModel.Commune muongKim = vm.communes().stream().filter(c -> "03637".equals(c.code()))
                .findFirst().orElseThrow();
        vm.commune.set(muongKim);
        assertEquals(java.util.Set.of("Bản Đốc", "Bản Mé"), vm.rows().subList(0, 2).stream().map(vm.rowText()::placeName)
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals("Xã Mường Kim", vm.rowText().placeName(vm.rows().get(2)));
        assertEquals("Xã Mường Kim có số liệu đủ đến hết kỳ báo cáo.", vm.completenessProperty().get());
        assertEquals("2/6", counts(vm.cell(vm.rows().get(2), Indicator.IMR, Population.ALL)));
        assertEquals("2/3", counts(vm.cell(row(vm, "Bản Đốc"), Indicator.IMR, Population.ALL)));
        // another code list has other communes: the filter goes back to all of them
        vm.codeList.set(CodeList.Y2025);
        assertNull(vm.commune.get().code());
        assertEquals("Tất cả các xã", vm.commune.get().name());
        assertTrue(vm.rows().size() > 2);
        ReportRow newMuongKim = row(vm, "Xã Mường Kim");
        assertEquals("⚠ chưa có số liệu", vm.rowText().dataUntil(newMuongKim),
                "the 2025 Mường Kim sums four old communes; three have sent nothing");
        assertEquals("2/6", counts(vm.cell(newMuongKim, Indicator.IMR, Population.ALL)));
    }
}
