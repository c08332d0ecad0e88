package vn.tramyte.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.db.generated.Tables.AUDIT_LOG;
import static vn.tramyte.db.generated.Tables.PERSON;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.antenatal.AncVisit;
import vn.tramyte.antenatal.Attendant;
import vn.tramyte.antenatal.Baby;
import vn.tramyte.antenatal.BirthOutcome;
import vn.tramyte.antenatal.Delivery;
import vn.tramyte.antenatal.DeliveryPlace;
import vn.tramyte.antenatal.MotherOutcome;
import vn.tramyte.antenatal.NewBaby;
import vn.tramyte.antenatal.NewPregnancy;
import vn.tramyte.antenatal.PregnancyDraft;
import vn.tramyte.antenatal.TetanusDose;
import vn.tramyte.app.Services;
import vn.tramyte.common.Ids;
import vn.tramyte.common.UserError;
import vn.tramyte.death.CauseGroup;
import vn.tramyte.death.DeathDraft;
import vn.tramyte.death.DeathPlace;
import vn.tramyte.death.DeathService;
import vn.tramyte.nutrition.MeasurementDraft;
import vn.tramyte.nutrition.NewMeasurement;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.person.NewPerson;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;
import vn.tramyte.vaccination.GivenDose;
import vn.tramyte.vaccination.NewDoses;
import vn.tramyte.vaccination.StoredDose;

/**
 * The services' bulk writes (the demo's, an import's): each row checked by the rules a typed
 * one meets, written in batches with the change numbers the caller took in one block, one audit
 * line per row; one bad row and nothing is written.
 */
class BulkWriteTest {
    private static final String STATION = TestStation.MUONG_KIM;
    private static final LocalDate MOTHER_BORN = LocalDate.of(1998, 4, 12);
    @TempDir
    Path dir;
    Services s;
    final Ids ids = new Ids();
    final UUID mother = ids.next();
    final UUID child = ids.next();

    @BeforeEach
    void open() {
        s = TestStation.station(dir);
    }

    @AfterEach
    void close() {
        s.close();
    }

    private PersonDraft person(String name, Sex sex, LocalDate birth, UUID motherId) {
        return new PersonDraft(null, name, sex, birth, false, "03", null, motherId, null, null, null);
    }

    /** The child listed before her mother: the mother is found in the batch. */
    private List<NewPerson> family(long first) {
        return List.of(new NewPerson(child, STATION, person("Lò Văn Khánh", Sex.MALE, LocalDate.of(2025, 3, 2), mother),
                        first + 1),
                new NewPerson(mother, STATION, person("Lò Thị Hoa", Sex.FEMALE, MOTHER_BORN, null), first));
    }

