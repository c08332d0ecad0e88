package vn.tramyte.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.place.CodeList;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.report.Cell;
import vn.tramyte.report.Period;
import vn.tramyte.report.Report;
import vn.tramyte.report.ReportPlace;
import vn.tramyte.report.ReportRequest;
import vn.tramyte.report.ReportRow;
import vn.tramyte.report.Verdict;
import vn.tramyte.testing.TestClock;

/**
 * What the demo's report shows a trainer (issue 11, "Demo"): at the centre every commune of 2024
 * and 2025 has its data, no coverage goes beyond 100%, and the verdicts against the targets are
 * mixed; two stations lag; the station demo reports its villages.
 */
class DemoReportTest {
    private static final List<Indicator> FILLED = List.of(Indicator.IMR, Indicator.FULL_IMMUNIZATION, Indicator.ANC4,
            Indicator.UNDERWEIGHT);

    @Test
    void theCentreDemosReportIsFilledHonestAndMixed(@TempDir Path dir) {
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            s.demo().create();
            Report y2024 = s.reports().report(new ReportRequest(Period.year(2024), CodeList.Y2024, null));
            assertEquals(12, y2024.communes().size());
            assertEquals(12, y2024.completeCommunes(), "the lagging stations' packages reach beyond 2024");
            for (ReportRow commune : y2024.communes()) {
                for (Indicator i : FILLED) {
                    assertTrue(commune.cell(i, Population.ALL).estimate().denominator() > 0,
                            commune.place().name() + " has no denominator for " + i.code() + " in 2024");
                }
            }

            Report y2025 = s.reports().report(new ReportRequest(Period.year(2025), null, null));
            assertEquals(CodeList.Y2025, y2025.codeList());
            assertEquals(4, y2025.communes().size(), "the 2025 communes the twelve formed");
            for (ReportRow commune : y2025.communes()) {
                for (Indicator i : FILLED) {
                    assertTrue(commune.cell(i, Population.ALL).estimate().denominator() > 0,
                            commune.place().name() + " has no denominator for " + i.code() + " in 2025");
                }
            }

            // a coverage or a proportion is of the people in its denominator: never above 100%
            List<String> above = new ArrayList<>();
            for (Report r : List.of(y2024, y2025)) {
                for (ReportRow row : r.rows()) {
                    for (Cell c : row.cells().values()) {
                        if (c.indicator().unit() == Indicator.Unit.PERCENT && c.estimate().hasValue()
                                && c.estimate().numerator() > c.estimate().denominator()) {
                            above.add(r.period().code() + " " + row.place().name() + " " + c.indicator().code() + "/"
                                    + c.population().code() + " " + c.estimate().numerator() + "/"
                                    + c.estimate().denominator());
                        }
                    }
                }
            }
            assertEquals(List.of(), above);

            Set<Verdict> verdicts = y2024.rows().stream().flatMap(r -> r.cells().values().stream())
                    .map(Cell::verdict).collect(Collectors.toCollection(() -> EnumSet.noneOf(Verdict.class)));
            assertTrue(verdicts.containsAll(Set.of(Verdict.MEETS, Verdict.MISSES, Verdict.NOT_CONCLUSIVE)),
                    "verdicts of 2024: " + verdicts);

            // this year two stations lag: their communes are incomplete, their data stops months before today
            Report y2026 = s.reports().report(new ReportRequest(Period.year(2026), CodeList.Y2024, null));
            List<ReportPlace> lagging = y2026.communes().stream().map(ReportRow::place)
                    .filter(p -> p.dataUntil() != null && p.dataUntil().isBefore(TestClock.TODAY.minusDays(30)))
                    .toList();
            assertEquals(Set.of("Xã Pha Mu", "Xã Tà Hừa"),
                    lagging.stream().map(ReportPlace::name).collect(Collectors.toSet()));
            assertTrue(lagging.stream().noneMatch(ReportPlace::complete));
            assertTrue(y2026.communes().stream().allMatch(r -> r.place().dataUntil() != null),
                    "every station has sent data");
        }
    }

    @Test
    void theStationDemosReportShowsItsVillages(@TempDir Path dir) {
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            s.demo().create(DemoService.STATION_DEMO);
            Report r = s.reports().report(new ReportRequest(Period.year(2025), CodeList.Y2024, null));
            assertEquals("Xã Mường Kim", r.total().place().name());
            List<String> villages = r.details().stream().filter(row -> row.place().level() == ReportPlace.Level.VILLAGE)
                    .map(row -> row.place().name()).toList();
            assertEquals(Set.of("Bản Đốc", "Bản Mè", "Bản Chiềng Ban", "Bản Nà Đông", "Bản Phát"), Set.copyOf(villages));
            assertFalse(r.total().cell(Indicator.UNDERWEIGHT, Population.ALL).estimate().denominator() == 0);
            long weighedInVillages = r.details().stream()
                    .mapToLong(row -> row.cell(Indicator.UNDERWEIGHT, Population.ALL).estimate().denominator()).sum();
            assertEquals(r.total().cell(Indicator.UNDERWEIGHT, Population.ALL).estimate().denominator(),
                    weighedInVillages, "the villages' children weighed add up to the commune's");
        }
    }
}
