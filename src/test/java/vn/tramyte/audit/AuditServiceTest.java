package vn.tramyte.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.nutrition.MeasurementDraft;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.Role;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/** Issue 13: a record's history in words a health worker reads, filtered by person, user, days and kind. */
class AuditServiceTest {
    private static final Messages EN = new Messages(Messages.ENGLISH);
    private static final Messages VI = new Messages(Messages.VIETNAMESE);

    /** A mother and her child; the child's name corrected and moved to another village by Mai; one weighing. */
    private record Family(UUID mother, UUID child) {
    }

    private static Family family(Services s) {
        UUID mother = s.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft(), "Bản Mường");
        UUID village = s.places().ownVillages().get(0).id();
        UUID child = s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Khanh", Sex.MALE,
                LocalDate.of(2025, 9, 3), false, "03", village, mother, null, null, null));
        s.users().add(new NewUser("Tòng Thị Mai", "mai", Role.STATION_STAFF, "mat-khau-mai".toCharArray()));
        s.users().logout();
        s.login("mai", "mat-khau-mai".toCharArray());
        s.people().save(TestStation.WORKER, new PersonDraft(child, "Lò Văn Khánh", Sex.MALE,
                LocalDate.of(2025, 9, 3), false, "03", null, mother, null, null, null), "Nà Cang");
        s.nutrition().save(TestStation.WORKER, new MeasurementDraft(null, child, LocalDate.of(2026, 11, 20), 9.1, 76.0,
                Position.LYING, false, 140), false);
        s.users().logout();
        s.login(TestStation.ADMIN_LOGIN, TestStation.PASSWORD.toCharArray());
        return new Family(mother, child);
    }

    private static List<String> shown(Services s, AuditFilter filter, Messages m) {
        return s.audit().read(s.audit().lines(filter), m).stream()
                .map(l -> l.when() + " | " + l.who() + " | " + l.record() + " | " + l.kind() + " | " + l.action()
                        + " | " + l.what())
                .toList();
    }

    @Test
    void aChildsHistoryNamesWhoChangedWhatWhenWithFieldNamesAndLabelsNotCodes(@TempDir Path dir) {
        try (Services s = TestStation.station(dir)) {
            Family f = family(s);
            List<String> history = shown(s, AuditFilter.ALL.withPerson(f.child()), EN);
            assertEquals(List.of(
                    "22/11/2026 10:00 | Tòng Thị Mai (mai) | Lò Văn Khánh | Measurements | Added | Person: Lò Văn Khánh; "
                            + "Date measured: 20/11/2026; Weight (kg): 9.1; Length/height (cm): 76.0; Position: Lying; "
                            + "Oedema: No; MUAC (mm): 140",
                    "22/11/2026 10:00 | Tòng Thị Mai (mai) | Lò Văn Khánh | People | Changed | Full name: Lò Văn Khanh → "
                            + "Lò Văn Khánh; Village: Bản Mường → Nà Cang",
                    "22/11/2026 10:00 | " + TestStation.LOGGED_IN + " | Lò Văn Khánh | People | Added | Full name: "
                            + "Lò Văn Khanh; Sex: Male; Date of birth: 03/09/2025; Year of birth only: No; "
                            + "Ethnic group: Thai; Village: Bản Mường; Mother: Lò Thị Hoa"),
                    history.stream().map(l -> l.replaceAll("\\s+$", "")).toList());
            for (String line : shown(s, AuditFilter.ALL, VI)) {
                assertTrue(!line.matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-.*"), "no record number on screen: " + line);
                assertTrue(!line.contains("_"), "no column or table name on screen: " + line);
            }
        }
    }

    @Test
    void linesAreFilteredByUserByLoginNameByDaysAndByKindOfRecord(@TempDir Path dir) {
        try (Services s = TestStation.station(dir)) {
            family(s);
            // the new village Nà Cang, the child moved there, the weighing
            assertEquals(3, s.audit().lines(new AuditFilter(null, "Tòng Thị Mai (mai)", null, null, null)).size());
            assertEquals(3, s.audit().lines(new AuditFilter(null, "mai", null, null, null)).size());
            assertEquals(1, s.audit().lines(new AuditFilter(null, "mai", null, null, "measurement")).size());
            LocalDate today = LocalDate.of(2026, 11, 22);
            int all = s.audit().lines(AuditFilter.ALL).size();
            assertEquals(all, s.audit().lines(new AuditFilter(null, null, today, today, null)).size());
            assertEquals(0, s.audit().lines(new AuditFilter(null, null, today.plusDays(1), null, null)).size());
            assertEquals(0, s.audit().lines(new AuditFilter(null, null, null, today.minusDays(1), null)).size());
            assertTrue(s.audit().users().contains("Tòng Thị Mai (mai)"));
            assertTrue(s.audit().tables().containsAll(List.of("person", "measurement", "app_user")));
            assertEquals("Lò Văn Khánh", s.audit().person("lo van khanh").fullName());
            assertEquals("audit.error.severalPeople", assertThrows(UserError.class,
                    () -> s.audit().person("lò")).problems().get(0).key());
            assertEquals("audit.error.noSuchPerson", assertThrows(UserError.class,
                    () -> s.audit().person("Hoàng Văn Tú")).problems().get(0).key());
        }
    }

    @Test
    void stationStaffMayNotReadTheAudit(@TempDir Path dir) {
        try (Services s = TestStation.station(dir)) {
            family(s);
            s.users().logout();
            s.login("mai", "mat-khau-mai".toCharArray());
            for (Runnable read : List.<Runnable>of(() -> s.audit().lines(AuditFilter.ALL), () -> s.audit().check(),
                    () -> s.audit().users(), () -> s.audit().person("Khánh"))) {
                assertEquals("security.error.refused", assertThrows(UserError.class, read::run).problems().get(0).key());
            }
        }
    }

    /** Issue 17: a visit saved today and a catalogue put in force read in words, no Java text of a record. */
    @Test
    void aVisitsValuesAndTheCataloguesCountReadInWords(@TempDir Path dir) {
        try (Services s = TestStation.station(dir)) {
            UUID hoa = s.people().save(TestStation.WORKER, TestPeople.hoa().draft(), "Bản Đốc");
            UUID pregnancy = s.antenatal().savePregnancy(TestStation.WORKER, hoa,
                    new vn.tramyte.antenatal.PregnancyDraft(null, LocalDate.of(2026, 6, 20), null, 2, 1, null));
            s.antenatal().saveVisit(TestStation.WORKER, pregnancy, null, new vn.tramyte.antenatal.AncVisit(
                    LocalDate.of(2026, 11, 20), 55.0, null, null, 24.0, vn.tramyte.antenatal.FetalHeart.rate(152),
                    vn.tramyte.antenatal.UrineProtein.TRACE, vn.tramyte.antenatal.HivTest.NEGATIVE, null,
                    vn.tramyte.antenatal.TetanusDose.TT1, true, 30, "Lò Thị Thu"));
            s.vaccination().receiveCatalogue(TestStation.WORKER, s.vaccination().catalogue().all(), 2);
            List<String> vi = shown(s, AuditFilter.ALL, VI);
            String visit = vi.stream().filter(l -> l.contains("Tim thai")).findFirst().orElseThrow();
            assertTrue(visit.contains("Tim thai: 152 nhịp/phút; Protein niệu: " + VI.get("antenatal.urineProtein.trace")
                    + "; Xét nghiệm HIV: " + VI.get("antenatal.hiv.negative") + "; Mũi uốn ván: UV1; "
                    + "Viên sắt/axit folic: Có, 30 viên"), visit);
            String catalogue = vi.stream().filter(l -> l.contains("Phiên bản danh mục")).findFirst().orElseThrow();
            assertTrue(catalogue.endsWith("Số mũi trong danh mục: " + s.vaccination().catalogue().all().size()), catalogue);
            assertTrue(vi.stream().noneMatch(l -> l.contains("FetalHeart") || l.contains("null") || l.contains("TRACE")
                    || l.contains("doses")), String.join("\n", vi));
        }
    }
}
