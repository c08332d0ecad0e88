package vn.tramyte.sync;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tramyte.app.Services;
import vn.tramyte.nutrition.MeasurementDraft;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;

/**
 * The Than Uyên centre and its Mường Kim station, enrolled, each in its own data folder. Public
 * for the format fixture writer beside the benchmarks.
 */
public final class SyncWorld implements AutoCloseable {
    static final String CENTRE = "110";
    final Path dir;
    public final Services centre;
    public final Services station;
    public final Path outbox;

    private SyncWorld(Path dir, Services centre, Services station) {
        this.dir = dir;
        this.centre = centre;
        this.station = station;
        this.outbox = dir.resolve("usb");
    }

    public static SyncWorld enrolled(Path dir) {
        return enrolled(dir, vn.tramyte.testing.Engine.H2);
    }

    /** A station (its H2 file, as stations have) enrolled with a centre whose database is on the engine. */
    public static SyncWorld enrolled(Path dir, vn.tramyte.testing.Engine centreEngine) {
        Services centre = centreEngine.centre(dir.resolve("centre"));
        Services station = TestStation.station(dir.resolve("station"));
        SyncService.Enrolment e = centre.sync().enrol(TestStation.MUONG_KIM, dir.resolve("enrol"));
        station.sync().setUpFromEnrolment(e.file(), e.code(), null);
        return new SyncWorld(dir, centre, station);
    }

    /** A village, a mother, her child and the child's measurement: one row of every kind. */
    public UUID addFamily(Services s, String motherName, String childName) {
        UUID village = s.database().write(TestStation.WORKER,
                tx -> s.places().villageNamed(tx, TestStation.MUONG_KIM, "Bản Mường")).id();
        UUID mother = s.people().save(TestStation.WORKER, new PersonDraft(null, motherName, Sex.FEMALE,
                LocalDate.of(1996, 3, 8), false, "03", village, null, null, null, "0912345678"));
        UUID child = s.people().save(TestStation.WORKER, new PersonDraft(null, childName, Sex.MALE,
                LocalDate.of(2025, 6, 1), false, "03", village, mother, null, null, null));
        s.nutrition().save(TestStation.WORKER, new MeasurementDraft(null, child, LocalDate.of(2026, 11, 20), 9.1, 76.0,
                Position.LYING, false, 140), false);
        s.vaccination().record(TestStation.WORKER, child,
                java.util.List.of(vn.tramyte.vaccination.GivenDose.at("BCG", LocalDate.of(2025, 6, 1))));
        // an earlier pregnancy with a visit, ended by a stillbirth (no person record for the baby)
        var delivery = s.antenatal().recordDelivery(TestStation.WORKER, mother, LocalDate.of(2023, 1, 2),
                new vn.tramyte.antenatal.Delivery(LocalDate.of(2023, 10, 9), vn.tramyte.antenatal.DeliveryPlace.STATION,
                        vn.tramyte.antenatal.Attendant.MIDWIFE, vn.tramyte.antenatal.MotherOutcome.ALIVE, java.util.List.of()),
                java.util.List.of(vn.tramyte.antenatal.NewBaby.named(new vn.tramyte.antenatal.Baby(
                        vn.tramyte.antenatal.BirthOutcome.STILL, Sex.FEMALE, 2100), null)));
        s.antenatal().saveVisit(TestStation.WORKER, delivery.pregnancyId(), null, new vn.tramyte.antenatal.AncVisit(
                LocalDate.of(2023, 5, 2), 55.0, 110, 70, 18.0, null, null, null, null, null, false, null, "Lò Thị Hương"));
        // the grandmother, never registered, died at home
        s.deaths().save(TestStation.WORKER, new vn.tramyte.death.DeathDraft(null, null, "Lò Thị Pọm " + motherName.length(),
                Sex.FEMALE, LocalDate.of(1942, 1, 1), true, null, "03", village, LocalDate.of(2026, 10, 1),
                vn.tramyte.death.DeathPlace.HOME, vn.tramyte.death.CauseGroup.STROKE, null, null));
        return child;
    }

    /** A second centre (Tam Đường) with its station Thèn Sin, enrolled there. */
    static Services[] otherCentreAndStation(Path dir) {
        Services centre = vn.tramyte.testing.TestStation.open(dir.resolve("centre106"));
        centre.setup().setUp(vn.tramyte.place.Mode.CENTRE, vn.tramyte.place.CodeList.Y2024, "106", vn.tramyte.testing.TestStation.admin("Vàng Thị Lan"));
        Services station = vn.tramyte.testing.TestStation.open(dir.resolve("station03394"));
        station.setup().setUp(vn.tramyte.place.Mode.STATION, vn.tramyte.place.CodeList.Y2024, "03394", vn.tramyte.testing.TestStation.admin("Tẩn Thị Mẩy"));
        SyncService.Enrolment e = centre.sync().enrol("03394", dir.resolve("enrol106"));
        station.sync().setUpFromEnrolment(e.file(), e.code(), null);
        return new Services[] {centre, station};
    }

    /** The key pair an installation keeps in its database, for crafting packages in tests. */
    public static PackageCrypto.Identity identityOf(Services s) {
        SyncRepository.StoredIdentity stored = s.database().read(tx -> new SyncRepository().identity(tx)).orElseThrow();
        return new PackageCrypto.Identity(PackageCrypto.certificate(stored.certificate()),
                PackageCrypto.decryptPrivateKey(stored.encryptedKey(), SyncSecret.of(s.database()))
                        .orElseThrow());
    }

    public Path export() {
        return station.sync().export(outbox);
    }

    /**
     * A table's rows as the sync reads them. A time is compared as its instant: PostgreSQL keeps a
     * {@code TIMESTAMP WITH TIME ZONE} as an instant and gives it back in UTC, H2 with the offset it was
     * written with (decision 0015): the same moment either way.
     */
    static List<Map<String, Object>> rows(Services s, String table) {
        return s.database().read(tx -> new SyncRepository().dump(tx, table)).stream().map(row -> {
            Map<String, Object> same = new java.util.LinkedHashMap<>(row);
            same.replaceAll((k, v) -> v instanceof java.time.OffsetDateTime t ? t.toInstant() : v);
            return same;
        }).toList();
    }

    /** Every travelling table's rows, for "nothing changed" checks. */
    static Map<String, List<Map<String, Object>>> snapshot(Services s) {
        Map<String, List<Map<String, Object>>> all = new java.util.LinkedHashMap<>();
        for (SyncTable t : s.sync().tables().inOrder()) {
            all.put(t.name(), rows(s, t.name()));
        }
        all.put("counts", List.of(Map.of("tables", s.database().tableCounts(), "seq", s.database().lastChangeSeq())));
        return all;
    }

    @Override
    public void close() {
        station.close();
        centre.close();
    }
}
