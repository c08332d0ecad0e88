package vn.tramyte.person.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/** The person form without a screen: the mother is picked by name, the village typed once. */
class PersonEditorViewModelTest {
    @TempDir
    Path dir;
    Services s;

    @BeforeEach
    void open() {
        s = TestStation.station(dir);
        s.people().save(TestStation.WORKER, TestPeople.hoa().draft(), "Bản Đốc");
        s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Chung", Sex.MALE, LocalDate.of(1996, 1, 2),
                false, "03", null, null, null, null, null));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private PersonEditorViewModel editor(PersonRow editing) {
        return new PersonEditorViewModel(s.people(), s.places(), TestStation.WORKER, TaskRunner.synchronous(),
                new Messages(Messages.ENGLISH), s.people().all(), editing, s.people().today(), () -> { });
    }

    @Test
    void onlyWomenOldEnoughAreOfferedAsMother() {
        PersonEditorViewModel vm = editor(null);
        List<PersonRow> found = vm.motherSuggestions("lo");
        assertEquals(List.of("Lò Thị Hoa"), found.stream().map(PersonRow::fullName).toList());
        assertTrue(vm.motherSuggestions("").isEmpty());
    }

    @Test
    void aChildIsSavedWithTheChosenMotherAndAnExistingVillageTypedWithoutDiacritics() {
        PersonEditorViewModel vm = editor(null);
        vm.fullNameProperty().set("Lò Văn Khánh");
        vm.sexProperty().set(Sex.MALE);
        vm.birthDateProperty().set("3/9/2025");
        vm.villageProperty().set("ban doc");
        vm.motherProperty().set(vm.motherSuggestions("hoa").get(0));
        boolean[] closed = {false};
        vm.save(() -> closed[0] = true);
        assertTrue(closed[0], vm.problems().toString());
        PersonRow khanh = s.people().search("khanh").get(0);
        assertEquals("Lò Thị Hoa", khanh.motherName());
        assertEquals("Bản Đốc", khanh.villageName());
        assertEquals(1, s.places().ownVillages().size(), "no second Bản Đốc");
    }

    @Test
    void anUnreadableDateIsNamedAndTheFormStaysOpen() {
        PersonEditorViewModel vm = editor(null);
        vm.fullNameProperty().set("Lò Văn Khánh");
        vm.sexProperty().set(Sex.MALE);
        vm.birthDateProperty().set("3l/12/2025");
        boolean[] closed = {false};
        vm.save(() -> closed[0] = true);
        assertEquals(List.of("Birth date: \"3l/12/2025\" cannot be read. Enter it as day/month/year, e.g. 05/03/2025."),
                vm.problems());
        assertTrue(vm.badFields().contains("birthDate"));
        assertTrue(!closed[0]);
    }

    @Test
    void aDayThatIsNotInTheCalendarIsSaidSo() {
        PersonEditorViewModel vm = editor(null);
        vm.fullNameProperty().set("Lò Văn Khánh");
        vm.sexProperty().set(Sex.MALE);
        vm.birthDateProperty().set("31/02/2025");
        boolean[] closed = {false};
        vm.save(() -> closed[0] = true);
        assertEquals(List.of("Birth date \"31/02/2025\": this day does not exist in the calendar (for example 31/02). "
                + "Check the day and the month; the day comes first."), vm.problems());
        assertTrue(vm.badFields().contains("birthDate"));
        assertTrue(!closed[0]);
    }

    @Test
    void editingKeepsTheMotherAndSavesTheChange() {
        PersonRow hoa = s.people().search("hoa").get(0);
        PersonEditorViewModel vm = editor(hoa);
        assertEquals("12/04/1998", vm.birthDateProperty().get());
        vm.phoneProperty().set("0912345678");
        vm.save(() -> { });
        assertEquals("0912345678", s.people().search("hoa").get(0).phone());
    }
}
