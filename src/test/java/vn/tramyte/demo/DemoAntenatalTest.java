package vn.tramyte.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.antenatal.BirthOutcome;
import vn.tramyte.antenatal.DeliveryPlace;
import vn.tramyte.antenatal.PregnancyCard;
import vn.tramyte.app.Services;
import vn.tramyte.death.DeathClass;
import vn.tramyte.death.DeathRow;
import vn.tramyte.testing.TestClock;

class DemoAntenatalTest {
    @Test
    void theCentreDemoHasPregnanciesDeliveriesAndDeathsInEveryCommune(@TempDir Path dir) {
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            s.demo().create();
            List<PregnancyCard> cards = s.antenatal().cards(TestClock.TODAY);
            Set<String> stations = cards.stream().map(c -> c.woman().stationCode()).collect(Collectors.toSet());
            assertEquals(12, stations.size());
            Set<Integer> visitCounts = cards.stream().filter(c -> c.pregnancy().open())
                    .map(c -> c.visits().size()).collect(Collectors.toSet());
            assertTrue(visitCounts.contains(0) && visitCounts.stream().anyMatch(n -> n >= 5), visitCounts.toString());
            List<PregnancyCard> delivered = cards.stream().filter(c -> c.delivery() != null).toList();
            Set<DeliveryPlace> places = delivered.stream().map(c -> c.delivery().delivery().place())
                    .collect(Collectors.toSet());
            assertTrue(places.containsAll(Set.of(DeliveryPlace.STATION, DeliveryPlace.HOSPITAL, DeliveryPlace.HOME)));
            assertTrue(delivered.stream().anyMatch(c -> !c.delivery().delivery().attendedByTrainedStaff()));
            assertTrue(delivered.stream().anyMatch(c -> c.delivery().delivery().multiple()), "twins");
            assertTrue(delivered.stream().flatMap(c -> c.delivery().births().stream())
                    .anyMatch(b -> b.baby().outcome() == BirthOutcome.STILL), "a stillbirth");
            List<DeathRow> deaths = s.deaths().register(null, null);
            assertEquals(1, deaths.stream().filter(d -> d.death().classification().is(DeathClass.MATERNAL)).count());
            assertTrue(deaths.stream().anyMatch(d -> d.death().classification().is(DeathClass.INFANT)));
            assertTrue(deaths.stream().anyMatch(d -> d.death().classification().is(DeathClass.UNDER_FIVE)
                    && !d.death().classification().is(DeathClass.INFANT)));
            assertTrue(deaths.stream().anyMatch(d -> !d.registered()));
            // the dead leave the planning lists
            assertTrue(s.antenatal().pregnantWomen(TestClock.TODAY).stream().allMatch(c -> c.woman().alive()));
        }
    }

    @Test
    void theStationDemoHasItsOwnMaternalDeath(@TempDir Path dir) {
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            s.demo().create(DemoService.STATION_DEMO);
            assertTrue(s.deaths().register(null, null).stream()
                    .anyMatch(d -> d.death().classification().is(DeathClass.MATERNAL)));
            assertTrue(!s.antenatal().pregnantWomen(TestClock.TODAY).isEmpty());
            assertTrue(s.antenatal().cards(TestClock.TODAY).stream().filter(c -> c.delivery() != null)
                    .flatMap(c -> c.delivery().births().stream())
                    .anyMatch(b -> b.baby().outcome() == BirthOutcome.STILL), "a stillbirth");
            assertTrue(s.antenatal().cards(TestClock.TODAY).stream().anyMatch(c -> c.delivery() != null
                    && c.delivery().delivery().multiple()), "twins");
            var deaths = s.deaths().register(null, null);
            assertTrue(deaths.stream().anyMatch(d -> d.death().classification().is(DeathClass.INFANT)));
            assertTrue(deaths.stream().anyMatch(d -> d.death().classification().is(DeathClass.UNDER_FIVE)
                    && !d.death().classification().is(DeathClass.INFANT)));
        }
    }
}
