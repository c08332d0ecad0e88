package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;

/** The same package twice, overlapping packages, older after newer, and a gap in a station's changes. */
class SyncIdempotencyTest {
    @TempDir
    Path dir;

    private static TableReport line(ImportOutcome o, String table) {
        return o.lines().stream().filter(l -> l.table().equals(table)).findFirst().orElseThrow();
    }

    @Test
    void theSamePackageTwiceOrAnOlderOneAfterANewerOneIsAlreadyReceived() {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            Path first = w.export();
            w.addFamily(w.station, "Hoàng Thị Mai", "Hoàng Văn Dũng");
            Path second = w.export(); // no acknowledgement came in between: it carries everything again

            assertEquals(ImportOutcome.Status.IMPORTED, w.centre.sync().importFile(second).status());
            Map<String, ?> after = SyncWorld.snapshot(w.centre);
            assertEquals(ImportOutcome.Status.ALREADY_RECEIVED, w.centre.sync().importFile(first).status());
            assertEquals(ImportOutcome.Status.ALREADY_RECEIVED, w.centre.sync().importFile(second).status());
            assertEquals(after, SyncWorld.snapshot(w.centre), "nothing changed the second time");
        }
    }

    @Test
    void anOverlappingPackageAddsOnlyWhatIsNewAndTheOwnersNewerChangeWins() {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            UUID child = w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            assertEquals(ImportOutcome.Status.IMPORTED, w.centre.sync().importFile(w.export()).status());

            var p = w.station.people().find(child).orElseThrow();
            w.station.people().save(TestStation.WORKER, new PersonDraft(child, "Lò Văn Khánh An", p.sex(), p.birthDate(),
                    false, "03", p.villageId(), p.motherId(), null, null, null));
            w.addFamily(w.station, "Hoàng Thị Mai", "Hoàng Văn Dũng");
            ImportOutcome overlapping = w.centre.sync().importFile(w.export());

            assertEquals(ImportOutcome.Status.IMPORTED, overlapping.status());
            assertEquals(new TableReport("person", 2, 1, 1, 0), line(overlapping, "person"));
            assertEquals(new TableReport("measurement", 1, 0, 1, 0), line(overlapping, "measurement"));
            assertEquals(SyncWorld.rows(w.station, "person"), SyncWorld.rows(w.centre, "person"));
        }
    }

    @Test
    void aGapInAStationsChangesIsShownAtTheCentre() {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            w.centre.sync().importFile(w.export());
            w.addFamily(w.station, "Hoàng Thị Mai", "Hoàng Văn Dũng");
            // as if the station had an acknowledgement the centre no longer knows (a centre restored from a backup)
            long ahead = w.station.database().lastChangeSeq();
            w.station.database().writeVoid("test", tx -> new SyncRepository().setAckedSeq(tx, SyncWorld.CENTRE, ahead));
            w.addFamily(w.station, "Vàng Thị Dua", "Vàng A Páo");
            assertEquals(ImportOutcome.Status.IMPORTED, w.centre.sync().importFile(w.export()).status());

            StationSyncStatus status = w.centre.sync().stationStatus().stream()
                    .filter(s -> s.stationCode().equals(TestStation.MUONG_KIM)).findFirst().orElseThrow();
            assertEquals(1, status.gaps().size());
            assertEquals(List.of(), w.centre.sync().stationStatus().stream()
                    .filter(s -> s.stationCode().equals("03640")).findFirst().orElseThrow().gaps());
        }
    }

    @Test
    void aPersonWithoutAChangeKeepsTheSameRowAtTheCentre() {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            w.centre.sync().importFile(w.export());
            w.station.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Tài", Sex.MALE,
                    LocalDate.of(2026, 1, 5), false, "03", null, null, null, null, null));
            ImportOutcome o = w.centre.sync().importFile(w.export());
            assertEquals(new TableReport("person", 1, 0, 2, 0), line(o, "person"));
        }
    }

    @Test
    void aDeletionTravelsAsATombstone() {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            w.centre.sync().importFile(w.export());
            w.station.database().writeVoid(TestStation.WORKER, tx -> {
                long seq = tx.nextChangeSeq();
                tx.dsl().update(vn.tramyte.db.generated.Tables.MEASUREMENT)
                        .set(vn.tramyte.db.generated.Tables.MEASUREMENT.DELETED, true)
                        .set(vn.tramyte.db.generated.Tables.MEASUREMENT.CHANGE_SEQ, seq)
                        .set(vn.tramyte.db.generated.Tables.MEASUREMENT.ORIGIN_SEQ, seq).execute();
            });
            ImportOutcome o = w.centre.sync().importFile(w.export());
            assertEquals(new TableReport("measurement", 0, 1, 0, 0), line(o, "measurement"));
            assertEquals(true, SyncWorld.rows(w.centre, "measurement").get(0).get("deleted"));
        }
    }
}
