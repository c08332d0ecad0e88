package vn.tramyte.antenatal;

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
import vn.tramyte.app.Services;
import vn.tramyte.common.UserError;
import vn.tramyte.person.Person;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;
import vn.tramyte.testing.TestPeople;

/* On H2 and on PostgreSQL (issue 16): the lists read in SQL what they show (decision 0020). */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("vn.tramyte.testing.Engine#both")
class AntenatalServiceTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String W = TestStation.WORKER;

    @org.junit.jupiter.params.Parameter
    vn.tramyte.testing.Engine engine;

    @TempDir
    Path dir;
    Services s;
    UUID hoa;
    UUID village;

    @BeforeEach
    void station() {
        s = engine.station(dir);
        hoa = s.people().save(W, TestPeople.hoa().draft(), "Bản Đốc");
        village = s.people().find(hoa).orElseThrow().villageId();
    }

    @AfterEach
    void close() {
        if (s != null) { // null when the engine was skipped (no PostgreSQL on this machine)
            s.close();
        }
    }

    private static Delivery delivery(LocalDate date, Baby... babies) {
        return new Delivery(date, DeliveryPlace.STATION, Attendant.MIDWIFE, MotherOutcome.ALIVE, List.of(babies));
    }

    @Test
    void aPregnancyRegisteredByEddGetsItsLmpAndOnlyOneMayBeOpen() {
        UUID id = s.antenatal().savePregnancy(W, hoa, new PregnancyDraft(null, null, LocalDate.of(2027, 3, 1), 2, 1,
                "Tiền sử mổ đẻ"));
        Pregnancy p = s.antenatal().pregnancy(id).orElseThrow();
        assertEquals(LocalDate.of(2027, 3, 1).minusDays(280), p.lmp());
        UserError e = assertThrows(UserError.class, () -> s.antenatal().savePregnancy(W, hoa,
                new PregnancyDraft(null, LocalDate.of(2026, 9, 1), null, null, null, null)));
        assertEquals("antenatal.problem.anotherOpenPregnancy", e.problems().get(0).key());
    }

    @Test
    void aVisitShowsItsWeekAndTrimesterOnTheCardAndOutOfRangeValuesAreRefused() {
        LocalDate lmp = LocalDate.of(2026, 6, 1);
        UUID p = s.antenatal().savePregnancy(W, hoa, new PregnancyDraft(null, lmp, null, 1, 0, null));
        s.antenatal().saveVisit(W, p, null, new AncVisit(LocalDate.of(2026, 7, 20), 52.5, 110, 70, null, null,
                UrineProtein.NEGATIVE, HivTest.NEGATIVE, 11.5, TetanusDose.TT1, true, 30, "Lò Thị Hương"));
        s.antenatal().saveVisit(W, p, null, AncVisit.on(LocalDate.of(2026, 9, 10)));
        PregnancyCard card = s.antenatal().card(p, TODAY).orElseThrow();
        assertEquals(new GestationalAge(24, 6), card.assessment().gestationalAge()); // 174 days
        assertEquals(1, card.assessment().visitsIn(Trimester.FIRST));
        assertEquals(1, card.assessment().visitsIn(Trimester.SECOND));
        assertEquals(52.5, card.visits().get(0).visit().weightKg());
        assertEquals(TetanusDose.TT1, card.visits().get(0).visit().tetanusDose());
        assertFalse(card.tetanusProtected());
        assertTrue(card.assessment().flags().contains(CardFlag.NOT_TETANUS_PROTECTED));
        UserError e = assertThrows(UserError.class, () -> s.antenatal().saveVisit(W, p, null,
                new AncVisit(LocalDate.of(2026, 10, 1), 300.0, null, null, null, null, null, null, null, null,
                        false, null, null)));
        assertEquals("antenatal.problem.weightOutOfRange", e.problems().get(0).key());
        assertThrows(UserError.class, () -> s.antenatal().saveVisit(W, p, null, AncVisit.on(lmp.minusDays(1))));
    }

    @Test
    void twoTetanusDosesInThePregnancyProtectHer() {
        UUID p = s.antenatal().savePregnancy(W, hoa, new PregnancyDraft(null, LocalDate.of(2026, 5, 1), null, null,
                null, null));
        s.antenatal().saveVisit(W, p, null, visitWithTt(LocalDate.of(2026, 7, 1), TetanusDose.TT1));
        s.antenatal().saveVisit(W, p, null, visitWithTt(LocalDate.of(2026, 8, 5), TetanusDose.TT2));
        PregnancyCard card = s.antenatal().card(p, TODAY).orElseThrow();
        assertTrue(card.tetanusProtected());
        assertFalse(card.assessment().flags().contains(CardFlag.NOT_TETANUS_PROTECTED));
        // the visits' doses are on her own tetanus record, once each
        assertEquals(java.util.List.of("TT1", "TT2"), s.vaccination().doses(hoa).stream()
                .map(d -> d.dose().vaccineCode()).toList());
        s.antenatal().saveVisit(W, p, null, visitWithTt(LocalDate.of(2026, 8, 5), TetanusDose.TT2));
        assertEquals(2, s.vaccination().doses(hoa).size(), "the same dose on the same day is not recorded twice");
    }

    @Test
    void aTetanusDoseFromHerVaccinationRecordCountsOnThePregnancyCard() {
        UUID p = s.antenatal().savePregnancy(W, hoa, new PregnancyDraft(null, LocalDate.of(2026, 5, 1), null, null,
                null, null));
        s.vaccination().record(W, hoa, java.util.List.of(vn.tramyte.vaccination.GivenDose.at("TT1",
                LocalDate.of(2026, 6, 20))));
        s.antenatal().saveVisit(W, p, null, visitWithTt(LocalDate.of(2026, 8, 5), TetanusDose.TT2));
        assertTrue(s.antenatal().card(p, TODAY).orElseThrow().tetanusProtected());
        // the lists read every woman's doses at once: hers count there too, and no one else's
        UUID mai = s.people().save(W, new PersonDraft(null, "Lò Thị Mai", Sex.FEMALE, LocalDate.of(2000, 2, 3), false,
                "03", village, null, null, null, null));
        UUID other = s.antenatal().savePregnancy(W, mai, new PregnancyDraft(null, LocalDate.of(2026, 5, 3), null,
                null, null, null));
        s.antenatal().saveVisit(W, other, null, visitWithTt(LocalDate.of(2026, 8, 5), TetanusDose.TT2));
        java.util.Map<UUID, Boolean> listed = new java.util.HashMap<>();
        s.antenatal().pregnantWomen(TODAY).forEach(c -> listed.put(c.pregnancy().id(), c.tetanusProtected()));
        assertEquals(java.util.Map.of(p, true, other, false), listed);
        // a TT1 given again at a visit is refused with the register's reason; the visit is not saved
        UserError e = assertThrows(UserError.class, () -> s.antenatal().saveVisit(W, p, null,
                visitWithTt(LocalDate.of(2026, 9, 1), TetanusDose.TT1)));
        assertEquals("vaccination.problem.alreadyGiven", e.problems().get(0).key());
        assertEquals(1, s.antenatal().card(p, TODAY).orElseThrow().visits().size());
    }

    @Test
    void theCatalogueInForceDecidesHerTetanusOnTheAntenatalAndTheVaccinationPagesAlike() {
        UUID p = s.antenatal().savePregnancy(W, hoa, new PregnancyDraft(null, LocalDate.of(2026, 5, 1), null, null,
                null, null));
        s.antenatal().saveVisit(W, p, null, visitWithTt(LocalDate.of(2026, 7, 1), TetanusDose.TT1));
        s.antenatal().saveVisit(W, p, null, visitWithTt(LocalDate.of(2026, 8, 5), TetanusDose.TT2));
        PersonRow her = s.people().all().stream().filter(r -> r.id().equals(hoa)).findFirst().orElseThrow();
        assertTrue(s.antenatal().card(p, TODAY).orElseThrow().tetanusProtected());
        assertTrue(s.vaccination().tetanusOn(her, TODAY).protection().isProtected());

        // the centre's catalogue, received by the station, asks 60 days between TT1 and TT2: her TT2
        // came after 35, so it does not count, on either page
        List<vn.tramyte.vaccination.Vaccine> stricter = s.vaccination().catalogue().all().stream()
                .map(v -> !v.code().equals("TT2") ? v : new vn.tramyte.vaccination.Vaccine(v.code(), v.series(),
                        v.dose(), v.target(), v.nameVi(), v.nameEn(), v.dueMonths(), v.minAgeDays(), 60,
                        v.maxAgeDays(), v.bornFrom(), v.fullImmunization(), v.protection(), v.source()))
                .toList();
        s.vaccination().receiveCatalogue(W, stricter, s.vaccination().catalogueVersion() + 1);
        assertFalse(s.antenatal().card(p, TODAY).orElseThrow().tetanusProtected());
        assertFalse(s.vaccination().tetanusOn(her, TODAY).protection().isProtected());
    }

    private static AncVisit visitWithTt(LocalDate date, TetanusDose dose) {
        return new AncVisit(date, null, null, null, null, null, null, null, null, dose, false, null, null);
    }

    @Test
    void aRegistersPeriodChoosesItsPregnanciesAndEachCardIsWhole() {
        // Hoa's first pregnancy: delivered in March 2025; her second: visited in July and October 2026
        Baby still = new Baby(BirthOutcome.STILL, null, null);
        UUID first = s.antenatal().recordDelivery(W, hoa, LocalDate.of(2024, 6, 1), delivery(LocalDate.of(2025, 3, 8),
                still), List.of(NewBaby.named(still, null))).pregnancyId();
        UUID second = s.antenatal().savePregnancy(W, hoa, new PregnancyDraft(null, LocalDate.of(2026, 5, 1), null,
                null, null, null));
        s.antenatal().saveVisit(W, second, null, AncVisit.on(LocalDate.of(2026, 7, 1)));
        s.vaccination().record(W, hoa, List.of(vn.tramyte.vaccination.GivenDose.at("TT1", LocalDate.of(2026, 6, 20))));
        s.antenatal().saveVisit(W, second, null, visitWithTt(LocalDate.of(2026, 10, 5), TetanusDose.TT2));
        // Mai: visited in September alone
        UUID mai = s.people().save(W, new PersonDraft(null, "Lò Thị Mai", Sex.FEMALE, LocalDate.of(2000, 2, 3), false,
                "03", village, null, null, null, null));
        UUID hers = s.antenatal().savePregnancy(W, mai, new PregnancyDraft(null, LocalDate.of(2026, 6, 3), null,
                null, null, null));
        s.antenatal().saveVisit(W, hers, null, AncVisit.on(LocalDate.of(2026, 9, 9)));

        List<PregnancyCard> october = s.antenatal().visitedBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        assertEquals(List.of(second), october.stream().map(c -> c.pregnancy().id()).toList());
        assertEquals(2, october.get(0).visits().size(), "the whole card, not the period's visits alone");
        assertTrue(october.get(0).tetanusProtected(), "her TT1 on the vaccination register counts");
        assertEquals(List.of(second, hers), s.antenatal().visitedBetween(LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 10, 31)).stream().map(c -> c.pregnancy().id()).sorted(
                java.util.Comparator.comparing(id -> id.equals(second) ? 0 : 1)).toList());
        List<PregnancyCard> march = s.antenatal().deliveredBetween(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        assertEquals(List.of(first), march.stream().map(c -> c.pregnancy().id()).toList());
        assertEquals(LocalDate.of(2025, 3, 8), march.get(0).delivery().delivery().date());
        assertEquals(hoa, march.get(0).woman().id());
        assertTrue(s.antenatal().deliveredBetween(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 10, 31)).isEmpty());
        // every card at once (the pregnant women): her register's TT1 counts there too, and not for Mai
        java.util.Map<UUID, Boolean> protectedNow = new java.util.HashMap<>();
        s.antenatal().pregnantWomen(TODAY).forEach(c -> protectedNow.put(c.pregnancy().id(), c.tetanusProtected()));
        assertEquals(java.util.Map.of(second, true, hers, false), protectedNow);
    }

    @Test
    void theWorkingListsShowThePregnanciesGoingOnThatDayToTheDay() {
        // Hoa: a delivered pregnancy with both tetanus doses, then one begun 300 days ago; Mai: one begun today
        Baby still = new Baby(BirthOutcome.STILL, null, null);
        UUID first = s.antenatal().recordDelivery(W, hoa, LocalDate.of(2024, 6, 1), delivery(LocalDate.of(2025, 3, 8),
                still), List.of(NewBaby.named(still, null))).pregnancyId();
        s.antenatal().saveVisit(W, first, null, visitWithTt(LocalDate.of(2024, 8, 1), TetanusDose.TT1));
        s.antenatal().saveVisit(W, first, null, visitWithTt(LocalDate.of(2024, 9, 5), TetanusDose.TT2));
        UUID late = s.antenatal().savePregnancy(W, hoa, new PregnancyDraft(null, TODAY.minusDays(300), null, null,
                null, null));
        s.antenatal().saveVisit(W, late, null, AncVisit.on(TODAY.minusDays(30)));
        UUID mai = s.people().save(W, new PersonDraft(null, "Lò Thị Mai", Sex.FEMALE, LocalDate.of(2000, 2, 3), false,
                "03", village, null, null, null, null));
        UUID begun = s.antenatal().savePregnancy(W, mai, new PregnancyDraft(null, TODAY, null, null, null, null));

        // 44+6 weeks is the last day on the lists, and a pregnancy begins on its LMP
        assertEquals(List.of(late, begun), goingOn(TODAY.plusDays(14)));
        assertEquals(List.of(begun), goingOn(TODAY.plusDays(15)));
        assertEquals(List.of(late), goingOn(TODAY.minusDays(1)));
        assertEquals(List.of(late, begun), goingOn(TODAY));
        assertEquals(List.of(late), s.antenatal().expectedToDeliver(TODAY, 1).stream().map(c -> c.pregnancy().id())
                .toList());
        assertEquals(List.of(begun), s.antenatal().noVisitInCurrentTrimester(TODAY.plusDays(7)).stream()
                .map(c -> c.pregnancy().id()).toList());
        // the chosen card is whole: its visit, and the doses of her delivered pregnancy protect her
        PregnancyCard card = s.antenatal().pregnantWomen(TODAY).get(0);
        assertEquals(1, card.visits().size());
        assertTrue(card.tetanusProtected());
        assertFalse(s.antenatal().pregnantWomen(TODAY).get(1).tetanusProtected());
    }

    private List<UUID> goingOn(LocalDate day) {
        return s.antenatal().pregnantWomen(day).stream().map(c -> c.pregnancy().id()).toList();
    }

    @Test
    void aDeliveryOfTwinsCreatesBothChildrenLinkedToTheMotherInHerVillage() {
        UUID p = s.antenatal().savePregnancy(W, hoa, new PregnancyDraft(null, LocalDate.of(2026, 2, 10), null, 2,
                1, null));
        AntenatalService.DeliveryResult r = s.antenatal().recordDelivery(W, hoa, null,
                delivery(LocalDate.of(2026, 11, 10)), List.of(
                        NewBaby.named(new Baby(BirthOutcome.LIVE, Sex.MALE, 2300), "Lò Văn An"),
                        NewBaby.named(new Baby(BirthOutcome.LIVE, Sex.FEMALE, 2600), "Lò Thị Bình")));
        assertEquals(p, r.pregnancyId());
        assertEquals(2, r.childIds().size());
        for (UUID child : r.childIds()) {
            Person c = s.people().find(child).orElseThrow();
            assertEquals(hoa, c.motherId());
            assertEquals(village, c.villageId());
            assertEquals("03", c.ethnicityCode());
            assertEquals(LocalDate.of(2026, 11, 10), c.birthDate());
        }
        PregnancyCard card = s.antenatal().card(p, TODAY).orElseThrow();
        assertFalse(card.pregnancy().open());
        StoredDelivery d = card.delivery();
        assertTrue(d.delivery().multiple());
        assertTrue(d.births().get(0).baby().lowBirthWeight());
        assertFalse(d.births().get(1).baby().lowBirthWeight());
        assertTrue(s.antenatal().pregnantWomen(TODAY).isEmpty());
    }

    @Test
    void aDeliveryWithoutARegisteredPregnancyCreatesTheOneItEnds() {
        AntenatalService.DeliveryResult r = s.antenatal().recordDelivery(W, hoa, null,
                new Delivery(LocalDate.of(2026, 11, 1), DeliveryPlace.HOME, Attendant.FAMILY, MotherOutcome.ALIVE,
                        List.of()), List.of(
                        NewBaby.named(new Baby(BirthOutcome.STILL, null, null), null),
                        NewBaby.named(new Baby(BirthOutcome.LIVE, Sex.FEMALE, null), "Lò Thị Cúc"),
                        NewBaby.named(new Baby(BirthOutcome.LIVE, Sex.FEMALE, 1900), "Lò Thị Đào")));
        Pregnancy p = s.antenatal().pregnancy(r.pregnancyId()).orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 1), p.deliveryDate());
        assertEquals(LocalDate.of(2026, 11, 1).minusDays(280), p.lmp());
        assertEquals(2, r.childIds().size());
        StoredDelivery d = s.database().read(tx -> s.antenatal().deliveryOf(tx, p.id())).orElseThrow();
        assertNull(d.births().get(0).childId());
        assertEquals(3, d.births().size());
        assertFalse(d.delivery().attendedByTrainedStaff());
    }

    @Test
    void aRefusedDeliveryCreatesNothing() {
        int before = s.people().count();
        UserError e = assertThrows(UserError.class, () -> s.antenatal().recordDelivery(W, hoa, null,
                delivery(TODAY.plusDays(3)), List.of(NewBaby.named(new Baby(BirthOutcome.LIVE, null, 9000), "X"))));
        assertTrue(e.problems().size() >= 3, e.problems().toString());
        assertEquals(before, s.people().count());
        assertTrue(s.antenatal().pregnanciesOf(hoa).isEmpty());
    }

    @Test
    void theListsShowWhoIsDueSoonAndWhoHasNoVisitInThisTrimesterButNotTheDead() {
        UUID lan = s.people().save(W, new PersonDraft(null, "Hà Thị Lan", Sex.FEMALE, LocalDate.of(2000, 1, 5), false,
                "03", village, null, null, null, null));
        // Hoa: EDD in 3 weeks, visited this trimester; Lan: EDD in 20 weeks, no visit at all.
        UUID p1 = s.antenatal().savePregnancy(W, hoa, new PregnancyDraft(null, null, TODAY.plusWeeks(3), null, null,
                null));
        s.antenatal().saveVisit(W, p1, null, AncVisit.on(TODAY.minusDays(2)));
        s.antenatal().savePregnancy(W, lan, new PregnancyDraft(null, null, TODAY.plusWeeks(20), null, null, null));
        assertEquals(List.of(hoa), s.antenatal().expectedToDeliver(TODAY, 4).stream().map(c -> c.woman().id())
                .toList());
        assertEquals(List.of(lan), s.antenatal().noVisitInCurrentTrimester(TODAY).stream()
                .map(c -> c.woman().id()).toList());
        assertEquals(2, s.antenatal().pregnantWomen(TODAY).size());
        s.database().writeVoid(W, tx -> s.people().setDiedOn(tx, lan, TODAY.minusDays(1)));
        assertTrue(s.antenatal().noVisitInCurrentTrimester(TODAY).isEmpty());
        assertEquals(1, s.antenatal().pregnantWomen(TODAY).size());
        PersonRow row = s.people().all().stream().filter(r -> r.id().equals(lan)).findFirst().orElseThrow();
        assertFalse(row.alive());
    }

    @Test
    void aVisitTypedByMistakeIsRemovedAsAnAuditedTombstone() {
        UUID p = s.antenatal().savePregnancy(W, hoa, new PregnancyDraft(null, LocalDate.of(2026, 6, 1), null, null,
                null, null));
        UUID v = s.antenatal().saveVisit(W, p, null, AncVisit.on(LocalDate.of(2026, 9, 1)));
        s.antenatal().removeVisit(W, v);
        assertTrue(s.antenatal().card(p, TODAY).orElseThrow().visits().isEmpty());
        int audits = s.database().read(tx -> new vn.tramyte.db.ChangeRepository().auditCount(tx.dsl(), "anc_visit", v));
        assertEquals(2, audits);
    }

    @Test
    void aCorrectedLmpMovesTheVisitsIntoOtherTrimestersAndIsAudited() {
        UUID p = s.antenatal().savePregnancy(W, hoa, new PregnancyDraft(null, LocalDate.of(2026, 6, 1), null, 2, 1,
                null));
        s.antenatal().saveVisit(W, p, null, AncVisit.on(LocalDate.of(2026, 9, 20)));
        assertEquals(1, s.antenatal().card(p, TODAY).orElseThrow().assessment().visitsIn(Trimester.SECOND));
        s.antenatal().savePregnancy(W, hoa, new PregnancyDraft(p, LocalDate.of(2026, 2, 1), null, 2, 1, null));
        PregnancyCard card = s.antenatal().card(p, TODAY).orElseThrow();
        assertEquals(LocalDate.of(2026, 2, 1).plusDays(280), card.pregnancy().edd());
        assertEquals(1, card.assessment().visitsIn(Trimester.THIRD));
        int audits = s.database().read(tx -> new vn.tramyte.db.ChangeRepository().auditCount(tx.dsl(), "pregnancy", p));
        assertEquals(2, audits);
    }
}
