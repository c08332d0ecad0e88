package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.nutrition.MeasurementDraft;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.place.Installation;
import vn.tramyte.testing.TestStation;
import vn.tramyte.testing.TestPeople;

/**
 * A station that worked for months before its centre enrolled it: enrolling it then keeps every
 * record typed there, and its first package brings them all to the centre.
 */
class LateEnrolmentTest {
    @TempDir
    Path dir;

    @Test
    void enrollingAStationAlreadyInUseKeepsItsRecordsAndItsFirstPackageCarriesThemAll() {
        try (Services centre = TestStation.centre(dir.resolve("centre"));
             Services station = TestStation.station(dir.resolve("station"))) {
            UUID mother = station.people().save(TestStation.WORKER,
                    TestPeople.hoa().born(LocalDate.of(1996, 3, 8)).phone("0912345678").draft(), "Bản Mường");
            UUID village = station.places().ownVillages().get(0).id();
            UUID child = station.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Khánh", Sex.MALE,
                    LocalDate.of(2025, 6, 1), false, "03", village, mother, null, null, null));
            station.nutrition().save(TestStation.WORKER, new MeasurementDraft(null, child, LocalDate.of(2026, 11, 20),
                    9.1, 76.0, Position.LYING, false, 140), false);
            Installation before = station.setup().installation().orElseThrow();
            assertFalse(station.sync().ownStatus().enrolled());

            SyncService.Enrolment e = centre.sync().enrol(TestStation.MUONG_KIM, dir.resolve("enrol"));
            Installation after = station.sync().setUpFromEnrolment(e.file(), e.code(), null);

            assertEquals(before.place().code(), after.place().code());
            assertEquals(Set.of(mother, child), ids(station.people().all()));
            PersonRow childRow = station.people().all().stream().filter(r -> r.id().equals(child)).findFirst()
                    .orElseThrow();
            assertEquals(1, station.nutrition().history(vn.tramyte.nutrition.NutritionService.child(childRow)).size());
            OwnSyncStatus own = station.sync().ownStatus();
            assertTrue(own.enrolled());
            assertEquals(4, own.waitingRows(), "the village, the mother, the child and the measurement wait to be sent");

            ImportOutcome in = centre.sync().importFile(station.sync().export(dir.resolve("usb")));
            assertEquals(ImportOutcome.Status.IMPORTED, in.status());
            assertEquals(Set.of(mother, child), ids(centre.people().all()));
            assertEquals(List.of(1, 2, 1), in.lines().stream()
                    .filter(l -> List.of("village", "person", "measurement").contains(l.table()))
                    .map(TableReport::added).toList());
        }
    }

    private static Set<UUID> ids(List<PersonRow> rows) {
        return rows.stream().map(PersonRow::id).collect(Collectors.toSet());
    }
}
