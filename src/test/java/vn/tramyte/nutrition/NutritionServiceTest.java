package vn.tramyte.nutrition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;
import vn.tramyte.nutrition.growth.Indicator;
import vn.tramyte.nutrition.growth.NutritionStatus;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;
import vn.tramyte.testing.TestPeople;

class NutritionServiceTest {
    @TempDir
    Path dir;
    Services s;
    UUID child;

    @BeforeEach
    void station() {
        s = TestStation.station(dir);
        UUID mother = s.people().save(TestStation.WORKER, TestPeople.hoa().draft(), "Bản Đốc");
        child = s.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Thị Mai", Sex.FEMALE,
                LocalDate.of(2025, 11, 22), false, "03", s.places().ownVillages().get(0).id(), mother, null, null,
                null));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private MeasurementDraft draft(LocalDate date, Double kg, Double cm) {
        return new MeasurementDraft(null, child, date, kg, cm, Position.LYING, false, null);
    }

    @Test
    void aMeasurementIsSavedAuditedAndScored() {
        long before = s.database().lastChangeSeq();
        UUID id = s.nutrition().save(TestStation.WORKER, draft(LocalDate.of(2026, 11, 22), 8.95, 74.0), false);
        assertEquals(before + 1, s.database().lastChangeSeq());
        Child c = s.nutrition().childrenUnderFive(LocalDate.of(2026, 11, 22), Set.of()).get(0);
        List<ScreeningRow> history = s.nutrition().history(c);
        assertEquals(1, history.size());
        assertEquals(id, history.get(0).measurement().id());
        // a girl of 365 days: 8.95 kg is the WHO median, so WAZ is close to 0
        double waz = history.get(0).assessment().scores().waz();
        assertTrue(Math.abs(waz) < 0.02, "waz " + waz);
        assertEquals(NutritionStatus.NORMAL, history.get(0).assessment().status(Indicator.WAZ).orElseThrow());
        int audits = s.database().read(tx -> new vn.tramyte.db.ChangeRepository()
                .auditCount(tx.dsl(), "measurement", id));
        assertEquals(1, audits);
    }

    @Test
    void theChildrenUnderFiveAreThoseWithScoresOnTheDayBornOnOrBeforeIt() {
        LocalDate day = LocalDate.of(2026, 6, 1); // before the clock's today: a birth after it is refused
        UUID lastDay = born("Lò Văn An", day.minusDays(MeasurementRules.FIRST_DAY_WITHOUT_SCORES - 1));
        born("Lò Văn Bình", day.minusDays(MeasurementRules.FIRST_DAY_WITHOUT_SCORES)); // scored no more
        UUID newborn = born("Lò Thị Châu", day);
        born("Lò Thị Dung", day.plusDays(1)); // not yet born that day
        assertEquals(Set.of(child, lastDay, newborn), s.nutrition().childrenUnderFive(day, Set.of()).stream()
                .map(Child::id).collect(java.util.stream.Collectors.toSet()));
    }

    private UUID born(String name, LocalDate birth) {
        return s.people().save(TestStation.WORKER, new PersonDraft(null, name, Sex.MALE, birth, false, "03",
                s.places().ownVillages().get(0).id(), null, null, null, null));
    }

    @Test
    void aWeightOutsideThePhysicalRangeIsRefusedWithTheRange() {
        UserError e = assertThrows(UserError.class,
                () -> s.nutrition().save(TestStation.WORKER, draft(LocalDate.of(2026, 11, 22), 75.0, 74.0), true));
        assertEquals(List.of("weight"), e.problems().stream().map(Problem::field).toList());
        assertEquals("Weight: 75 kg is outside 0.5–60 kg. Check the weight.",
                e.describe(new Messages(Messages.ENGLISH)));
        UserError l = assertThrows(UserError.class,
                () -> s.nutrition().save(TestStation.WORKER, draft(LocalDate.of(2026, 11, 22), 8.0, 30.0), true));
        assertEquals("Length/height: 30 cm is outside 35–130 cm. Check the measurement.",
                l.describe(new Messages(Messages.ENGLISH)));
        assertEquals(0, s.nutrition().count());
    }

    @Test
    void anImplausibleValueIsSavedOnlyOnceConfirmed() {
        // 12.5 kg at 3 months: WAZ far above +5
        MeasurementDraft heavy = draft(LocalDate.of(2026, 2, 22), 12.5, 60.0);
        UserError e = assertThrows(UserError.class, () -> s.nutrition().save(TestStation.WORKER, heavy, false));
        assertEquals("nutrition.error.confirmImplausible", e.problems().get(0).key());
        assertEquals(0, s.nutrition().count());
        s.nutrition().save(TestStation.WORKER, heavy, true);
        assertEquals(1, s.nutrition().count());
    }

    @Test
    void datesInTheFutureBeforeBirthOrFromTheFifthBirthdayAreRefused() {
        assertEquals("nutrition.error.dateFuture", assertThrows(UserError.class, () -> s.nutrition()
                .save(TestStation.WORKER, draft(LocalDate.of(2026, 11, 23), 9.0, 74.0), true)).problems().get(0).key());
        assertEquals("nutrition.error.dateBeforeBirth", assertThrows(UserError.class, () -> s.nutrition()
                .save(TestStation.WORKER, draft(LocalDate.of(2025, 11, 21), 3.0, 50.0), true)).problems().get(0).key());
        // WHO computes scores up to day 1826 (59.99 months) and none from day 1827 on
        List<Problem> day1827 = MeasurementRules.check(draft(LocalDate.of(2030, 11, 23), 18.0, 108.0),
                LocalDate.of(2025, 11, 22), LocalDate.of(2031, 1, 1));
        assertEquals("nutrition.error.notUnderFive", day1827.get(0).key());
        assertTrue(MeasurementRules.check(draft(LocalDate.of(2030, 11, 22), 18.0, 108.0),
                LocalDate.of(2025, 11, 22), LocalDate.of(2031, 1, 1)).isEmpty(), "day 1826 still has scores");
    }

    @Test
    void theScreeningDayShowsWhoCameAndTheMalnourishedListTheLatestMeasurement() {
        LocalDate june = LocalDate.of(2026, 6, 1);
        LocalDate december = LocalDate.of(2026, 11, 20);
        assertFalse(s.nutrition().screeningDay(june, Set.of()).get(0).measured());
        // stunted in June (HAZ about -3.3), recovered in November
        s.nutrition().save(TestStation.WORKER, draft(june, 5.6, 58.0), true);
        ScreeningRow came = s.nutrition().screeningDay(june, Set.of()).get(0);
        assertTrue(came.measured());
        assertEquals(NutritionStatus.SEVERE, came.assessment().status(Indicator.HAZ).orElseThrow());
        assertEquals(1, s.nutrition().malnourished(june).size());
        s.nutrition().save(TestStation.WORKER, draft(december, 8.95, 74.0), true);
        assertTrue(s.nutrition().malnourished(december).isEmpty());
        assertEquals(1, s.nutrition().screeningDay(june, Set.of("Bản Đốc")).size());
        assertTrue(s.nutrition().screeningDay(june, Set.of("Bản Mè")).isEmpty());
    }

    @Test
    void theMalnourishedListOfADayTakesEachChildsLatestWeighingUpToThatDay() {
        LocalDate june = LocalDate.of(2026, 6, 1);
        LocalDate july = LocalDate.of(2026, 7, 1);
        LocalDate november = LocalDate.of(2026, 11, 20);
        // stunted in June (HAZ about -3.3) and July, recovered in November
        s.nutrition().save(TestStation.WORKER, draft(june, 5.6, 58.0), true);
        s.nutrition().save(TestStation.WORKER, draft(july, 6.0, 60.0), true);
        s.nutrition().save(TestStation.WORKER, draft(november, 8.95, 74.0), true);
        assertTrue(s.nutrition().malnourished(june.minusDays(1)).isEmpty(), "nothing weighed yet");
        assertEquals(List.of(june), s.nutrition().malnourished(june).stream().map(r -> r.measurement().date()).toList());
        assertEquals(List.of(july), s.nutrition().malnourished(november.minusDays(1)).stream()
                .map(r -> r.measurement().date()).toList());
        assertTrue(s.nutrition().malnourished(november).isEmpty());
        // the screening day shows that day's weighing, not the latest before it
        ScreeningRow julyDay = s.nutrition().screeningDay(july, Set.of()).get(0);
        assertEquals(july, julyDay.measurement().date());
        assertFalse(s.nutrition().screeningDay(july.plusDays(1), Set.of()).get(0).measured());
    }

    @Test
    void oedemaCountsAsSevereForTheWeightBasedForms() {
        s.nutrition().save(TestStation.WORKER, new MeasurementDraft(null, child, LocalDate.of(2026, 11, 1), 8.0, 72.0,
                Position.LYING, true, 115), true);
        ScreeningRow row = s.nutrition().malnourished(LocalDate.of(2026, 11, 22)).get(0);
        // the list's weighing as it was saved, every field
        assertEquals(new Measurement(row.measurement().id(), child, LocalDate.of(2026, 11, 1), 8.0, 72.0,
                Position.LYING, true, 115), row.measurement());
        assertEquals(null, row.assessment().scores().waz());
        assertEquals(NutritionStatus.SEVERE, row.assessment().status(Indicator.WAZ).orElseThrow());
        assertEquals(NutritionStatus.SEVERE, row.assessment().status(Indicator.WHZ).orElseThrow());
    }

    @Test
    void theDemoHasRealisticRatesOfUnderweightAndStunting(@TempDir Path demoDir) {
        try (Services demo = vn.tramyte.testing.TestStation.open(demoDir)) {
            demo.demo().create();
            LocalDate round = LocalDate.of(2026, 6, 1);
            List<ScreeningRow> rows = demo.nutrition().screeningDay(round, Set.of()).stream()
                    .filter(ScreeningRow::measured).toList();
            assertTrue(rows.size() > 250, "measured on the June round: " + rows.size());
            double underweight = share(rows, Indicator.WAZ);
            double stunting = share(rows, Indicator.HAZ);
            assertTrue(underweight >= 0.10 && underweight <= 0.25, "underweight " + underweight);
            assertTrue(stunting >= 0.18 && stunting <= 0.36, "stunting " + stunting);
            int most = rows.stream().mapToInt(r -> demo.nutrition().history(r.child()).size()).max().orElse(0);
            assertEquals(5, most, "the June and December rounds since January 2024: 2024, 2025 and June 2026");
        }
    }

    private static double share(List<ScreeningRow> rows, Indicator indicator) {
        long below = rows.stream().filter(r -> r.assessment().status(indicator)
                .map(NutritionStatus::belowMinusTwo).orElse(false)).count();
        return (double) below / rows.size();
    }
}
