package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonRow;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;

/** A mother and her child move from Mường Kim to Tà Gia: moved at the centre, then each station learns it. */
class SyncTransferTest {
    private static final String TA_GIA = "03640";

    @TempDir
    Path dir;

    private static TableReport line(ImportOutcome o, String table) {
        return o.lines().stream().filter(l -> l.table().equals(table)).findFirst().orElseThrow();
    }

    @Test
    void aPersonMovedAtTheCentreTravelsWithHerHistoryToTheNewStationAndLeavesTheOld() {
        try (SyncWorld w = SyncWorld.enrolled(dir);
             Services taGia = vn.tramyte.testing.TestStation.open(dir.resolve("tagia"))) {
            taGia.setup().setUp(Mode.STATION, CodeList.Y2024, TA_GIA, vn.tramyte.testing.TestStation.admin("Lường Thị Xuân"));
            SyncService.Enrolment e = w.centre.sync().enrol(TA_GIA, dir.resolve("enrol"));
            taGia.sync().setUpFromEnrolment(e.file(), e.code(), null);

            UUID child = w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            UUID mother = w.station.people().find(child).orElseThrow().motherId();
            w.centre.sync().importFile(w.export());

            w.centre.sync().transfer(mother, TA_GIA);
            assertTrue(SyncWorld.rows(w.centre, "measurement").stream().allMatch(r -> r.get("station_code").equals(TA_GIA)));

            // Mường Kim edits her before it hears of the move: the centre refuses that row (no longer its owner)
            var p = w.station.people().find(mother).orElseThrow();
            w.station.people().save(TestStation.WORKER, new PersonDraft(mother, p.fullName(), p.sex(), p.birthDate(),
                    false, "03", p.villageId(), null, null, null, "0987654321"));
            assertEquals(2, line(w.centre.sync().importFile(w.export()), "person").refused(),
                    "no acknowledgement yet: both are sent again, neither is Mường Kim's any more");

            List<Path> feedback = w.centre.sync().feedback(dir.resolve("back"));
            assertEquals(2, feedback.size());
            Path toTaGia = feedback.stream().filter(f -> f.getFileName().toString().contains("-" + TA_GIA + "-"))
                    .findFirst().orElseThrow();
            Path toMuongKim = feedback.stream().filter(f -> f != toTaGia).findFirst().orElseThrow();

            ImportOutcome arrived = taGia.sync().importFile(toTaGia);
            assertEquals(ImportOutcome.Status.IMPORTED, arrived.status(), String.valueOf(arrived.refusal()));
            assertEquals(2, line(arrived, "person").added());
            assertEquals(1, line(arrived, "measurement").added());
            assertEquals(List.of("Lò Thị Hoa", "Lò Văn Khánh"), taGia.people().all().stream().map(PersonRow::fullName).sorted().toList());

            assertEquals(ImportOutcome.Status.IMPORTED, w.station.sync().importFile(toMuongKim).status());
            assertTrue(w.station.people().all().isEmpty(), "they left Mường Kim's lists");
            assertEquals(TA_GIA, SyncWorld.rows(w.station, "person").stream().filter(r -> r.get("id").equals(mother))
                    .findFirst().orElseThrow().get("transferred_to"), "the old copy is marked transferred");

            // Tà Gia now owns them: its package updates the centre's rows
            ImportOutcome fromTaGia = w.centre.sync().importFile(taGia.sync().export(dir.resolve("usb2")));
            assertEquals(new TableReport("person", 0, 2, 0, 0), line(fromTaGia, "person"));
            assertEquals(0, line(w.centre.sync().importFile(w.export()), "person").total(),
                    "Mường Kim sends nothing of them any more");
            for (Map<String, Object> row : SyncWorld.rows(w.centre, "person")) {
                assertEquals(TA_GIA, row.get("station_code"));
            }
        }
    }

    @Test
    void aChildIsMovedWithItsMotherNotAlone() {
        try (SyncWorld w = SyncWorld.enrolled(dir);
             Services taGia = vn.tramyte.testing.TestStation.open(dir.resolve("tagia"))) {
            taGia.setup().setUp(Mode.STATION, CodeList.Y2024, TA_GIA, vn.tramyte.testing.TestStation.admin("Lường Thị Xuân"));
            w.centre.sync().enrol(TA_GIA, dir.resolve("enrol"));
            UUID child = w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            w.centre.sync().importFile(w.export());
            vn.tramyte.common.UserError error = org.junit.jupiter.api.Assertions.assertThrows(
                    vn.tramyte.common.UserError.class, () -> w.centre.sync().transfer(child, TA_GIA));
            assertEquals("sync.error.moveTheMother", error.problems().get(0).key());
        }
    }
}
