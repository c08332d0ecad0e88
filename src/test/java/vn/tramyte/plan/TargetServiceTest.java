package vn.tramyte.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.place.CodeList;
import vn.tramyte.testing.TestStation;

class TargetServiceTest {
    static final String HEADER = "code_list,place_code,place_name,year,indicator,population,bound,target\n";
    static final String GOOD = HEADER
            + "2024,110,Huyện Than Uyên,2024,imr,all,max,23.41\n"
            + "2024,03637,Xã Mường Kim,2024,imr,dtts,max,\"25,5\"\n"
            + "2024,03637,Xã Mường Kim,2024,full_immunization,all,,95\n"
            + "2024,03638,Xã Tà Mung,2025,anc3,dtts,min,80.00\n";
    static final Messages VI = Messages.forLanguage("vi");

    @TempDir
    Path dir;

    @Test
    void aCentreImportsItsPlansTargetsAsVersionOneAndExportsThemBack() throws Exception {
        try (Services centre = TestStation.centre(dir)) {
            assertEquals(0, centre.targets().version());
            assertEquals(1, centre.targets().importTargets("Nguyễn Thị Thu Hà", new StringReader(GOOD), "chi-tieu.csv"));
            List<PlanTarget> all = centre.targets().targets();
            assertEquals(4, all.size());
            PlanTarget muongKim = all.stream().filter(t -> t.placeCode().equals("03637")
                    && t.population() == Population.ETHNIC_MINORITY).findFirst().orElseThrow();
            assertEquals(new BigDecimal("25.5"), muongKim.target(), "a Vietnamese decimal comma is read");
            assertEquals(Indicator.Bound.MIN, all.stream().filter(t -> t.indicator() == Indicator.FULL_IMMUNIZATION)
                    .findFirst().orElseThrow().bound(), "an empty bound follows from the indicator");
            assertEquals(CodeList.Y2024, muongKim.codeList());

            StringWriter out = new StringWriter();
            centre.targets().exportTargets(out);
            assertTrue(out.toString().startsWith(HEADER), out.toString());
            assertTrue(out.toString().contains("2024,03637,Xã Mường Kim,2024,imr,dtts,max,25.5"), out.toString());
            assertEquals(2, centre.targets().importTargets("Nguyễn Thị Thu Hà", new StringReader(out.toString()),
                    "chi-tieu.csv"), "the exported file is imported back as the next version");
            assertEquals(all, centre.targets().targets());
        }
    }

    @Test
    void aFileWithBadLinesIsRefusedLineByLineAndChangesNothing() {
        try (Services centre = TestStation.centre(dir)) {
            centre.targets().importTargets("Nguyễn Thị Thu Hà", new StringReader(GOOD), "chi-tieu.csv");
            long seq = centre.database().lastChangeSeq();
            String bad = HEADER
                    + "2024,03637,Xã Mường Kim,2024,imr,all,min,20\n"       // 2: bound contradicts a mortality
                    + "2024,03637,Xã Mường Kim,24,stunting,all,max,20\n"    // 3: year
                    + "2024,03637,Xã Mường Kim,2024,ban_tay,all,max,20\n"   // 4: indicator
                    + "2024,03637,Xã Mường Kim,2024,stunting,kinh,max,20\n" // 5: population
                    + "2024,03637,Xã Mường Kim,2024,stunting,all,max,-1\n"  // 6: negative
                    + "2024,03637,Xã Mường Kim,2024,anc4,all,min,120\n"     // 7: a percentage above 100
                    + "2024,03394,Xã Thèn Sin,2024,anc4,all,min,90\n"       // 8: another centre's commune
                    + "2024,110,Huyện Than Uyên,2024,imr,all,max,20\n"
                    + "2024,110,Huyện Than Uyên,2024,imr,all,max,21\n";     // 10: repeats line 9
            UserError e = assertThrows(UserError.class,
                    () -> centre.targets().importTargets("Nguyễn Thị Thu Hà", new StringReader(bad), "chi-tieu.csv"));
            String text = e.describe(VI);
            for (String line : List.of("Dòng 2:", "Dòng 3:", "Dòng 4:", "Dòng 5:", "Dòng 6:", "Dòng 7:", "Dòng 8:",
                    "Dòng 10: lặp lại chỉ tiêu đã có ở dòng 9")) {
                assertTrue(text.contains(line), line + " in\n" + text);
            }
            assertEquals(8, e.problems().size(), text);
            assertTrue(text.contains("Xã Thèn Sin") || text.contains("03394"), text);
            assertEquals(1, centre.targets().version(), "nothing changed");
            assertEquals(4, centre.targets().targets().size());
            assertEquals(seq, centre.database().lastChangeSeq());
        }
    }

