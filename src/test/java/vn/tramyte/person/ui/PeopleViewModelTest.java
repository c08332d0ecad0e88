package vn.tramyte.person.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/** The people page at a station: what the list shows as a search is typed, households, a person added. */
class PeopleViewModelTest {
    @TempDir
    Path dir;
    Services s;
    PeopleViewModel vm;
    final AtomicInteger changed = new AtomicInteger();

    @BeforeEach
    void station() {
        s = TestStation.station(dir);
        UUID hoa = s.people().save(TestStation.WORKER, TestPeople.hoa().draft(), "Bản Đốc");
        UUID village = s.places().ownVillages().get(0).id();
        s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn An", Sex.MALE, LocalDate.of(2026, 10, 20),
                false, "03", village, hoa, null, null, null));
        s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Thị Mai", Sex.FEMALE, LocalDate.of(2024, 3, 2),
                false, "03", village, hoa, null, null, null));
        s.people().save(TestStation.WORKER, new PersonDraft(null, "Hoàng Văn Sáng", Sex.MALE, LocalDate.of(1990, 1, 1),
                true, "01", village, null, null, null, null));
        vm = new PeopleViewModel(s.people(), s.places(), TestStation.WORKER, s.places().installation().orElseThrow(),
                TaskRunner.synchronous(), new Messages(Messages.ENGLISH), changed::incrementAndGet);
        vm.refresh();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private List<String> names() {
        return vm.rows().stream().map(PersonRow::fullName).toList();
    }

    @Test
    void everyoneIsListedUntilASearchIsTypedWithoutDiacriticsInAnyOrder() {
        assertEquals(4, vm.rows().size());
        assertEquals("Showing 4 of 4 people", vm.summaryProperty().get());
        vm.searchProperty().set("mai lo");
        assertEquals(List.of("Lò Thị Mai"), names());
        assertEquals("Showing 1 of 4 people", vm.summaryProperty().get());
        vm.searchProperty().set("1990");
        assertEquals(List.of("Hoàng Văn Sáng"), names(), "a birth year finds too");
        vm.searchProperty().set("");
        assertEquals(4, vm.rows().size());
    }

    @Test
    void aRowSaysAgeSexAndEthnicityInWords() {
        vm.searchProperty().set("an lo");
        PersonRow an = vm.rows().get(0);
        assertEquals("33 days", vm.ageText(an), "a baby's age in days");
        assertEquals("Male", vm.sexText(an));
        vm.searchProperty().set("sang");
        PersonRow sang = vm.rows().get(0);
        assertEquals("36 years", vm.ageText(sang), "a birth year only: the age in years");
        assertTrue(vm.canEdit());
        assertFalse(vm.showsStation(), "a station's people are its own: no station column");
    }

    @Test
    void aChildsHouseholdIsTheMotherThenHerChildrenOldestFirst() {
        vm.searchProperty().set("an lo");
        List<PersonRow> family = vm.household(vm.rows().get(0));
        assertEquals(List.of("Lò Thị Hoa", "Lò Thị Mai", "Lò Văn An"), family.stream().map(PersonRow::fullName).toList());
        assertEquals("Mother: Lò Thị Hoa – 12/04/1998 (28 years)", vm.householdLine(family.get(0), family.get(0)));
        assertEquals("Child: Lò Văn An – 20/10/2026 (33 days)", vm.householdLine(family.get(2), family.get(0)));
        vm.searchProperty().set("sang");
        assertEquals(List.of("Hoàng Văn Sáng"), vm.household(vm.rows().get(0)).stream().map(PersonRow::fullName)
                .toList(), "no mother, no children: alone");
    }

    @Test
    void aPersonAddedIsListedAndTheOtherPagesAreTold() {
        PersonEditorViewModel editor = vm.newPerson();
        editor.fullNameProperty().set("Lò Văn Khánh");
        editor.sexProperty().set(Sex.MALE);
        editor.birthDateProperty().set("3/9/2025");
        editor.villageProperty().set("ban doc");
        boolean[] closed = {false};
        editor.save(() -> closed[0] = true);
        assertTrue(closed[0], editor.problems().toString());
        assertEquals(5, vm.rows().size());
        assertEquals(1, changed.get());
        vm.searchProperty().set("khanh");
        assertEquals(List.of("Lò Văn Khánh"), names());
    }
}
