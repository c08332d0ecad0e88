package vn.tramyte.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.person.PersonRow;
import vn.tramyte.testing.TestClock;
import vn.tramyte.vaccination.CardStatus;
import vn.tramyte.vaccination.ChildCard;
import vn.tramyte.vaccination.DueStatus;
import vn.tramyte.vaccination.RegisterRow;

class DemoVaccinationTest {
    @Test
    void theStationDemoShowsEveryStateOfTheCardAndTheDueList(@TempDir Path dir) {
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            s.demo().create(DemoService.STATION_DEMO);
            assertTrue(s.vaccination().count() > 200, "doses: " + s.vaccination().count());
            List<PersonRow> children = s.people().all().stream().filter(p -> p.motherId() != null).toList();
            List<ChildCard> cards = children.stream().map(c -> s.vaccination().card(c, TestClock.TODAY)).toList();
            for (CardStatus status : List.of(CardStatus.GIVEN, CardStatus.DUE, CardStatus.OVERDUE,
                    CardStatus.NOT_YET_DUE, CardStatus.INVALID)) {
                assertTrue(cards.stream().anyMatch(c -> c.entries().stream().anyMatch(e -> e.status() == status)),
                        "some card shows " + status);
            }
            var due = s.vaccination().dueList(TestClock.TODAY.plusDays(10), Set.of(), null);
            assertTrue(due.stream().anyMatch(r -> r.status() == DueStatus.DUE));
            assertTrue(!s.vaccination().defaulters(TestClock.TODAY, Set.of()).isEmpty());
            List<RegisterRow> register = s.vaccination().register(TestClock.TODAY.getYear() - 1);
            assertTrue(register.stream().anyMatch(r -> r.fullImmunization().completed()), register.stream()
                    .map(r -> r.child().birthDate() + " " + r.fullImmunization().missing() + " " + r.validDates())
                    .toList().toString());
            List<RegisterRow> older = s.vaccination().register(TestClock.TODAY.getYear() - 2);
            assertTrue(register.stream().anyMatch(r -> !r.fullImmunization().completed())
                    || older.stream().anyMatch(r -> !r.fullImmunization().completed()), "some child not fully immunized");
            assertTrue(s.people().all().stream().filter(p -> p.motherId() == null)
                    .anyMatch(m -> !s.vaccination().tetanus(m.id()).doses().isEmpty()), "some mothers have TT doses");
        }
    }
}
