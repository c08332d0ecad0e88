package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.tramyte.antenatal.Attendant;
import vn.tramyte.antenatal.Baby;
import vn.tramyte.antenatal.BirthOutcome;
import vn.tramyte.antenatal.Delivery;
import vn.tramyte.antenatal.DeliveryPlace;
import vn.tramyte.antenatal.MotherOutcome;
import vn.tramyte.antenatal.NewBaby;
import vn.tramyte.app.Services;
import vn.tramyte.nutrition.MeasurementDraft;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.person.Sex;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;
import vn.tramyte.testing.Engine;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;
import vn.tramyte.vaccination.GivenDose;

/**
 * Lai Châu province (on the engine under test) with two centres (H2 files, as centres may keep):
 * Than Uyên (110) with Mường Kim (03637) and Tà Mung (03638), Tam Đường (106) with Thèn Sin (03394)
 * and Tả Lèng (03400). Every station is enrolled with its centre and has sent its records there;
 * both centres have joined the province and sent it their first upward package.
 */
final class ProvinceWorld implements AutoCloseable {
    static final String PROVINCE = "12";
    static final String THAN_UYEN = "110";
    static final String TAM_DUONG = "106";

    final Path dir;
    final Services province;
    final Services thanUyen;
    final Services tamDuong;
    final List<Services> stations = new ArrayList<>();
    /** The first upward package of each centre, as imported at the province. */
    Path upward110;
    Path upward106;

    private ProvinceWorld(Path dir, Services province, Services thanUyen, Services tamDuong) {
        this.dir = dir;
        this.province = province;
        this.thanUyen = thanUyen;
        this.tamDuong = tamDuong;
    }

    static ProvinceWorld make(Path dir, Engine engine, RegistersOf registers) throws Exception {
        Services province = Services.open(engine.prepare(dir.resolve("province")), TestClock.fixed(),
                engine.serverPassword());
        province.setup().setUp(Mode.PROVINCE, CodeList.Y2024, PROVINCE, TestStation.admin("Giàng Thị Dung"));
        Services thanUyen = TestStation.centre(dir.resolve("centre110"));
        Services tamDuong = Services.open(dir.resolve("centre106"), TestClock.fixed());
        tamDuong.setup().setUp(Mode.CENTRE, CodeList.Y2024, TAM_DUONG, TestStation.admin("Vàng Thị Lan"));
        ProvinceWorld w = new ProvinceWorld(dir, province, thanUyen, tamDuong);
        w.station(thanUyen, TestStation.MUONG_KIM, "Lò Thị Hương", registers);
        w.station(thanUyen, "03638", "Hoàng Thị Thảo", registers);
        w.station(tamDuong, "03394", "Tẩn Thị Mẩy", registers);
        w.station(tamDuong, "03400", "Lý Thị Sành", registers);
        w.join(thanUyen, THAN_UYEN);
        w.join(tamDuong, TAM_DUONG);
        w.upward110 = w.upward(thanUyen);
        w.upward106 = w.upward(tamDuong);
        assertEquals(ImportOutcome.Status.IMPORTED, province.sync().importFile(w.upward110).status());
        assertEquals(ImportOutcome.Status.IMPORTED, province.sync().importFile(w.upward106).status());
        return w;
    }

    /** How a station gets its records: the registers of a file import, or families typed in. */
    interface RegistersOf {
        void fill(Services station, String code, Path folder) throws Exception;
    }

    /** A station enrolled with its centre, its records entered, its package imported there. */
    private void station(Services centre, String code, String worker, RegistersOf registers) throws Exception {
        SyncService.Enrolment e = centre.sync().enrol(code, dir.resolve("enrol-" + code));
        Services s = TestStation.open(dir.resolve("station" + code));
        s.sync().setUpFromEnrolment(e.file(), e.code(), TestStation.admin(worker));
        stations.add(s);
        registers.fill(s, code, dir.resolve("registers-" + code));
        ImportOutcome in = centre.sync().importFile(s.sync().export(dir.resolve("usb-" + code)));
        assertEquals(ImportOutcome.Status.IMPORTED, in.status(), String.valueOf(in.refusal()));
    }

    /** The province enrols a centre; the centre joins with the file and the code. */
    void join(Services centre, String code) {
        SyncService.Enrolment e = province.sync().enrolCentre(code, dir.resolve("enrol-province-" + code));
        centre.sync().joinProvince(e.file(), e.code());
    }

    Path upward(Services centre) {
        return centre.sync().exportUpward(dir.resolve("usb-province"), false);
    }

    /**
     * A family of a commune: a mother delivering in 2025 at the station with a midwife, her baby
     * weighed and given BCG. Returns the child.
     */
    static UUID family(Services s, String mother, String child, LocalDate born, int weightG) {
        UUID m = TestPeople.save(s, TestPeople.person(mother, Sex.FEMALE, LocalDate.of(1997, 5, 14)), "Bản Hon");
        var delivery = s.antenatal().recordDelivery(TestStation.WORKER, m, born.minusDays(275),
                new Delivery(born, DeliveryPlace.STATION, Attendant.MIDWIFE, MotherOutcome.ALIVE, List.of()),
                List.of(NewBaby.named(new Baby(BirthOutcome.LIVE, Sex.MALE, weightG), child)));
        UUID c = delivery.childIds().get(0);
        s.vaccination().record(TestStation.WORKER, c, List.of(GivenDose.at("BCG", born.plusDays(1))));
        s.nutrition().save(TestStation.WORKER, new MeasurementDraft(null, c, born.plusDays(60), 5.2, 57.0,
                Position.LYING, false, null), false);
        return c;
    }

    @Override
    public void close() {
        stations.forEach(Services::close);
        tamDuong.close();
        thanUyen.close();
        province.close();
    }
}
