package vn.tramyte.antenatal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/**
 * The antenatal lists read in SQL what they show (issue 12, decision 0020): every card's women's doses in one
 * query, a register's pregnancies chosen by its period. On H2 and on PostgreSQL (issue 16).
 */
@org.junit.jupiter.params.ParameterizedClass(name = "{0}")
@org.junit.jupiter.params.provider.MethodSource("vn.tramyte.testing.Engine#both")
class AntenatalListsTest {
    static final LocalDate TODAY = AntenatalServiceTest.TODAY;
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

    @Test
    void aRegistersPeriodChoosesItsPregnanciesAndEachCardIsWhole() {
        // Hoa's first pregnancy: delivered in March 2025; her second: visited in July and October 2026
        Baby still = new Baby(BirthOutcome.STILL, null, null);
        UUID first = s.antenatal().recordDelivery(W, hoa, LocalDate.of(2024, 6, 1), AntenatalServiceTest.delivery(LocalDate.of(2025, 3, 8),
                still), List.of(NewBaby.named(still, null))).pregnancyId();
        UUID second = s.antenatal().savePregnancy(W, hoa, new PregnancyDraft(null, LocalDate.of(2026, 5, 1), null,
                null, null, null));
        s.antenatal().saveVisit(W, second, null, AncVisit.on(LocalDate.of(2026, 7, 1)));
        s.vaccination().record(W, hoa, List.of(vn.tramyte.vaccination.GivenDose.at("TT1", LocalDate.of(2026, 6, 20))));
        s.antenatal().saveVisit(W, second, null, AntenatalServiceTest.visitWithTt(LocalDate.of(2026, 10, 5), TetanusDose.TT2));
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
}