    @Test
    void aCentreMayHoldTargetsForTheNew2025CommunesItsStationsFormButNotForOthers() {
        try (Services centre = TestStation.centre(dir)) {
            String file = HEADER
                    + "2025,03637,Xã Mường Kim,2025,imr,all,max,20\n"   // Mường Kim 2025 holds 4 Than Uyên communes
                    + "2025,03618,Xã Mường Than,2026,anc4,all,min,85\n";
            assertEquals(1, centre.targets().importTargets("Nguyễn Thị Thu Hà", new StringReader(file), "2025.csv"));
            assertEquals(2, centre.targets().targets().size());
            assertEquals(CodeList.Y2025, centre.targets().targets().get(0).codeList());

            // a 2025 commune formed only from Tam Đường's communes belongs to another centre
            String other = HEADER + "2025,03390,Xã Bình Lư,2025,imr,all,max,20\n";
            UserError e = assertThrows(UserError.class,
                    () -> centre.targets().importTargets("Nguyễn Thị Thu Hà", new StringReader(other), "x.csv"));
            assertTrue(e.describe(VI).contains("Dòng 2:"), e.describe(VI));
            assertEquals(1, centre.targets().version(), "nothing changed");
        }
    }

    @Test
    void aFileWithoutItsColumnsNamesTheMissingOne() {
        try (Services centre = TestStation.centre(dir)) {
            UserError e = assertThrows(UserError.class, () -> centre.targets().importTargets("Nguyễn Thị Thu Hà",
                    new StringReader("place_code,year,indicator,target\n03637,2024,imr,20\n"), "chi-tieu.csv"));
            assertTrue(e.describe(VI).contains("thiếu cột \"code_list\""), e.describe(VI));
            assertEquals(0, centre.targets().version());
        }
    }

    @Test
    void aStationDoesNotEditTargets() {
        try (Services station = TestStation.station(dir)) {
            UserError e = assertThrows(UserError.class, () -> station.targets().importTargets(TestStation.WORKER,
                    new StringReader(GOOD), "chi-tieu.csv"));
            assertEquals("target.error.centreOnly", e.problems().get(0).key());
            assertEquals(0, station.targets().version());
        }
    }

    @Test
    void theMostProblemsShownAreTwentyAndTheRestAreCounted() {
        StringBuilder bad = new StringBuilder(HEADER);
        for (int i = 0; i < 25; i++) {
            bad.append("2024,03637,Xã Mường Kim,2024,imr,all,max,abc\n");
        }
        try (Services centre = TestStation.centre(dir)) {
            UserError e = assertThrows(UserError.class, () -> centre.targets().importTargets("Nguyễn Thị Thu Hà",
                    new StringReader(bad.toString()), "chi-tieu.csv"));
            assertEquals(TargetService.PROBLEMS_SHOWN + 1, e.problems().size());
            assertTrue(e.describe(VI).endsWith("… và 5 lỗi khác. Hãy sửa các lỗi trên rồi nhập lại để xem tiếp."),
                    e.describe(VI));
        }
    }

