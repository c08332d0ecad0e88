package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.place.CodeList;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.report.Period;
import vn.tramyte.report.Report;
import vn.tramyte.report.ReportFixture;
import vn.tramyte.report.ReportPlace;
import vn.tramyte.report.ReportRequest;
import vn.tramyte.report.ReportRow;
import vn.tramyte.testing.Engine;

/**
 * Stations → centres → province (issue 16 phase 2, decision 0016), the province on H2 and on
 * PostgreSQL: its report by centre and commune equals what each centre reports of the same data,
 * its total is the centres' sum; an upward package is idempotent, atomic, refused when damaged or
 * not from an enrolled centre, and the next one carries only what arrived since.
 */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("vn.tramyte.testing.Engine#both")
class ProvinceEndToEndTest {
    @org.junit.jupiter.params.Parameter
    Engine engine;

    @TempDir
    static Path dir;
    static ProvinceWorld world;

    @org.junit.jupiter.params.BeforeParameterizedClassInvocation
    static void stationsSendToCentresAndCentresToTheProvince(Engine engine) throws Exception {
        world = ProvinceWorld.make(dir.resolve(engine.toString()), engine, (station, code, folder) -> {
            if (code.equals("03637") || code.equals("03394")) {
                // the registers whose indicators ReportStationTest computes by hand
                ReportFixture.importInto(station, folder);
            } else if (code.equals("03638")) {
                ProvinceWorld.family(station, "Lò Thị Dung", "Lò Văn Hải", LocalDate.of(2025, 3, 2), 3200);
                ProvinceWorld.family(station, "Hà Thị Nhung", "Hà Văn Tuấn", LocalDate.of(2025, 8, 19), 2300);
            } else {
                ProvinceWorld.family(station, "Tẩn Thị Chiêu", "Tẩn A Lử", LocalDate.of(2025, 5, 30), 2900);
            }
        });
    }

    @org.junit.jupiter.params.AfterParameterizedClassInvocation
    static void close() {
        if (world != null) { // null when the engine was skipped (no PostgreSQL on this machine)
            world.close();
            world = null;
        }
    }

    @Test
    void theProvinceHoldsEveryRowOfBothCentresAsTheyReceivedThem() {
        for (SyncTable table : world.province.sync().tables().inOrder()) {
            List<Map<String, Object>> both = new ArrayList<>(SyncWorld.rows(world.thanUyen, table.name()));
            both.addAll(SyncWorld.rows(world.tamDuong, table.name()));
            both.sort(Comparator.comparing(r -> r.get("id").toString()));
            List<Map<String, Object>> atProvince = new ArrayList<>(SyncWorld.rows(world.province, table.name()));
            atProvince.sort(Comparator.comparing(r -> r.get("id").toString()));
            assertTrue(!both.isEmpty(), table.name());
            assertEquals(both, atProvince, table.name() + ": owner station and origin_seq kept");
        }
    }

    @Test
    void theProvincesReportByCentreAndCommuneEqualsEachCentresReport() {
        for (CodeList list : List.of(CodeList.Y2024, CodeList.Y2025)) {
            ReportRequest request = new ReportRequest(Period.year(2025), list, null);
            Report atProvince = world.province.reports().report(request);
            long[][] sum = new long[Indicator.values().length * Population.values().length][2];
            for (Services centre : List.of(world.thanUyen, world.tamDuong)) {
                Report atCentre = centre.reports().report(request);
                String code = atCentre.place().code();
                for (ReportRow commune : atCentre.communes()) {
                    ReportRow same = row(atProvince, ReportPlace.Level.COMMUNE, commune.place().code());
                    assertSameCounts(commune, same, list + " commune " + commune.place().code());
                }
                ReportRow centreRow = row(atProvince, ReportPlace.Level.CENTRE, code);
                assertSameCounts(atCentre.total(), centreRow, list + " centre " + code);
                // the centre's communes come before its row
                int at = atProvince.rows().indexOf(centreRow);
                assertEquals(atCentre.communes().size(), atProvince.rows().subList(0, at).stream()
                        .filter(r -> r.place().level() == ReportPlace.Level.COMMUNE
                                && atCentre.communes().stream().anyMatch(c -> c.place().code().equals(r.place().code())))
                        .count(), list + " communes grouped under " + code);
                add(sum, centreRow);
            }
            ReportRow total = atProvince.total();
            assertEquals("12", total.place().code());
            for (Indicator i : Indicator.values()) {
                for (Population p : Population.values()) {
                    long[] s = sum[i.ordinal() * Population.values().length + p.ordinal()];
                    assertEquals(s[0], total.cell(i, p).estimate().numerator(), list + " " + i + " " + p);
                    assertEquals(s[1], total.cell(i, p).estimate().denominator(), list + " " + i + " " + p);
                }
            }
            // real figures, not zeros: live births 6 + 6 + 2 + 1 of 2025 (more once the other tests add
            // a family), two infant deaths at each of the two communes holding ReportFixture's registers
            assertTrue(total.cell(Indicator.IMR, Population.ALL).estimate().denominator() >= 15, list.code());
            assertEquals(4, total.cell(Indicator.IMR, Population.ALL).estimate().numerator(), list.code());
        }
    }

