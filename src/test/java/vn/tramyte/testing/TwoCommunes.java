package vn.tramyte.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tramyte.antenatal.AncVisit;
import vn.tramyte.antenatal.Attendant;
import vn.tramyte.antenatal.Baby;
import vn.tramyte.antenatal.BirthOutcome;
import vn.tramyte.antenatal.Delivery;
import vn.tramyte.antenatal.DeliveryPlace;
import vn.tramyte.antenatal.MotherOutcome;
import vn.tramyte.antenatal.NewBaby;
import vn.tramyte.antenatal.PregnancyDraft;
import vn.tramyte.app.Services;
import vn.tramyte.db.Tx;
import vn.tramyte.death.CauseGroup;
import vn.tramyte.death.DeathDraft;
import vn.tramyte.death.DeathPlace;
import vn.tramyte.nutrition.MeasurementDraft;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.vaccination.GivenDose;

/**
 * The Than Uyên centre holding the records of two of its communes, as if their packages had
 * been imported: in each, a family with a baby due for vaccines and an underweight, a child born
 * in 2025, a pregnant woman with a visit, a delivery and a death.
 */
public final class TwoCommunes {
    public static final String MUONG_KIM = "03637";
    public static final String TA_MUNG = "03638";

    private TwoCommunes() {
    }

    public static Services centre(Path dir) {
        Services s = TestStation.centre(dir);
        s.database().writeVoid("Nguyễn Thị Thu Hà", tx -> {
            family(s, tx, MUONG_KIM, "Bản Đốc", "Lò", "Hoa", "An", "Mai", "Xuân", "Thu", "Phúc", "Lả");
            family(s, tx, TA_MUNG, "Bản Lướt", "Hoàng", "Dung", "Bình", "Nga", "Lan", "Phương", "Hạnh", "Sáng");
        });
        return s;
    }

    private static void family(Services s, Tx tx, String station, String villageName, String surname, String mother,
                               String baby, String older, String pregnant, String delivered, String newborn,
                               String dead) {
        UUID village = s.places().addVillage(tx, station, villageName).id();
        UUID mum = person(s, tx, station, surname + " Thị " + mother, Sex.FEMALE, LocalDate.of(1998, 4, 12), village,
                null);
        UUID b = person(s, tx, station, surname + " Văn " + baby, Sex.MALE, LocalDate.of(2026, 9, 20), village, mum);
        UUID o = person(s, tx, station, surname + " Thị " + older, Sex.FEMALE, LocalDate.of(2025, 3, 10), village, mum);
        s.vaccination().record(tx, station, o, List.of(GivenDose.at("BCG", LocalDate.of(2025, 3, 11)),
                GivenDose.at("HEPB0", LocalDate.of(2025, 3, 11))), null);
        s.nutrition().save(tx, station, new MeasurementDraft(null, b, LocalDate.of(2026, 11, 1), 3.0, 55.0,
                Position.LYING, false, null), true, null);

        UUID w = person(s, tx, station, surname + " Thị " + pregnant, Sex.FEMALE, LocalDate.of(2000, 1, 5), village,
                null);
        UUID p = s.antenatal().savePregnancy(tx, station, w, new PregnancyDraft(null, LocalDate.of(2026, 6, 1), null,
                1, 0, null), null);
        s.antenatal().saveVisit(tx, station, p, null, new AncVisit(LocalDate.of(2026, 9, 10), 52.0, 110, 70, null,
                null, null, null, null, null, false, null, "Lò Thị Hương"), null);

        UUID d = person(s, tx, station, surname + " Thị " + delivered, Sex.FEMALE, LocalDate.of(1996, 7, 1), village,
                null);
        s.antenatal().recordDelivery(tx, station, d, null, null, new Delivery(LocalDate.of(2026, 11, 5),
                DeliveryPlace.STATION, Attendant.MIDWIFE, MotherOutcome.ALIVE, List.of()),
                List.of(NewBaby.named(new Baby(BirthOutcome.LIVE, Sex.FEMALE, 3000), surname + " Thị " + newborn)),
                null);

        s.deaths().save(tx, station, new DeathDraft(null, null, surname + " Văn " + dead, Sex.MALE, null, false, 80,
                "03", village, LocalDate.of(2026, 10, 1), DeathPlace.HOME, CauseGroup.STROKE, null, null), null);
    }

    private static UUID person(Services s, Tx tx, String station, String name, Sex sex, LocalDate birth, UUID village,
                               UUID mother) {
        return s.people().save(tx, station, new PersonDraft(null, name, sex, birth, false, "03", village, mother,
                null, null, null));
    }
}
