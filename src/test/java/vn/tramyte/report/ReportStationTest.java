package vn.tramyte.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.testing.TestStation;

/** The station's report of 2025 on ReportFixture, every figure computed by hand from DOMAIN.md §7. */
/* On H2 and on PostgreSQL (issue 16): the same hand-computed figures. */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("vn.tramyte.testing.Engine#both")
class ReportStationTest {
    @org.junit.jupiter.params.Parameter
    vn.tramyte.testing.Engine engine;

    @TempDir
    static Path dir;
    static Services station;
    static Report report;

    @org.junit.jupiter.params.BeforeParameterizedClassInvocation
    static void importTheRegistersAndReport(vn.tramyte.testing.Engine engine) throws Exception {
        Path here = dir.resolve(engine.toString());
        station = engine.station(here.resolve("station"));
        ReportFixture.importInto(station, here.resolve("registers"));
        report = station.reports().report(ReportRequest.of(Period.year(2025)));
    }

    @org.junit.jupiter.params.AfterParameterizedClassInvocation
    static void close() {
        if (station != null) { // null when the engine was skipped (no PostgreSQL on this machine)
            station.close();
            station = null;
        }
    }

    private static void assertCell(ReportRow row, Indicator i, Population p, long numerator, long denominator) {
        Cell c = row.cell(i, p);
        assertEquals(numerator + "/" + denominator, c.estimate().numerator() + "/" + c.estimate().denominator(),
                row.place().name() + " " + i.code() + " " + p.code());
    }

    @Test
    void everyIndicatorOfTheCommuneForEveryoneAndForEthnicMinorities() {
        ReportRow commune = report.total();
        assertEquals("Xã Mường Kim", commune.place().name());
        // live births: 5 from deliveries (twins count twice) + 1 registered without a delivery
        assertCell(commune, Indicator.IMR, Population.ALL, 2, 6);
        assertCell(commune, Indicator.IMR, Population.ETHNIC_MINORITY, 2, 4);
        assertCell(commune, Indicator.U5MR, Population.ALL, 2, 6);
        assertCell(commune, Indicator.U5MR, Population.ETHNIC_MINORITY, 2, 4);
        assertCell(commune, Indicator.MMR, Population.ALL, 0, 6);
        assertCell(commune, Indicator.MMR, Population.ETHNIC_MINORITY, 0, 4);
        // the latest measurement of each child under five: C5, C1, C2 (and C6, weighed only)
        assertCell(commune, Indicator.UNDERWEIGHT, Population.ALL, 2, 4);
        assertCell(commune, Indicator.UNDERWEIGHT, Population.ETHNIC_MINORITY, 1, 2);
        assertCell(commune, Indicator.STUNTING, Population.ALL, 1, 3);
        assertCell(commune, Indicator.STUNTING, Population.ETHNIC_MINORITY, 0, 2);
        assertCell(commune, Indicator.WASTING, Population.ALL, 1, 3);
        assertCell(commune, Indicator.WASTING, Population.ETHNIC_MINORITY, 1, 2);
        // C7 completes in 2025; C8's measles came after the first birthday; C1 completes in 2026
        assertCell(commune, Indicator.FULL_IMMUNIZATION, Population.ALL, 1, 6);
        assertCell(commune, Indicator.FULL_IMMUNIZATION, Population.ETHNIC_MINORITY, 1, 4);
        // four women delivering, three of them ethnic minorities; the twins' mother counts once
        assertCell(commune, Indicator.ANC3, Population.ALL, 2, 4);
        assertCell(commune, Indicator.ANC3, Population.ETHNIC_MINORITY, 2, 3);
        assertCell(commune, Indicator.ANC4, Population.ALL, 1, 4);
        assertCell(commune, Indicator.ANC4, Population.ETHNIC_MINORITY, 1, 3);
        assertCell(commune, Indicator.SKILLED_BIRTH, Population.ALL, 3, 4);
        assertCell(commune, Indicator.SKILLED_BIRTH, Population.ETHNIC_MINORITY, 2, 3);
        assertCell(commune, Indicator.TETANUS_PROTECTED, Population.ALL, 2, 4);
        assertCell(commune, Indicator.TETANUS_PROTECTED, Population.ETHNIC_MINORITY, 1, 3);
    }

