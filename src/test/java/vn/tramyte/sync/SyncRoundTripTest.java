package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.testing.TestStation;

/* On H2 and on PostgreSQL (issue 16). */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("vn.tramyte.testing.Engine#both")
class SyncRoundTripTest {
    @org.junit.jupiter.params.Parameter
    vn.tramyte.testing.Engine engine;

    @TempDir
    Path dir;

    @Test
    void everyRegisteredTableTravelsFromStationToCentreAndTheAcknowledgementComesBack() {
        try (SyncWorld w = SyncWorld.enrolled(dir, engine)) {
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            Path pkg = w.export();
            assertTrue(pkg.getFileName().toString().matches("03637-MuongKim-2026-11-22-0001\\.tyt"), pkg.toString());

            ImportOutcome outcome = w.centre.sync().importFile(pkg);
            assertEquals(ImportOutcome.Status.IMPORTED, outcome.status(), String.valueOf(outcome.refusal()));
            for (SyncTable table : w.station.sync().tables().inOrder()) {
                List<Map<String, Object>> atStation = SyncWorld.rows(w.station, table.name());
                assertFalse(atStation.isEmpty(), "the station has rows of " + table.name());
                assertEquals(atStation, SyncWorld.rows(w.centre, table.name()), table.name());
                TableReport line = outcome.lines().stream().filter(l -> l.table().equals(table.name())).findFirst()
                        .orElseThrow();
                assertEquals(atStation.size(), line.added(), table.name());
            }

            List<Path> feedback = w.centre.sync().feedback(w.dir.resolve("back"));
            assertEquals(1, feedback.size());
            assertEquals(ImportOutcome.Status.IMPORTED, w.station.sync().importFile(feedback.get(0)).status());
            OwnSyncStatus status = w.station.sync().ownStatus();
            assertEquals(0, status.waitingRows());
            assertEquals(outcome.changeTo(), status.acknowledged());

            // the next package carries only what changed since the acknowledgement
            w.addFamily(w.station, "Hoàng Thị Mai", "Hoàng Văn Dũng");
            ImportOutcome second = w.centre.sync().importFile(w.export());
            assertEquals(ImportOutcome.Status.IMPORTED, second.status());
            // village, person, measurement, vaccination, pregnancy, anc_visit, delivery, birth, death
            assertEquals(List.of(0, 2, 1, 1, 1, 1, 1, 1, 1), second.lines().stream().map(TableReport::added).toList(),
                    "the village was known; two people and one row of every other kind are new");
            assertEquals(outcome.changeTo(), second.changeFrom());
            for (String table : List.of("person", "vaccination", "pregnancy", "anc_visit", "delivery", "birth", "death")) {
                assertEquals(SyncWorld.rows(w.station, table), SyncWorld.rows(w.centre, table), table);
            }
            StationSyncStatus line = w.centre.sync().stationStatus().stream()
                    .filter(s -> s.stationCode().equals(TestStation.MUONG_KIM)).findFirst().orElseThrow();
            assertEquals(2, line.lastPackageNo());
            assertTrue(line.gaps().isEmpty());
        }
    }
}
