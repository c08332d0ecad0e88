package vn.tramyte.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.nutrition.MeasurementDraft;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.report.Period;
import vn.tramyte.plan.Population;
import vn.tramyte.report.ReportFormat;
import vn.tramyte.report.ReportRequest;
import vn.tramyte.testing.TestStation;
import vn.tramyte.vaccination.DosePlace;
import vn.tramyte.vaccination.GivenDose;
import vn.tramyte.testing.TestPeople;

/**
 * Issue 13: each role is refused each service it may not use, in one sentence, and the refused
 * action changes nothing (the database's change number, every table's row count, no file written).
 * The roles' rights are written here again from the issue's words, not taken from {@link Role}.
 */
class RoleRefusalTest {
    /** What each role may do, as the issue says it. */
    private static final Map<Role, Set<Permission>> MAY = new EnumMap<>(Map.of(
            Role.STATION_STAFF, EnumSet.of(Permission.RECORD),
            Role.STATION_HEAD, EnumSet.of(Permission.RECORD, Permission.EXPORT_PACKAGE, Permission.IMPORT_PACKAGE,
                    Permission.MANAGE_USERS, Permission.RESTORE, Permission.REPORTS, Permission.AUDIT),
            Role.CENTRE_STATISTICIAN, EnumSet.of(Permission.IMPORT_PACKAGE, Permission.CENTRE_PACKAGES,
                    Permission.TRANSFER, Permission.REPORTS, Permission.TARGETS, Permission.CATALOGUE, Permission.AUDIT),
            Role.ADMINISTRATOR, EnumSet.allOf(Permission.class)));

    @TempDir
    static Path dir;
    private static Services s;
    private static UUID person;

    /** One service call of each kind that changes data or writes a file, and the permission it needs. */
    private record Action(String name, Permission needs, Consumer<Services> call) {
    }

    private static final List<Action> ACTIONS = List.of(
            new Action("register a person", Permission.RECORD, x -> x.people().save("x", new PersonDraft(null,
                    "Lò Văn Khánh", Sex.MALE, LocalDate.of(2025, 2, 3), false, "03", null, null, null, null, null))),
            new Action("record a dose", Permission.RECORD, x -> x.vaccination().record("x", person,
                    List.of(new GivenDose("BCG", LocalDate.of(2026, 1, 5), DosePlace.STATION, "L1", false)))),
            new Action("record a measurement", Permission.RECORD, x -> x.nutrition().save("x", new MeasurementDraft(null,
                    person, LocalDate.of(2026, 5, 5), 7.5, 66.0, null, false, null), false)),
            new Action("register a pregnancy", Permission.RECORD, x -> x.antenatal().savePregnancy("x", person,
                    new vn.tramyte.antenatal.PregnancyDraft(null, LocalDate.of(2026, 6, 1), null, 1, 0, null))),
            new Action("import register files", Permission.RECORD, x -> x.csvImport().importPaths("x",
                    List.of(dir.resolve("registers")))),
            new Action("export the data package", Permission.EXPORT_PACKAGE, x -> x.sync().export(dir.resolve("out"))),
            new Action("import a package", Permission.IMPORT_PACKAGE, x -> x.sync().importPaths(
                    List.of(dir.resolve("registers")))),
            new Action("enrol a station", Permission.CENTRE_PACKAGES, x -> x.sync().enrol("03638", dir.resolve("out"))),
            new Action("make feedback", Permission.CENTRE_PACKAGES, x -> x.sync().feedback(dir.resolve("out"))),
            new Action("transfer a person", Permission.TRANSFER, x -> x.sync().transfer(person, "03638")),
            new Action("write a report", Permission.REPORTS, x -> x.reportFiles().write(
                    x.reports().report(ReportRequest.of(Period.year(2026))), ReportFormat.CSV,
                    EnumSet.allOf(Population.class), Messages.forLanguage("vi"), dir.resolve("out/report.csv"))),
            new Action("import DHIS2 codes", Permission.REPORTS, x -> x.dhis2Mapping().importMapping("x",
                    new StringReader("indicator,population,data_element\n"), "dhis2.csv")),
            new Action("import targets", Permission.TARGETS, x -> x.targets().importTargets("x",
                    new StringReader("place_code,indicator\n"), "targets.csv")),
            new Action("import the vaccine catalogue", Permission.CATALOGUE, x -> x.vaccination().importCatalogue("x",
                    new StringReader("code\n"), "catalogue.csv")),
            new Action("add a user", Permission.MANAGE_USERS, x -> x.users().add(new NewUser("Vàng A Sử", "su",
                    Role.STATION_STAFF, "mat-khau-su".toCharArray()))),
            new Action("disable a user", Permission.MANAGE_USERS, x -> x.users().disable("mai")),
            new Action("reset a password", Permission.MANAGE_USERS, x -> x.users().resetPassword("mai",
                    "mat-khau-moi".toCharArray())));

