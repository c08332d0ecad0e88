package vn.tramyte.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.place.CodeList;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.sync.SyncService;
import vn.tramyte.testing.TestStation;

/**
 * The Than Uyên centre's report after Mường Kim's package arrived (ReportFixture's registers): the
 * 2024 communes and the 2025 ones, targets and verdicts, the data each commune has sent.
 */
/* On H2 and on PostgreSQL (issue 16): the same hand-computed figures. */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("vn.tramyte.testing.Engine#both")
class ReportCentreTest {
    @org.junit.jupiter.params.Parameter
    vn.tramyte.testing.Engine engine;

    @TempDir
    static Path dir;
    static Services centre;

    static final String TARGETS = """
            code_list,place_code,place_name,year,indicator,population,bound,target
            2024,03637,Xã Mường Kim,2025,imr,all,max,500
            2024,03637,Xã Mường Kim,2025,anc3,all,min,95
            2024,03637,Xã Mường Kim,2025,skilled_birth,all,min,80
            2024,03637,Xã Mường Kim,2024,skilled_birth,all,min,10
            2024,110,Huyện Than Uyên,2025,imr,all,max,20
            2025,03637,Xã Mường Kim,2025,tetanus_protected,all,min,40
            """;

    @org.junit.jupiter.params.BeforeParameterizedClassInvocation
    static void aStationSendsItsRegisters(vn.tramyte.testing.Engine engine) throws Exception {
        Path here = dir.resolve(engine.toString());
        centre = engine.centre(here.resolve("centre"));
        try (Services station = TestStation.station(here.resolve("station"))) {
            SyncService.Enrolment e = centre.sync().enrol(TestStation.MUONG_KIM, here.resolve("enrol"));
            station.sync().setUpFromEnrolment(e.file(), e.code(), null);
            ReportFixture.importInto(station, here.resolve("registers"));
            Path pkg = station.sync().export(here.resolve("usb"));
            centre.sync().importPaths(List.of(pkg));
        }
        centre.targets().importTargets("Nguyễn Thị Thu Hà", new StringReader(TARGETS), "chi-tieu.csv");
    }

    @org.junit.jupiter.params.AfterParameterizedClassInvocation
    static void close() {
        if (centre != null) { // null when the engine was skipped (no PostgreSQL on this machine)
            centre.close();
            centre = null;
        }
    }

    private static ReportRow row(Report r, String code) {
        return r.rows().stream().filter(x -> x.place().code().equals(code) && x.place().level()
                == ReportPlace.Level.COMMUNE).findFirst().orElseThrow(() -> new AssertionError(code));
    }

    @Test
    void beforeTheReformEachOldCommuneIsARowAndOnlyMuongKimHasSentData() {
        Report r = centre.reports().report(new ReportRequest(Period.year(2025), CodeList.Y2024, null));
        assertEquals(12, r.communes().size());
        assertEquals("110", r.total().place().code());
        ReportRow muongKim = row(r, "03637");
        assertEquals(6, muongKim.cell(Indicator.IMR, Population.ALL).estimate().denominator());
        assertEquals(6, r.total().cell(Indicator.IMR, Population.ALL).estimate().denominator());
        assertEquals(LocalDate.of(2026, 11, 22), muongKim.place().dataUntil(), "the day its package was made");
        assertTrue(muongKim.place().complete());
        ReportRow taMung = row(r, "03638");
        assertNull(taMung.place().dataUntil(), "Tà Mung never sent a package");
        assertFalse(taMung.place().complete());
        assertEquals(Verdict.NO_DATA, taMung.cell(Indicator.IMR, Population.ALL).verdict());
        assertEquals(1, r.completeCommunes());
        assertFalse(r.total().place().complete(), "the centre is complete only when every commune is");
    }