    @Test
    void theSameUpwardPackageTwiceChangesNothing() {
        var before = SyncWorld.snapshot(world.province);
        ImportOutcome again = world.province.sync().importFile(world.upward110);
        assertEquals(ImportOutcome.Status.ALREADY_RECEIVED, again.status());
        assertEquals(before, SyncWorld.snapshot(world.province));
    }

    @Test
    void aDamagedUpwardPackageChangesNothingAndSaysWhy() throws Exception {
        byte[] bytes = Files.readAllBytes(world.upward106);
        bytes[bytes.length / 2] ^= 0x5A;
        Path damaged = world.dir.resolve("damaged").resolve(world.upward106.getFileName().toString());
        Files.createDirectories(damaged.getParent());
        Files.write(damaged, bytes);
        var before = SyncWorld.snapshot(world.province);
        ImportOutcome outcome = world.province.sync().importFile(damaged);
        assertEquals(ImportOutcome.Status.REFUSED, outcome.status());
        String sentence = outcome.refusal().describe(Messages.forLanguage("en"));
        assertTrue(sentence.contains("changed after it was made") && sentence.contains("Nothing changed"), sentence);
        assertEquals(before, SyncWorld.snapshot(world.province));
    }

    @Test
    void aPackageFromACentreNotEnrolledIsRefusedWithASentenceUntilItJoinsAgain() {
        // Tam Đường's package signed with its old key, after the province enrolled it again (a new computer)
        ProvinceWorld.family(world.stations.get(3), "Sùng Thị Pà", "Sùng A Dơ", LocalDate.of(2025, 10, 4), 3000);
        assertEquals(ImportOutcome.Status.IMPORTED, world.tamDuong.sync().importFile(
                world.stations.get(3).sync().export(world.dir.resolve("usb-03400-2"))).status());
        Path oldKey = world.upward(world.tamDuong);
        SyncService.Enrolment again = world.province.sync().enrolCentre(ProvinceWorld.TAM_DUONG,
                world.dir.resolve("enrol-again"));
        var before = SyncWorld.snapshot(world.province);
        ImportOutcome refused = world.province.sync().importFile(oldKey);
        assertEquals(ImportOutcome.Status.REFUSED, refused.status());
        assertEquals(PackageRefusal.Reason.UNKNOWN_CENTRE, refused.refusal().reason());
        String sentence = refused.refusal().describe(Messages.forLanguage("vi"));
        assertTrue(sentence.contains("TramYTe centre 106") && sentence.contains("chưa được đăng ký với tỉnh"), sentence);
        assertEquals(before, SyncWorld.snapshot(world.province));

        // joined again, the centre sends everything it holds: the new family arrives, the rest is unchanged
        world.tamDuong.sync().joinProvince(again.file(), again.code());
        ImportOutcome everything = world.province.sync().importFile(world.upward(world.tamDuong));
        assertEquals(ImportOutcome.Status.IMPORTED, everything.status(), String.valueOf(everything.refusal()));
        TableReport people = line(everything, "person");
        assertEquals(2, people.added(), "the mother and her baby");
        assertTrue(people.unchanged() > 0);
        assertEquals(0, everything.lines().stream().mapToInt(TableReport::refused).sum());
    }

    @Test
    void theNextUpwardPackageCarriesOnlyWhatArrivedSinceAndKeepsTheOwnersOrder() {
        Services muongKim = world.stations.get(0);
        ProvinceWorld.family(muongKim, "Lường Thị Hiền", "Lường Văn Quý", LocalDate.of(2025, 12, 1), 3400);
        // a person the province already holds is corrected at her station: the correction goes up
        vn.tramyte.person.Person hoa = muongKim.people().all().stream().filter(r -> r.fullName().equals("Lò Thị Hoa"))
                .findFirst().flatMap(r -> muongKim.people().find(r.id())).orElseThrow();
        var corrected = vn.tramyte.person.PersonDraft.of(hoa);
        muongKim.people().save(vn.tramyte.testing.TestStation.WORKER, new vn.tramyte.person.PersonDraft(corrected.id(),
                corrected.fullName(), corrected.sex(), corrected.birthDate(), corrected.birthYearOnly(),
                corrected.ethnicityCode(), corrected.villageId(), corrected.motherId(), corrected.personalId(),
                corrected.insuranceNo(), "0987654321"));
        assertEquals(ImportOutcome.Status.IMPORTED, world.thanUyen.sync().importFile(
                muongKim.sync().export(world.dir.resolve("usb-03637-2"))).status());
        ImportOutcome next = world.province.sync().importFile(world.upward(world.thanUyen));
        assertEquals(ImportOutcome.Status.IMPORTED, next.status(), String.valueOf(next.refusal()));
        // village known; mother and child, their delivery, birth, dose and weighing are new; nothing else travels
        assertEquals(2, line(next, "person").added());
        assertEquals(1, line(next, "person").updated(), "Lò Thị Hoa's new phone number, newer in her station's order");
        assertEquals(0, line(next, "person").unchanged());
        assertEquals("0987654321", SyncWorld.rows(world.province, "person").stream()
                .filter(r -> r.get("id").equals(hoa.id())).findFirst().orElseThrow().get("phone"));
        assertEquals(1, line(next, "vaccination").added());
        assertEquals(1, line(next, "measurement").added());
        assertEquals(SyncWorld.rows(world.thanUyen, "person").size() + SyncWorld.rows(world.tamDuong, "person").size(),
                SyncWorld.rows(world.province, "person").size());
        StationSyncStatus line = world.province.sync().stationStatus().stream()
                .filter(s -> s.stationCode().equals(ProvinceWorld.THAN_UYEN)).findFirst().orElseThrow();
        assertTrue(line.enrolled());
        assertTrue(line.gaps().isEmpty(), String.valueOf(line.gaps()));
        assertNotEquals(0, line.receivedSeq());
    }