    @Test
    void aTargetChangedInTheWindowIsTheNextVersionOfTheWholeSetAuditedWithTheChange() throws Exception {
        try (Services centre = TestStation.centre(dir)) {
            centre.targets().importTargets("Nguyễn Thị Thu Hà", new StringReader(GOOD), "chi-tieu.csv");
            PlanTarget dtts = centre.targets().targets().stream().filter(t -> t.placeCode().equals("03637")
                    && t.indicator() == Indicator.IMR).findFirst().orElseThrow();
            assertEquals(2, centre.targets().changeTarget("Nguyễn Thị Thu Hà", dtts, " 22,75 "),
                    "a Vietnamese decimal comma, as in the file");
            List<PlanTarget> after = centre.targets().targets();
            assertEquals(4, after.size(), "the others are kept");
            assertEquals(new BigDecimal("22.75"), after.stream().filter(t -> t.key().equals(dtts.key())).findFirst()
                    .orElseThrow().target());
            assertEquals(new BigDecimal("23.41"), after.stream().filter(t -> t.placeCode().equals("110")).findFirst()
                    .orElseThrow().target());
            String audit = centre.database().read(tx -> tx.dsl().fetchValue("select changes from audit_log "
                    + "where table_name = 'plan_target' order by change_seq desc limit 1")).toString();
            assertTrue(audit.contains("1 → 2") && audit.contains("03637 2024 imr dtts: 25.5 → 22.75"), audit);

            // a target the plan did not have is added
            PlanTarget stunting = new PlanTarget(CodeList.Y2024, "03637", 2024, Indicator.STUNTING, Population.ALL,
                    null);
            assertEquals(3, centre.targets().changeTarget("Nguyễn Thị Thu Hà", stunting, "30"));
            assertEquals(5, centre.targets().targets().size());
        }
    }

    @Test
    void aTargetTypedWrongIsRefusedInOneSentenceAndNothingChanges() {
        try (Services centre = TestStation.centre(dir)) {
            centre.targets().importTargets("Nguyễn Thị Thu Hà", new StringReader(GOOD), "chi-tieu.csv");
            long seq = centre.database().lastChangeSeq();
            PlanTarget coverage = centre.targets().targets().stream()
                    .filter(t -> t.indicator() == Indicator.FULL_IMMUNIZATION).findFirst().orElseThrow();
            UserError e = assertThrows(UserError.class, () -> centre.targets().changeTarget("Nguyễn Thị Thu Hà",
                    coverage, "chín lăm"));
            assertEquals("target", e.problems().get(0).field());
            assertEquals("Chỉ tiêu \"chín lăm\" không phải là một số hợp lệ. Hãy ghi một số không âm, tối đa hai "
                    + "chữ số thập phân (ví dụ 23,41).", e.describe(VI));
            for (String wrong : List.of("-1", "12.345", "", "1e3")) {
                assertThrows(UserError.class, () -> centre.targets().changeTarget("Nguyễn Thị Thu Hà", coverage,
                        wrong), wrong);
            }
            e = assertThrows(UserError.class, () -> centre.targets().changeTarget("Nguyễn Thị Thu Hà", coverage,
                    "105"));
            assertEquals("target.edit.overHundred", e.problems().get(0).key());
            PlanTarget elsewhere = new PlanTarget(CodeList.Y2024, "03394", 2024, Indicator.IMR, Population.ALL, null);
            e = assertThrows(UserError.class, () -> centre.targets().changeTarget("Nguyễn Thị Thu Hà", elsewhere,
                    "20"));
            assertEquals("target.edit.notOurPlace", e.problems().get(0).key());
            assertEquals(1, centre.targets().version(), "nothing changed");
            assertEquals(seq, centre.database().lastChangeSeq());
        }
        try (Services station = TestStation.station(dir.resolve("station"))) {
            PlanTarget t = new PlanTarget(CodeList.Y2025, TestStation.MUONG_KIM, 2025, Indicator.IMR, Population.ALL,
                    null);
            UserError e = assertThrows(UserError.class, () -> station.targets().changeTarget(TestStation.WORKER, t,
                    "20"));
            assertEquals("target.error.centreOnly", e.problems().get(0).key());
        }
    }

    @Test
    void aMortalityMeetsItsTargetBelowItAndACoverageAboveIt() {
        assertTrue(Indicator.IMR.meets(23.41, 23.41));
        assertTrue(!Indicator.IMR.meets(33.3, 23.41));
        assertTrue(Indicator.FULL_IMMUNIZATION.meets(96, 95));
        assertTrue(!Indicator.FULL_IMMUNIZATION.meets(90, 95));
    }
}
