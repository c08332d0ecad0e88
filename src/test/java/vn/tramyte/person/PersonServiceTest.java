package vn.tramyte.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;
import vn.tramyte.testing.TestStation;
import vn.tramyte.testing.TestPeople;

/* On H2 and on PostgreSQL (issue 16). */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("vn.tramyte.testing.Engine#both")
class PersonServiceTest {
    @org.junit.jupiter.params.Parameter
    vn.tramyte.testing.Engine engine;

    @TempDir
    Path dir;
    Services s;

    @BeforeEach
    void open() {
        s = engine.station(dir);
    }

    @AfterEach
    void close() {
        if (s != null) { // null when the engine was skipped (no PostgreSQL on this machine)
            s.close();
        }
    }

    private PersonDraft mother() {
        return TestPeople.hoa().personalId("012198001234").insuranceNo("0123456789").phone("0912345678").draft();
    }

    private PersonDraft child(UUID mother, LocalDate birth) {
        return new PersonDraft(null, "Lò Văn Khánh", Sex.MALE, birth, false, "03", null, mother, null, null, null);
    }

    @Test
    void thePagesShareOneReadOnlyListOfEveryoneUntilTheNextWriteButOnAServerReadItAgain() {
        UUID hoa = s.people().save(TestStation.WORKER, mother(), "Bản Đốc");
        List<PersonRow> first = s.people().all();
        assertThrows(UnsupportedOperationException.class, () -> first.remove(0), "shared by the pages: read-only");
        List<PersonRow> again = s.people().all();
        if (s.database().server().isPresent()) {
            assertNotSame(first, again, "other programs write a server's database: read every time");
        } else {
            assertSame(first, again, "nothing written since: the same list, not a second copy");
        }
        UUID khanh = s.people().save(TestStation.WORKER, child(hoa, LocalDate.of(2025, 3, 4)), null);
        List<PersonRow> after = s.people().all();
        assertNotSame(first, after);
        assertEquals(List.of(hoa), first.stream().map(PersonRow::id).toList());
        assertEquals(java.util.Set.of(hoa, khanh), after.stream().map(PersonRow::id).collect(java.util.stream.Collectors.toSet()));
        // any write of the program, here in another service's transaction (the deaths page's)
        s.database().writeVoid(TestStation.WORKER, tx -> s.people().setDiedOn(tx, khanh, LocalDate.of(2025, 6, 1)));
        assertFalse(s.people().all().stream().filter(p -> p.id().equals(khanh)).findFirst().orElseThrow().alive(),
                "a death written through another page is seen");
    }