    @Test
    void aLaterPackageImportedFirstLeavesAGapThatTheEarlierOneCloses() {
        Services taMung = world.stations.get(1);
        ProvinceWorld.family(taMung, "Lò Thị Xuân", "Lò Văn Sáng", LocalDate.of(2025, 9, 9), 3100);
        world.thanUyen.sync().importFile(taMung.sync().export(world.dir.resolve("usb-03638-2")));
        Path earlier = world.upward(world.thanUyen);
        ProvinceWorld.family(taMung, "Hà Thị Mến", "Hà Văn Lâm", LocalDate.of(2025, 11, 11), 2800);
        world.thanUyen.sync().importFile(taMung.sync().export(world.dir.resolve("usb-03638-3")));
        Path later = world.upward(world.thanUyen);

        assertEquals(ImportOutcome.Status.IMPORTED, world.province.sync().importFile(later).status());
        StationSyncStatus withGap = thanUyenLine();
        assertEquals(1, withGap.gaps().size(), "the earlier package's changes are missing: " + withGap.gaps());
        long reachedBefore = withGap.receivedSeq();

        ImportOutcome closing = world.province.sync().importFile(earlier);
        assertEquals(ImportOutcome.Status.IMPORTED, closing.status(), String.valueOf(closing.refusal()));
        assertEquals(2, line(closing, "person").added(), "the earlier mother and her baby");
        StationSyncStatus closed = thanUyenLine();
        assertTrue(closed.gaps().isEmpty(), String.valueOf(closed.gaps()));
        assertTrue(closed.receivedSeq() > reachedBefore);
        assertEquals(SyncWorld.rows(world.thanUyen, "person").size() + SyncWorld.rows(world.tamDuong, "person").size(),
                SyncWorld.rows(world.province, "person").size());
    }

    private static StationSyncStatus thanUyenLine() {
        return world.province.sync().stationStatus().stream()
                .filter(s -> s.stationCode().equals(ProvinceWorld.THAN_UYEN)).findFirst().orElseThrow();
    }

    @Test
    void onlyTheProvinceEnrolsACentreAndOnlyItsOwnCentres() {
        assertThrows(vn.tramyte.common.UserError.class,
                () -> world.thanUyen.sync().enrolCentre(ProvinceWorld.THAN_UYEN, world.dir.resolve("x")));
        var e = assertThrows(vn.tramyte.common.UserError.class,
                () -> world.province.sync().enrolCentre("999", world.dir.resolve("x")));
        assertTrue(e.describe(Messages.forLanguage("en")).contains("not a centre of 12"),
                e.describe(Messages.forLanguage("en")));
    }

    private static TableReport line(ImportOutcome o, String table) {
        return o.lines().stream().filter(l -> l.table().equals(table)).findFirst().orElseThrow();
    }

    private static ReportRow row(Report r, ReportPlace.Level level, String code) {
        return r.rows().stream().filter(x -> x.place().level() == level && x.place().code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(level + " " + code));
    }

    private static void assertSameCounts(ReportRow expected, ReportRow actual, String what) {
        for (Indicator i : Indicator.values()) {
            for (Population p : Population.values()) {
                assertEquals(expected.cell(i, p).estimate().numerator(), actual.cell(i, p).estimate().numerator(),
                        what + " " + i + " " + p + " numerator");
                assertEquals(expected.cell(i, p).estimate().denominator(), actual.cell(i, p).estimate().denominator(),
                        what + " " + i + " " + p + " denominator");
            }
        }
    }

    private static void add(long[][] sum, ReportRow row) {
        for (Indicator i : Indicator.values()) {
            for (Population p : Population.values()) {
                long[] s = sum[i.ordinal() * Population.values().length + p.ordinal()];
                s[0] += row.cell(i, p).estimate().numerator();
                s[1] += row.cell(i, p).estimate().denominator();
            }
        }
    }
}