    @Test
    void ratesAreInTheirUnitsWithIntervalsAndSmallNumbersAreUnstable() {
        Estimate imr = report.total().cell(Indicator.IMR, Population.ALL).estimate();
        assertEquals(333.333, imr.value(), 0.001);
        assertTrue(imr.low() < imr.value() && imr.value() < imr.high(), imr.toString());
        assertTrue(imr.unstable(), "6 births and 2 deaths");
        Estimate mmr = report.total().cell(Indicator.MMR, Population.ALL).estimate();
        assertEquals(0.0, mmr.value(), 1e-9);
        assertEquals(0.0, mmr.low(), 1e-9);
        assertTrue(mmr.high() > 0, "no death in 6 births is no proof of none: the interval says so");
        Estimate anc3 = report.total().cell(Indicator.ANC3, Population.ALL).estimate();
        assertEquals(50.0, anc3.value(), 1e-9);
        assertEquals(Verdict.NO_TARGET, report.total().cell(Indicator.ANC3, Population.ALL).verdict());
    }

    @Test
    void theVillagesAddUpToTheCommune() {
        Map<String, ReportRow> villages = report.details().stream()
                .collect(Collectors.toMap(r -> r.place().name(), r -> r));
        assertEquals(java.util.Set.of("Bản Đốc", "Bản Mé"), villages.keySet());
        assertCell(villages.get("Bản Đốc"), Indicator.IMR, Population.ALL, 2, 3);
        assertCell(villages.get("Bản Mé"), Indicator.IMR, Population.ALL, 0, 3);
        assertCell(villages.get("Bản Đốc"), Indicator.ANC3, Population.ALL, 2, 2);
        assertCell(villages.get("Bản Mé"), Indicator.SKILLED_BIRTH, Population.ALL, 1, 2);
        for (Indicator i : Indicator.values()) {
            for (Population p : Population.values()) {
                long num = report.details().stream().mapToLong(r -> r.cell(i, p).estimate().numerator()).sum();
                long den = report.details().stream().mapToLong(r -> r.cell(i, p).estimate().denominator()).sum();
                assertCell(report.total(), i, p, num, den);
            }
        }
    }

    @Test
    void theRecordsBehindEveryNumberAreTheNumber() {
        for (ReportRow row : report.rows()) {
            for (Indicator i : Indicator.values()) {
                for (Population p : Population.values()) {
                    List<Entry> records = report.records(row.place(), i, p);
                    Estimate e = row.cell(i, p).estimate();
                    assertEquals(e.numerator(), records.stream().filter(Entry::numerator).count());
                    assertEquals(e.denominator(), records.stream().filter(Entry::denominator).count());
                }
            }
        }
        Messages vi = Messages.forLanguage("vi");
        List<Entry> deaths = report.records(report.total().place(), Indicator.IMR, Population.ALL).stream()
                .filter(Entry::numerator).toList();
        assertEquals(List.of("Lò Văn Tú", "Lường Văn Bình"), deaths.stream().map(Entry::personName).sorted().toList());
        Entry tu = deaths.stream().filter(e -> e.personName().equals("Lò Văn Tú")).findFirst().orElseThrow();
        assertEquals("Tử vong dưới 1 tuổi (3 tháng tuổi)", tu.reason(vi));
        assertEquals("Bản Đốc", tu.villageName());
        Entry su = report.records(report.total().place(), Indicator.UNDERWEIGHT, Population.ALL).stream()
                .filter(e -> e.personName().equals("Vàng A Sử")).findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2025, 12, 5), su.eventDate(), "the latest weighing counts");
        assertTrue(su.reason(vi).startsWith("Cân nặng theo tuổi") || su.reason(vi).contains("-2.56"), su.reason(vi));
        Entry mai = report.records(report.total().place(), Indicator.SKILLED_BIRTH, Population.ALL).stream()
                .filter(e -> e.personName().equals("Giàng Thị Mai")).findFirst().orElseThrow();
        assertFalse(mai.numerator());
        assertEquals("Người đỡ: " + vi.get("antenatal.attendant.family"), mai.reason(vi));
    }

    @Test
    void aPeriodWithoutRecordsHasNoRatesNeverZero() {
        Report empty = station.reports().report(ReportRequest.of(Period.month(2023, 2)));
        Cell imr = empty.total().cell(Indicator.IMR, Population.ALL);
        assertNull(imr.estimate().value());
        assertNull(imr.estimate().low());
        assertEquals(Verdict.NO_DATA, imr.verdict());
    }

    @Test
    void aQuarterCountsOnlyItsDays() {
        Report q2 = station.reports().report(ReportRequest.of(Period.quarter(2025, 2)));
        // births in April–June: C1 (10/04) and C2 (15/06); no death; deliveries D1 and D2
        assertCell(q2.total(), Indicator.IMR, Population.ALL, 0, 2);
        assertCell(q2.total(), Indicator.ANC3, Population.ALL, 1, 2);
        // in the quarter Vàng A Sử's June weighing is his latest, and it was normal
        assertCell(q2.total(), Indicator.UNDERWEIGHT, Population.ALL, 0, 1);
    }
}
