package vn.tramyte.death.ui;

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
import vn.tramyte.death.DeathPlace;
import vn.tramyte.death.DeathRow;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/** The deaths page at a station: bad input gets one sentence and saves nothing; a death saved is listed. */
class DeathViewModelTest {
    @TempDir
    Path dir;
    Services s;
    DeathViewModel vm;
    final AtomicInteger peopleChanged = new AtomicInteger();

    @BeforeEach
    void station() {
        s = TestStation.station(dir);
        TestPeople.save(s, TestPeople.person("Lò Văn Phúc", Sex.MALE, LocalDate.of(2026, 11, 1)), "Bản Đốc");
        TestPeople.save(s, TestPeople.hoa(), "Bản Đốc");
        vm = new DeathViewModel(s.deaths(), s.people(), s.places(), TaskRunner.synchronous(),
                new Messages(Messages.ENGLISH), TestStation.WORKER, true, peopleChanged::incrementAndGet);
        vm.refresh();
    }

    @AfterEach
    void close() {
        s.close();
    }

    private List<DeathRow> saved() {
        return s.deaths().register(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null);
    }

    private void choose(String words) {
        vm.query.set(words);
        assertEquals(1, vm.found.size(), vm.found.toString());
        assertEquals(vm.found.get(0), vm.person.get(), "the only one found is chosen");
    }

    @Test
    void noPersonChosenIsOneSentenceAndNothingIsSaved() {
        vm.save();
        assertEquals("Deceased: none chosen. Search by name and pick, or tick \"not registered\".", vm.error.get());
        assertEquals("", vm.message.get());
        assertTrue(saved().isEmpty());
        assertTrue(vm.register.isEmpty());
    }

    @Test
    void aDeathDateInTheFutureIsRefusedAndThePersonStaysAlive() {
        choose("phuc lo");
        vm.deathDate.set(LocalDate.of(2026, 12, 1));
        vm.save();
        assertEquals("Date of death: 01/12/2026 is in the future (today is 22/11/2026). Check it again.",
                vm.error.get());
        assertTrue(saved().isEmpty());
        assertTrue(vm.register.isEmpty());
        assertEquals(0, peopleChanged.get());
        assertTrue(s.people().all().stream().allMatch(PersonRow::alive));
    }

    @Test
    void aNewbornsDeathIsClassedAsItIsTypedThenListedAndHeLeavesTheSearch() {
        choose("phuc");
        vm.deathDate.set(LocalDate.of(2026, 11, 10));
        vm.place.set(DeathPlace.HOME);
        assertTrue(vm.classification.get().startsWith("Classification: "), vm.classification.get());
        assertTrue(vm.classification.get().contains("Neonatal death (under 28 days)"), vm.classification.get());
        assertFalse(vm.asksPregnancyQuestion.get(), "a boy is not asked the maternal question");
        vm.save();
        assertEquals("", vm.error.get());
        assertEquals("Death of Lò Văn Phúc recorded. The person leaves every due and planning list; the records stay.",
                vm.message.get());
        assertEquals(List.of("Lò Văn Phúc"), vm.register.stream().map(DeathRow::fullName).toList());
        assertEquals(LocalDate.of(2026, 11, 10), vm.register.get(0).deathDate());
        assertEquals(1, saved().size());
        assertEquals(1, peopleChanged.get(), "the other pages are told");
        assertEquals("", vm.query.get(), "the form is cleared for the next death");
        assertEquals(List.of("Lò Thị Hoa"), vm.found.stream().map(PersonRow::fullName).toList(),
                "the dead are not offered again");
        vm.query.set("phuc");
        assertTrue(vm.found.isEmpty());
    }

    @Test
    void anUnregisteredDeathNeedsANameAndAWomanOfChildbearingAgeIsAskedTheMaternalQuestion() {
        vm.unregistered.set(true);
        vm.sex.set(Sex.FEMALE);
        vm.ageYears.set("30");
        vm.save();
        assertTrue(vm.error.get().contains("Full name: missing."), vm.error.get());
        assertTrue(saved().isEmpty());

        vm.fullName.set("Vàng Thị Dua");
        assertTrue(vm.asksPregnancyQuestion.get());
        vm.pregnancyRelated.set(Boolean.FALSE);
        vm.save();
        assertEquals("", vm.error.get());
        assertEquals(List.of("Vàng Thị Dua"), vm.register.stream().map(DeathRow::fullName).toList());
        assertFalse(vm.register.get(0).registered());
    }
}