    private int audits(String table) {
        return s.database().read(tx -> tx.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq(table)));
    }

    @Test
    void aBlockOfChangeNumbersIsTakenOnceAndEachRowKeepsItsOwn() {
        long before = s.database().lastChangeSeq();
        s.database().writeVoid(TestStation.WORKER, tx -> {
            long first = tx.reserveChangeSeqs(10);
            assertEquals(before + 1, first);
            s.people().insertAll(tx, family(first + 5));
        });
        assertEquals(before + 10, s.database().lastChangeSeq());
        var seqs = s.database().read(tx -> tx.dsl().select(PERSON.ID, PERSON.CHANGE_SEQ, PERSON.ORIGIN_SEQ,
                PERSON.UPDATED_BY).from(PERSON).fetchMap(PERSON.ID));
        assertEquals(before + 6, seqs.get(mother).get(PERSON.CHANGE_SEQ));
        assertEquals(before + 6, seqs.get(mother).get(PERSON.ORIGIN_SEQ));
        assertEquals(before + 7, seqs.get(child).get(PERSON.CHANGE_SEQ));
        assertEquals(TestStation.LOGGED_IN, seqs.get(child).get(PERSON.UPDATED_BY));
        assertEquals(2, audits("person"));
        assertEquals(mother, s.people().find(child).orElseThrow().motherId());
        // a write after the block takes a number above it
        s.people().save(TestStation.WORKER, person("Lường Thị Mai", Sex.FEMALE, MOTHER_BORN, null));
        assertEquals(before + 11, s.database().lastChangeSeq());
    }

    @Test
    void onePersonBreakingARuleAndNoneIsSaved() {
        List<NewPerson> batch = new java.util.ArrayList<>(family(1));
        batch.add(new NewPerson(ids.next(), STATION, person("Lò Thị Én", Sex.FEMALE, LocalDate.of(2027, 1, 1), null),
                3));
        UserError e = assertThrows(UserError.class, () -> s.database().writeVoid(TestStation.WORKER, tx -> {
            tx.reserveChangeSeqs(3);
            s.people().insertAll(tx, batch);
        }));
        assertTrue(e.problems().get(0).key().equals("person.error.birthDateFuture"), e.problems().toString());
        assertEquals(0, s.people().count());
        assertEquals(0, audits("person"));
    }

    @Test
    void dosesOfSeveralVisitsAreJudgedTogetherAndTheSameDoseTwiceRefusesTheBatch() {
        s.database().writeVoid(TestStation.WORKER, tx -> {
            long first = tx.reserveChangeSeqs(4);
            s.people().insertAll(tx, family(first));
            s.vaccination().recordAll(tx, List.of(
                    new NewDoses(child, STATION, List.of(GivenDose.at("PENTA2", LocalDate.of(2025, 6, 2))), first + 3),
                    new NewDoses(child, STATION, List.of(GivenDose.at("PENTA1", LocalDate.of(2025, 5, 2)),
                            GivenDose.at("OPV1", LocalDate.of(2025, 5, 2))), first + 2)));
        });
        List<StoredDose> doses = s.vaccination().doses(child);
        assertEquals(List.of("PENTA1", "OPV1", "PENTA2"), doses.stream().map(d -> d.dose().vaccineCode()).toList());
        assertTrue(doses.stream().allMatch(d -> d.recorded().isValid()), "PENTA2 counts: PENTA1 came a month before");
        assertEquals(3, audits("vaccination"));

        assertThrows(UserError.class, () -> s.database().writeVoid(TestStation.WORKER, tx -> s.vaccination()
                .recordAll(tx, List.of(new NewDoses(child, STATION, List.of(GivenDose.at("BCG",
                        LocalDate.of(2025, 3, 3))), tx.reserveChangeSeqs(2)), new NewDoses(child, STATION, List.of(
                        GivenDose.at("PENTA1", LocalDate.of(2025, 7, 2))), tx.reserveChangeSeqs(1))))));
        assertEquals(3, s.vaccination().doses(child).size(), "nothing of the refused batch");
    }

    @Test
    void aPregnancyWithItsVisitsAndDeliveryMakesTheChildAndHerTetanusRecord() {
        UUID newborn = ids.next();
        LocalDate lmp = LocalDate.of(2025, 9, 1);
        LocalDate born = lmp.plusDays(275);
        s.database().writeVoid(TestStation.WORKER, tx -> {
            long first = tx.reserveChangeSeqs(6);
            s.people().insertAll(tx, family(first));
            AncVisit visit = new AncVisit(lmp.plusDays(70), 50.0, 110, 70, null, null, null, null, null,
                    TetanusDose.TT1, true, 30, TestStation.WORKER);
            s.antenatal().saveAll(tx, List.of(new NewPregnancy(ids.next(), STATION, mother,
                    new PregnancyDraft(null, lmp, null, 2, 1, null), first + 2,
                    List.of(new NewPregnancy.Visit(ids.next(), visit, first + 3)),
                    new NewPregnancy.Birth(ids.next(), new Delivery(born, DeliveryPlace.STATION, Attendant.MIDWIFE,
                            MotherOutcome.ALIVE, List.of()), List.of(NewBaby.named(new Baby(BirthOutcome.LIVE,
                            Sex.FEMALE, 3100), "Lò Thị Én")), List.of(newborn), first + 4))));
        });
        var baby = s.people().find(newborn).orElseThrow();
        assertEquals(born, baby.birthDate());
        assertEquals(mother, baby.motherId());
        assertEquals(List.of("TT1"), s.vaccination().tetanus(mother).doses().stream()
                .map(d -> d.vaccineCode()).toList());
        assertEquals(1, audits("delivery"));
        assertEquals(1, audits("birth"));

        // a visit after her delivery: nothing of that pregnancy is written
        LocalDate later = born.plusYears(2);
        assertThrows(UserError.class, () -> s.database().writeVoid(TestStation.WORKER, tx -> s.antenatal().saveAll(tx,
                List.of(new NewPregnancy(ids.next(), STATION, mother, new PregnancyDraft(null, later.minusDays(270),
                        null, 3, 2, null), tx.reserveChangeSeqs(3), List.of(new NewPregnancy.Visit(ids.next(),
                        AncVisit.on(later.plusDays(3)), 0)), new NewPregnancy.Birth(ids.next(), new Delivery(later,
                        DeliveryPlace.HOME, Attendant.FAMILY, MotherOutcome.ALIVE, List.of()), List.of(NewBaby.named(
                        new Baby(BirthOutcome.STILL, Sex.MALE, null), null)), java.util.Arrays.asList((UUID) null),
                        0))))));
        assertEquals(1, s.antenatal().pregnanciesOf(mother).size());
    }

    @Test
    void anImplausibleWeighingIsRefusedUnlessConfirmedAndADeathSetsTheDateOnThePersonsRecord() {
        s.database().writeVoid(TestStation.WORKER, tx -> s.people().insertAll(tx, family(tx.reserveChangeSeqs(2))));
        MeasurementDraft heavy = new MeasurementDraft(ids.next(), child, LocalDate.of(2025, 12, 1), 30.0, 70.0,
                Position.LYING, false, null);
        assertThrows(UserError.class, () -> s.database().writeVoid(TestStation.WORKER, tx -> s.nutrition().saveAll(tx,
                List.of(new NewMeasurement(STATION, heavy, tx.reserveChangeSeqs(1))), false)));
        s.database().writeVoid(TestStation.WORKER, tx -> s.nutrition().saveAll(tx,
                List.of(new NewMeasurement(STATION, heavy, tx.reserveChangeSeqs(1))), true));
        assertEquals(1, s.nutrition().count());

        LocalDate died = LocalDate.of(2026, 2, 10);
        long seq = s.database().write(TestStation.WORKER, tx -> {
            long n = tx.reserveChangeSeqs(1);
            s.deaths().saveAll(tx, List.of(new DeathService.NewDeath(ids.next(), STATION, new DeathDraft(null, child,
                    null, null, null, false, null, null, null, died, DeathPlace.HOME, CauseGroup.PNEUMONIA, null, null),
                    n)));
            return n;
        });
        assertEquals(died, s.people().find(child).orElseThrow().diedOn());
        assertEquals(Long.valueOf(seq), s.database().read(tx -> tx.dsl().select(PERSON.CHANGE_SEQ).from(PERSON)
                .where(PERSON.ID.eq(child)).fetchOne(PERSON.CHANGE_SEQ)), "the record changed with the death");
        assertThrows(UserError.class, () -> s.database().writeVoid(TestStation.WORKER, tx -> s.deaths().saveAll(tx,
                List.of(new DeathService.NewDeath(ids.next(), STATION, new DeathDraft(null, mother, null, null, null,
                        false, null, null, null, MOTHER_BORN.minusDays(1), DeathPlace.HOME, CauseGroup.OTHER, null,
                        null), tx.reserveChangeSeqs(1))))), "a death before birth");
    }
}