    @Test
    void theThreeVerdictsAgainstTheYearsTargets() {
        Report r = centre.reports().report(new ReportRequest(Period.year(2025), CodeList.Y2024, null));
        ReportRow muongKim = row(r, "03637");
        // 333.3‰ (2 deaths in 6 births) is within 500‰
        assertEquals(Verdict.MEETS, muongKim.cell(Indicator.IMR, Population.ALL).verdict());
        // 50% (2 of 4), interval about 15–85%: the whole interval is below 95%
        Cell anc3 = muongKim.cell(Indicator.ANC3, Population.ALL);
        assertTrue(anc3.estimate().high() < 95, anc3.toString());
        assertEquals(Verdict.MISSES, anc3.verdict());
        // 75% (3 of 4) is below 80% but its interval reaches it: four women cannot tell
        Cell skilled = muongKim.cell(Indicator.SKILLED_BIRTH, Population.ALL);
        assertTrue(skilled.estimate().high() > 80, skilled.toString());
        assertEquals(Verdict.NOT_CONCLUSIVE, skilled.verdict());
        assertEquals(0, new java.math.BigDecimal("80").compareTo(skilled.target()), "the 2025 target, not the 2024 one");
        assertEquals(Verdict.NO_TARGET, muongKim.cell(Indicator.ANC4, Population.ALL).verdict());
        assertEquals(Verdict.NO_TARGET, muongKim.cell(Indicator.IMR, Population.ETHNIC_MINORITY).verdict(),
                "the DTTS target is a target of its own");
        // the centre: 2 deaths in 6 births against 20‰; even the interval's low end (~40‰) is above it
        assertEquals(Verdict.MISSES, r.total().cell(Indicator.IMR, Population.ALL).verdict());
    }

    @Test
    void afterTheReformTheNewCommunesSumTheirOldStations() {
        Report r = centre.reports().report(ReportRequest.of(Period.year(2025)));
        assertEquals(CodeList.Y2025, r.codeList(), "2025 ends after 1 July 2025");
        assertEquals(List.of("03595", "03618", "03637", "03640"),
                r.communes().stream().map(c -> c.place().code()).sorted().toList());
        ReportRow muongKim = row(r, "03637");
        assertEquals(List.of("03628", "03634", "03637", "03638"), muongKim.place().stations().stream().sorted().toList());
        assertEquals(6, muongKim.cell(Indicator.IMR, Population.ALL).estimate().denominator());
        assertNull(muongKim.place().dataUntil(), "Tà Mung, Tà Hừa and Pha Mu have sent nothing");
        Cell tetanus = muongKim.cell(Indicator.TETANUS_PROTECTED, Population.ALL);
        assertEquals(Verdict.MEETS, tetanus.verdict(), "50% against the new commune's 40%");
        assertEquals(0, row(r, "03640").cell(Indicator.IMR, Population.ALL).estimate().denominator());
    }

    @Test
    void oneCommuneAtACentreIsReportedByItsVillages() {
        Report r = centre.reports().report(new ReportRequest(Period.year(2025), CodeList.Y2024, "03637"));
        assertEquals(List.of("Bản Đốc", "Bản Mé"), r.details().stream().map(x -> x.place().name()).toList(),
                "in Vietnamese alphabetical order");
        assertEquals("Xã Mường Kim", r.total().place().name());
        assertEquals(4, r.total().cell(Indicator.ANC3, Population.ALL).estimate().denominator());
        UserError e = assertThrows(UserError.class,
                () -> centre.reports().report(new ReportRequest(Period.year(2025), CodeList.Y2024, "99999")));
        assertTrue(e.describe(Messages.forLanguage("vi")).startsWith("Không có xã mã 99999 trong danh mục 2024"),
                e.describe(Messages.forLanguage("vi")));
    }

    @Test
    void aPeriodBeforeThePackageIsCompleteAndOneAfterItIsNot() {
        Report before = centre.reports().report(new ReportRequest(Period.year(2024), null, null));
        assertEquals(CodeList.Y2024, before.codeList());
        assertTrue(row(before, "03637").place().complete());
        Report after = centre.reports().report(new ReportRequest(Period.month(2026, 12), CodeList.Y2024, null));
        assertFalse(row(after, "03637").place().complete(), "data up to 22/11/2026 cannot complete December");
    }
}