    @Test
    void theChildrenOfADueListAreChosenByBirthDateLifeAndAFullDateInTheDatabase() {
        LocalDate day = LocalDate.of(2026, 11, 22);
        UUID mother = s.people().save(TestStation.WORKER, mother(), "Bản Đốc");
        UUID fiveTomorrow = s.people().save(TestStation.WORKER, child(mother, LocalDate.of(2021, 11, 23)), null);
        UUID fiveToday = s.people().save(TestStation.WORKER, child(mother, LocalDate.of(2021, 11, 22)), null);
        UUID bornToday = s.people().save(TestStation.WORKER, child(mother, day), null);
        UUID dead = s.people().save(TestStation.WORKER, child(mother, LocalDate.of(2025, 3, 1)), null);
        s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Sáng", Sex.MALE, LocalDate.of(2024, 1, 1),
                true, "03", null, mother, null, null, null), null); // a year alone: no age in days
        s.database().writeVoid(TestStation.WORKER, tx -> s.people().setDiedOn(tx, dead, LocalDate.of(2025, 9, 1)));
        List<UUID> chosen = s.database().read(tx -> s.people().livingBornBetween(tx, null, day.minusYears(5), day))
                .stream().map(PersonRow::id).toList();
        assertEquals(java.util.Set.of(fiveTomorrow, bornToday), java.util.Set.copyOf(chosen));
        // on an earlier day, the child born later is not yet born and the two born in 2021 are children
        assertEquals(java.util.Set.of(fiveTomorrow, fiveToday), java.util.Set.copyOf(s.database().read(tx -> s.people()
                .livingBornBetween(tx, null, LocalDate.of(2021, 1, 1), LocalDate.of(2026, 1, 1))).stream()
                .map(PersonRow::id).toList()));
    }

    @Test
    void aValidPersonIsSavedNumberedAndAudited() {
        long before = s.database().lastChangeSeq();
        UUID id = s.people().save(TestStation.WORKER, mother(), "Bản Đốc");
        Person p = s.people().find(id).orElseThrow();
        assertEquals("Lò Thị Hoa", p.fullName());
        assertEquals("03637", p.stationCode());
        assertEquals("Bản Đốc", s.places().ownVillages().get(0).name());
        // village + person: two changes, each with its audit line
        assertEquals(before + 2, s.database().lastChangeSeq());
        int audits = s.database().read(tx -> new vn.tramyte.db.ChangeRepository().auditCount(tx.dsl(), "person", id));
        assertEquals(1, audits);
    }

    @Test
    void anEditIsAuditedWithWhatChanged() {
        UUID id = s.people().save(TestStation.WORKER, mother(), null);
        Person p = s.people().find(id).orElseThrow();
        PersonDraft edited = new PersonDraft(id, "Lò Thị Hoà", p.sex(), p.birthDate(), false, "03", null, null,
                p.personalId(), p.insuranceNo(), "0987654321");
        s.people().save(TestStation.WORKER, edited);
        assertEquals("Lò Thị Hoà", s.people().find(id).orElseThrow().fullName());
        String changes = s.database().read(tx -> tx.dsl().fetchValue(
                "select changes from audit_log where row_id = ? and action = 'UPDATE'", id).toString());
        assertTrue(changes.contains("full_name: Lò Thị Hoa → Lò Thị Hoà"), changes);
        assertTrue(changes.contains("phone: 0912345678 → 0987654321"), changes);
        assertFalse(changes.contains("sex"), changes);
    }

    @Test
    void aBirthDateInTheFutureIsRefusedWithASentenceAndNothingIsSaved() {
        long before = s.database().lastChangeSeq();
        PersonDraft future = child(null, LocalDate.of(2026, 12, 1));
        UserError e = assertThrows(UserError.class, () -> s.people().save(TestStation.WORKER, future, "Bản Mới"));
        assertEquals(List.of("birthDate"), e.problems().stream().map(Problem::field).toList());
        assertEquals("Birth date: 01/12/2026 is in the future (today is 22/11/2026). Check the birth date.",
                e.describe(new Messages(Messages.ENGLISH)));
        assertEquals(0, s.people().count());
        assertTrue(s.places().ownVillages().isEmpty(), "the new village is rolled back with the person");
        assertEquals(before, s.database().lastChangeSeq());
    }

    @Test
    void aMotherLessThanTenYearsOlderThanHerChildIsRefused() {
        UUID mother = s.people().save(TestStation.WORKER, mother(), null);
        UserError e = assertThrows(UserError.class,
                () -> s.people().save(TestStation.WORKER, child(mother, LocalDate.of(2008, 4, 11))));
        assertEquals("person.error.motherTooYoung", e.problems().get(0).key());
        assertEquals(1, s.people().count());
        UUID ok = s.people().save(TestStation.WORKER, child(mother, LocalDate.of(2008, 4, 12)));
        assertEquals(mother, s.people().find(ok).orElseThrow().motherId());
    }

    @Test
    void aManCannotBeAMother() {
        UUID father = s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Chung", Sex.MALE,
                LocalDate.of(1995, 1, 1), true, "03", null, null, null, null, null));
        UserError e = assertThrows(UserError.class,
                () -> s.people().save(TestStation.WORKER, child(father, LocalDate.of(2025, 1, 1))));
        assertEquals("person.error.motherNotFemale", e.problems().get(0).key());
    }

    @Test
    void identifiersMustHaveTheirFormats() {
        PersonDraft bad = new PersonDraft(null, "Giàng Thị Mỷ", Sex.FEMALE, LocalDate.of(2000, 2, 2), false, "08",
                null, null, "01220000123", "DN40101234", "12345");
        UserError e = assertThrows(UserError.class, () -> s.people().save(TestStation.WORKER, bad));
        assertEquals(List.of("personalId", "insuranceNo", "phone"),
                e.problems().stream().map(Problem::field).toList());
        PersonDraft good = new PersonDraft(null, "Giàng Thị Mỷ", Sex.FEMALE, LocalDate.of(2000, 2, 2), false, "08",
                null, null, "012300001234", "dn4010123456789", "+84912345678");
        UUID id = s.people().save(TestStation.WORKER, good);
        assertEquals("DN4010123456789", s.people().find(id).orElseThrow().insuranceNo());
    }

    @Test
    void missingNameAndSexAreEachNamed() {
        PersonDraft empty = new PersonDraft(null, "  ", null, null, false, null, null, null, null, null, null);
        UserError e = assertThrows(UserError.class, () -> s.people().save(TestStation.WORKER, empty));
        assertEquals(List.of("fullName", "sex", "birthDate"), e.problems().stream().map(Problem::field).toList());
    }

    @Test
    void searchIgnoresDiacriticsCaseAndWordOrder() {
        s.people().save(TestStation.WORKER, new PersonDraft(null, "Nguyễn Thị Hoa", Sex.FEMALE,
                LocalDate.of(1990, 5, 5), false, "01", null, null, null, null, null));
        s.people().save(TestStation.WORKER, new PersonDraft(null, "Đặng Văn Đức", Sex.MALE,
                LocalDate.of(1988, 5, 5), false, "01", null, null, null, null, null));
        assertEquals(1, s.people().search("nguyen thi hoa").size());
        assertEquals(1, s.people().search("hoa nguyen").size());
        assertEquals(1, s.people().search("ng t hoa").size());
        assertEquals(1, s.people().search("dang duc").size());
        assertEquals(0, s.people().search("hoa dang").size());
        assertEquals(2, s.people().search("").size());
    }

    @Test
    void aCentreDoesNotEnterAStationsRecords(@TempDir Path other) {
        try (Services centre = engine.centre(other)) {
            UserError e = assertThrows(UserError.class, () -> centre.people().save("x", mother()));
            assertEquals("person.error.centreReadOnly", e.problems().get(0).key());
        }
    }
}
