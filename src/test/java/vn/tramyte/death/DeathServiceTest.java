package vn.tramyte.death;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.antenatal.Attendant;
import vn.tramyte.antenatal.Baby;
import vn.tramyte.antenatal.BirthOutcome;
import vn.tramyte.antenatal.Delivery;
import vn.tramyte.antenatal.DeliveryPlace;
import vn.tramyte.antenatal.MotherOutcome;
import vn.tramyte.antenatal.NewBaby;
import vn.tramyte.antenatal.PregnancyDraft;
import vn.tramyte.app.Services;
import vn.tramyte.common.UserError;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;
import vn.tramyte.testing.TestPeople;

class DeathServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String W = TestStation.WORKER;

    @TempDir
    Path dir;
    Services s;
    UUID hoa;

    @BeforeEach
    void station() {
        s = TestStation.station(dir);
        hoa = s.people().save(W, TestPeople.hoa().draft(), "Bản Đốc");
    }

    @AfterEach
    void close() {
        s.close();
    }

    private static DeathDraft ofPerson(UUID person, LocalDate date, CauseGroup cause, Boolean pregnant) {
        return new DeathDraft(null, person, null, null, null, false, null, null, null, date, DeathPlace.HOME, cause,
                null, pregnant);
    }

    @Test
    void anInfantDeathOfARegisteredChildSetsDiedOnAndIsClassified() {
        UUID child = s.people().save(W, new PersonDraft(null, "Lò Văn Tú", Sex.MALE, LocalDate.of(2026, 9, 1), false,
                "03", null, hoa, null, null, null));
        UUID id = s.deaths().save(W, ofPerson(child, LocalDate.of(2026, 9, 20), CauseGroup.PNEUMONIA, null));
        Death d = s.deaths().find(id).orElseThrow();
        assertTrue(d.classification().is(DeathClass.NEONATAL));
        assertFalse(d.classification().is(DeathClass.EARLY_NEONATAL));
        assertTrue(d.classification().is(DeathClass.INFANT));
        assertEquals(LocalDate.of(2026, 9, 20), s.people().find(child).orElseThrow().diedOn());
        UserError twice = assertThrows(UserError.class,
                () -> s.deaths().save(W, ofPerson(child, LocalDate.of(2026, 9, 21), null, null)));
        assertEquals("death.problem.alreadyDead", twice.problems().get(0).key());
    }

    @Test
    void aDeathBeforeBirthOrInTheFutureIsRefused() {
        UserError e = assertThrows(UserError.class,
                () -> s.deaths().save(W, ofPerson(hoa, LocalDate.of(1990, 1, 1), null, null)));
        assertEquals("death.problem.deathBeforeBirth", e.problems().get(0).key());
        e = assertThrows(UserError.class, () -> s.deaths().save(W, ofPerson(hoa, TODAY.plusDays(1), null, null)));
        assertEquals("death.problem.deathInFuture", e.problems().get(0).key());
        assertNull(s.people().find(hoa).orElseThrow().diedOn());
    }

    @Test
    void aMaternalDeathAfterADeliveryIsLinkedToThePregnancy() {
        s.antenatal().recordDelivery(W, hoa, null, new Delivery(LocalDate.of(2026, 10, 1), DeliveryPlace.HOME,
                Attendant.NONE, MotherOutcome.ALIVE, List.of()), List.of(NewBaby.named(new Baby(BirthOutcome.LIVE,
                Sex.FEMALE, 3000), "Lò Thị Na")));
        UUID pregnancy = s.antenatal().pregnanciesOf(hoa).get(0).id();
        DeathPreview preview = s.deaths().preview(ofPerson(hoa, LocalDate.of(2026, 10, 20), null, null));
        assertTrue(preview.asksPregnancyQuestion());
        assertTrue(preview.classification().is(DeathClass.MATERNAL));
        UserError e = assertThrows(UserError.class, () -> s.deaths().save(W, ofPerson(hoa, LocalDate.of(2026, 10, 20),
                CauseGroup.OTHER, false)));
        assertEquals("death.problem.answerContradictsDelivery", e.problems().get(0).key());
        UUID id = s.deaths().save(W, ofPerson(hoa, LocalDate.of(2026, 10, 20), CauseGroup.MATERNAL, true));
        Death d = s.deaths().find(id).orElseThrow();
        assertTrue(d.classification().is(DeathClass.MATERNAL));
        assertEquals(pregnancy, d.pregnancyId());
    }

    @Test
    void anUnregisteredPersonNeedsANameAndAnAgeOrBirthDate() {
        UserError e = assertThrows(UserError.class, () -> s.deaths().save(W, new DeathDraft(null, null, " ", Sex.MALE,
                null, false, null, null, null, TODAY.minusDays(3), DeathPlace.HOME, CauseGroup.STROKE, null, null)));
        assertEquals(List.of("death.problem.nameRequired", "death.problem.birthDateOrAgeRequired"),
                e.problems().stream().map(p -> p.key()).toList());
        UUID id = s.deaths().save(W, new DeathDraft(null, null, "Giàng A Sử", Sex.MALE, null, false, 3, "04", null,
                TODAY.minusDays(3), DeathPlace.ON_THE_WAY, CauseGroup.DROWNING, "Đuối nước suối", null));
        Death d = s.deaths().find(id).orElseThrow();
        assertTrue(d.classification().is(DeathClass.UNDER_FIVE));
        assertFalse(d.classification().is(DeathClass.INFANT));
        assertEquals(1, s.deaths().register(TODAY.minusDays(30), TODAY).size());
        assertEquals("Giàng A Sử", s.deaths().register(null, null).get(0).fullName());
    }

    @Test
    void aCorrectedOrRemovedDeathIsAuditedAndRemovalMakesThePersonAliveAgain() {
        UUID id = s.deaths().save(W, ofPerson(hoa, LocalDate.of(2026, 11, 1), CauseGroup.CANCER, false));
        DeathDraft corrected = new DeathDraft(id, hoa, null, null, null, false, null, null, null,
                LocalDate.of(2026, 11, 2), DeathPlace.HOSPITAL, CauseGroup.CANCER, null, false);
        s.deaths().save(W, corrected);
        assertEquals(LocalDate.of(2026, 11, 2), s.people().find(hoa).orElseThrow().diedOn());
        s.deaths().remove(W, id);
        assertTrue(s.deaths().find(id).isEmpty());
        assertNull(s.people().find(hoa).orElseThrow().diedOn());
        int audits = s.database().read(tx -> new vn.tramyte.db.ChangeRepository().auditCount(tx.dsl(), "death", id));
        assertEquals(3, audits);
        assertTrue(s.deaths().register(null, null).isEmpty());
    }

    @Test
    void aDeadChildLeavesTheScreeningListAndComesBackWhenTheDeathIsRemoved() {
        UUID child = s.people().save(W, new PersonDraft(null, "Lò Thị Mai", Sex.FEMALE, LocalDate.of(2025, 11, 2),
                false, "03", null, hoa, null, null, null));
        assertEquals(1, s.nutrition().childrenUnderFive(TODAY, java.util.Set.of()).size());
        UUID death = s.deaths().save(W, ofPerson(child, LocalDate.of(2026, 10, 2), CauseGroup.PNEUMONIA, null));
        assertTrue(s.nutrition().childrenUnderFive(TODAY, java.util.Set.of()).isEmpty());
        assertTrue(s.nutrition().screeningDay(TODAY, java.util.Set.of()).isEmpty());
        s.deaths().remove(W, death);
        assertEquals(1, s.nutrition().childrenUnderFive(TODAY, java.util.Set.of()).size());
    }

    @Test
    void theFormProposesYesWhenHerRecordsShowHerPregnantOnTheDayOfDeath() {
        s.antenatal().savePregnancy(W, hoa, new vn.tramyte.antenatal.PregnancyDraft(null, LocalDate.of(2026, 6, 1),
                null, null, null, null));
        assertTrue(s.deaths().preview(ofPerson(hoa, LocalDate.of(2026, 11, 1), null, null)).pregnancyOnRecord());
        assertFalse(s.deaths().preview(ofPerson(hoa, LocalDate.of(2026, 5, 1), null, null)).pregnancyOnRecord());
        UUID id = s.deaths().save(W, ofPerson(hoa, LocalDate.of(2026, 11, 1), CauseGroup.OTHER, true));
        assertEquals(s.antenatal().pregnanciesOf(hoa).get(0).id(), s.deaths().find(id).orElseThrow().pregnancyId());
        // a dead woman leaves the lists of pregnant women
        assertTrue(s.antenatal().pregnantWomen(TODAY).isEmpty());
    }
}
