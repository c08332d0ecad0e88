package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;
import vn.tramyte.testing.Engine;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;

/**
 * A package received at 00:30 in Vietnam was received that day, on both engines: PostgreSQL gives the
 * time back in UTC (17:30 the day before), so the sync page's dates are taken in the clock's zone.
 */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("vn.tramyte.testing.Engine#both")
class ReceivedDayInZoneTest {
    @org.junit.jupiter.params.Parameter
    Engine engine;

    @TempDir
    Path dir;

    @Test
    void aPackageReceivedJustAfterMidnightIsShownOnThatDay() {
        Clock halfPastMidnight = Clock.fixed(Instant.parse("2026-11-21T17:30:00Z"), TestClock.VIETNAM);
        LocalDate day = LocalDate.of(2026, 11, 22);
        try (Services centre = Services.open(engine.prepare(dir.resolve("centre")), halfPastMidnight,
                engine.serverPassword());
             Services station = TestStation.open(dir.resolve("station"))) {
            centre.setup().setUp(Mode.CENTRE, CodeList.Y2024, "110", TestStation.admin("Nguyễn Thị Thu Hà"));
            SyncService.Enrolment e = centre.sync().enrol(TestStation.MUONG_KIM, dir.resolve("enrol"));
            station.sync().setUpFromEnrolment(e.file(), e.code(), TestStation.admin(TestStation.WORKER));
            ProvinceWorld.family(station, "Lò Thị Dung", "Lò Văn Hải", LocalDate.of(2025, 3, 2), 3200);
            assertEquals(ImportOutcome.Status.IMPORTED,
                    centre.sync().importFile(station.sync().export(dir.resolve("usb"))).status());

            PackageLog received = centre.sync().received().get(0).log();
            assertEquals(day, received.handledAt().toLocalDate(), received.handledAt().toString());
            StationSyncStatus line = centre.sync().stationStatus().stream()
                    .filter(s -> s.stationCode().equals(TestStation.MUONG_KIM)).findFirst().orElseThrow();
            assertEquals(day, line.lastReceivedOn());
            assertEquals(0, line.daysSinceContact());
        }
    }
}