    @BeforeAll
    static void station() throws IOException {
        s = TestStation.station(dir);
        person = s.people().save(TestStation.WORKER, TestPeople.hoa().draft());
        Files.createDirectories(dir.resolve("registers"));
        Files.writeString(dir.resolve("registers/persons.csv"), "ref,full_name,sex,birth_date\nA1,Lò Văn Tú,M,2025-01-02\n");
        Files.createDirectories(dir.resolve("out"));
        s.users().add(new NewUser("Tòng Thị Mai", "mai", Role.STATION_STAFF, "mat-khau-mai".toCharArray()));
        s.users().add(new NewUser("Lò Văn Khánh", "khanh", Role.STATION_HEAD, "mat-khau-khanh".toCharArray()));
        s.users().add(new NewUser("Nguyễn Thị Thu Hà", "thuha", Role.CENTRE_STATISTICIAN, "mat-khau-thuha".toCharArray()));
    }

    @AfterAll
    static void close() {
        s.close();
    }

    @Test
    void theRolesMayWhatTheIssueSays() {
        for (Role role : Role.values()) {
            for (Permission p : Permission.values()) {
                assertEquals(MAY.get(role).contains(p), role.may(p), role + " " + p);
            }
        }
    }

    @Test
    void eachRoleIsRefusedEachForbiddenServiceAndNothingChanges() {
        Map<Role, String> logins = Map.of(Role.STATION_STAFF, "mai", Role.STATION_HEAD, "khanh",
                Role.CENTRE_STATISTICIAN, "thuha");
        int refusals = 0;
        for (Map.Entry<Role, String> e : logins.entrySet()) {
            s.users().logout();
            s.login(e.getValue(), ("mat-khau-" + e.getValue()).toCharArray());
            for (Action a : ACTIONS) {
                if (MAY.get(e.getKey()).contains(a.needs())) {
                    continue;
                }
                String before = state();
                UserError refused = assertThrows(UserError.class, () -> a.call().accept(s), e.getKey() + ": " + a.name());
                assertEquals("security.error.refused", refused.problems().get(0).key(), e.getKey() + ": " + a.name());
                String sentence = refused.describe(Messages.forLanguage("vi"));
                assertTrue(sentence.contains(s.session().user().orElseThrow().fullName()), sentence);
                assertEquals(before, state(), e.getKey() + " refused " + a.name() + " but something changed");
                refusals++;
            }
        }
        assertEquals(12 + 5 + 9, refusals, "staff 12, head 5, statistician 9 refusals");
    }

    @Test
    void nobodyLoggedInIsRefusedEverything() {
        s.users().logout();
        try {
            for (Action a : ACTIONS) {
                String before = state();
                UserError refused = assertThrows(UserError.class, () -> a.call().accept(s), a.name());
                assertEquals("security.error.notLoggedIn", refused.problems().get(0).key(), a.name());
                assertEquals(before, state(), a.name());
            }
        } finally {
            s.login(TestStation.ADMIN_LOGIN, TestStation.PASSWORD.toCharArray());
        }
    }

    /** The change number, every table's rows, the files written out, and the users' passwords and states. */
    private static String state() {
        List<String> files = new ArrayList<>();
        try (Stream<Path> out = Files.list(dir.resolve("out"))) {
            out.forEach(p -> files.add(p.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.database().lastChangeSeq() + " " + s.database().tableCounts() + " " + files;
    }
}
