package vn.tramyte.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tramyte.db.generated.Tables.ANC_VISIT;
import static vn.tramyte.db.generated.Tables.BIRTH;
import static vn.tramyte.db.generated.Tables.DEATH;
import static vn.tramyte.db.generated.Tables.DELIVERY;
import static vn.tramyte.db.generated.Tables.MEASUREMENT;
import static vn.tramyte.db.generated.Tables.PERSON;
import static vn.tramyte.db.generated.Tables.PREGNANCY;
import static vn.tramyte.db.generated.Tables.VACCINATION;
import static vn.tramyte.db.generated.Tables.VILLAGE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.nutrition.Assessment;
import vn.tramyte.nutrition.Child;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestClock;

/**
 * The demo's records obey the rules a health worker's records obey, checked straight in the
 * tables (not through the services that wrote them): every live birth has its child, nothing
 * happens before a birth, after a death or after today, every weighing gives plausible z-scores,
 * and every station holds every kind of record.
 */
class DemoDataTest {
    private static final LocalDate TODAY = TestClock.TODAY;
    @TempDir
    static Path dir;
    private static Services centre;
    private static Services station;
    private static final List<String> progress = new ArrayList<>();

    @BeforeAll
    static void makeDemos() {
        centre = vn.tramyte.testing.TestStation.open(dir.resolve("centre"));
        centre.demo().create(null, (step, item, total, fraction) -> progress.add(step + " " + item + "/" + total
                + " " + fraction));
        station = vn.tramyte.testing.TestStation.open(dir.resolve("station"));
        station.demo().create(DemoService.STATION_DEMO);
    }

    @AfterAll
    static void close() {
        centre.close();
        station.close();
    }

    private static <T> T sql(Services s, Function<DSLContext, T> query) {
        return s.database().read(tx -> query.apply(tx.dsl()));
    }

    @Test
    void everyLiveBirthHasItsChildBornThatDayToItsMother() {
        for (Services s : List.of(centre, station)) {
            var births = sql(s, d -> d.select(BIRTH.OUTCOME, BIRTH.CHILD_ID, DELIVERY.DELIVERY_DATE, PREGNANCY.WOMAN_ID,
                            PERSON.BIRTH_DATE, PERSON.MOTHER_ID, PERSON.STATION_CODE, BIRTH.STATION_CODE)
                    .from(BIRTH).join(DELIVERY).on(DELIVERY.ID.eq(BIRTH.DELIVERY_ID))
                    .join(PREGNANCY).on(PREGNANCY.ID.eq(DELIVERY.PREGNANCY_ID))
                    .leftJoin(PERSON).on(PERSON.ID.eq(BIRTH.CHILD_ID)).fetch());
            assertTrue(births.size() > 20, "births: " + births.size());
            for (var b : births) {
                if (b.value1().equals("live")) {
                    assertTrue(b.value2() != null && b.value5() != null, "a live birth without its child: " + b);
                    assertEquals(b.value3(), b.value5(), "the child is born on the delivery day");
                    assertEquals(b.value4(), b.value6(), "the child's mother is the woman who delivered");
                    assertEquals(b.value8(), b.value7(), "the child is registered at the mother's station");
                } else {
                    assertEquals(null, b.value2(), "a stillbirth makes no child: " + b);
                }
            }
        }
    }

    @Test
    void nothingHappensBeforeBirthAfterDeathOrAfterToday() {
        for (Services s : List.of(centre, station)) {
            var lastDay = DSL.coalesce(PERSON.DIED_ON, DSL.val(TODAY));
            assertEquals(List.of(), sql(s, d -> examples(d.select(PERSON.FULL_NAME, VACCINATION.VACCINE_CODE,
                    VACCINATION.GIVEN_ON, PERSON.BIRTH_DATE, PERSON.DIED_ON).from(VACCINATION).join(PERSON)
                    .on(PERSON.ID.eq(VACCINATION.PERSON_ID))
                    .where(VACCINATION.GIVEN_ON.lt(PERSON.BIRTH_DATE).or(VACCINATION.GIVEN_ON.gt(lastDay))).fetch())),
                    "doses before birth or after death or today");
            assertEquals(List.of(), sql(s, d -> examples(d.select(PERSON.FULL_NAME, MEASUREMENT.MEASURED_ON,
                    PERSON.BIRTH_DATE, PERSON.DIED_ON).from(MEASUREMENT).join(PERSON)
                    .on(PERSON.ID.eq(MEASUREMENT.PERSON_ID))
                    .where(MEASUREMENT.MEASURED_ON.lt(PERSON.BIRTH_DATE).or(MEASUREMENT.MEASURED_ON.gt(lastDay)))
                    .fetch())), "weighings before birth or after death or today");
            assertEquals(List.of(), sql(s, d -> examples(d.select(PERSON.FULL_NAME, ANC_VISIT.VISIT_DATE,
                    PREGNANCY.LMP, DELIVERY.DELIVERY_DATE, PERSON.DIED_ON).from(ANC_VISIT)
                    .join(PREGNANCY).on(PREGNANCY.ID.eq(ANC_VISIT.PREGNANCY_ID))
                    .join(PERSON).on(PERSON.ID.eq(PREGNANCY.WOMAN_ID))
                    .leftJoin(DELIVERY).on(DELIVERY.PREGNANCY_ID.eq(PREGNANCY.ID))
                    .where(ANC_VISIT.VISIT_DATE.lt(PREGNANCY.LMP).or(ANC_VISIT.VISIT_DATE.gt(lastDay))
                            .or(ANC_VISIT.VISIT_DATE.gt(DELIVERY.DELIVERY_DATE))).fetch())),
                    "visits outside the pregnancy");
            assertEquals(List.of(), sql(s, d -> examples(d.select(PERSON.FULL_NAME, DELIVERY.DELIVERY_DATE,
                    PREGNANCY.LMP, PERSON.BIRTH_DATE, PERSON.DIED_ON).from(DELIVERY)
                    .join(PREGNANCY).on(PREGNANCY.ID.eq(DELIVERY.PREGNANCY_ID))
                    .join(PERSON).on(PERSON.ID.eq(PREGNANCY.WOMAN_ID))
                    .where(DELIVERY.DELIVERY_DATE.gt(lastDay)
                            .or(DELIVERY.DELIVERY_DATE.lt(PREGNANCY.LMP.plus(22 * 7)))
                            .or(PREGNANCY.LMP.lt(DSL.localDateAdd(PERSON.BIRTH_DATE, 12, org.jooq.DatePart.YEAR))))
                    .fetch())), "deliveries after today or her death, before 22 weeks, or of a girl");
            assertEquals(List.of(), sql(s, d -> examples(d.select(PERSON.FULL_NAME, DEATH.DEATH_DATE,
                    PERSON.BIRTH_DATE, PERSON.DIED_ON).from(DEATH).leftJoin(PERSON).on(PERSON.ID.eq(DEATH.PERSON_ID))
                    .where(DEATH.DEATH_DATE.gt(TODAY).or(DEATH.DEATH_DATE.lt(PERSON.BIRTH_DATE))
                            .or(DEATH.PERSON_ID.isNotNull().and(PERSON.DIED_ON.isDistinctFrom(DEATH.DEATH_DATE))))
                    .fetch())), "deaths after today, before birth, or not on the person's record");
            assertEquals(List.of(), sql(s, d -> examples(d.select(PERSON.FULL_NAME, PERSON.BIRTH_DATE).from(PERSON)
                    .where(PERSON.BIRTH_DATE.gt(TODAY)).fetch())), "people born after today");
        }
    }

    @Test
    void everyWeighingGivesPlausibleZScores() {
        for (Services s : List.of(centre, station)) {
            var rows = sql(s, d -> d.select(PERSON.ID, PERSON.SEX, PERSON.BIRTH_DATE, MEASUREMENT.MEASURED_ON,
                    MEASUREMENT.WEIGHT_KG, MEASUREMENT.LENGTH_CM, MEASUREMENT.POSITION, MEASUREMENT.OEDEMA)
                    .from(MEASUREMENT).join(PERSON).on(PERSON.ID.eq(MEASUREMENT.PERSON_ID)).fetch());
            assertTrue(rows.size() > 100, "weighings: " + rows.size());
            for (var r : rows) {
                Child child = new Child(r.value1(), "", "", "", Sex.fromCode(r.value2()), r.value3(), null, null);
                Assessment a = s.nutrition().assess(child, r.value4(), r.value5().doubleValue(),
                        r.value6().doubleValue(), Position.parse(r.value7()).orElseThrow(), r.value8());
                assertTrue(!a.implausible(), "implausible: " + r + " " + a);
                assertTrue(a.scores().haz() != null && Math.abs(a.scores().haz()) < 6, "HAZ of " + r + ": " + a);
            }
        }
    }

    @Test
    void everyStationHoldsPeopleVillagesAndEveryKindOfRecord() {
        List<Table<?>> tables = List.of(PERSON, VILLAGE, MEASUREMENT, VACCINATION, PREGNANCY, ANC_VISIT, DELIVERY,
                BIRTH, DEATH);
        Set<String> codes = Set.of("03595", "03618", "03619", "03625", "03628", "03631", "03632", "03634", "03637",
                "03638", "03640", "03643");
        for (Table<?> table : tables) {
            @SuppressWarnings("unchecked")
            TableField<Record, String> stationCode = (TableField<Record, String>) table.field("STATION_CODE");
            Map<String, Integer> counts = sql(centre, d -> d.select(stationCode, DSL.count()).from(table)
                    .groupBy(stationCode).fetchMap(stationCode, DSL.count()));
            assertEquals(codes, counts.keySet(), table.getName() + " at every station: " + counts);
            Map<String, Integer> own = sql(station, d -> d.select(stationCode, DSL.count()).from(table)
                    .groupBy(stationCode).fetchMap(stationCode, DSL.count()));
            assertEquals(Set.of(DemoService.STATION_DEMO), own.keySet(), table.getName() + " at the station: " + own);
        }
        // every village has its people
        assertEquals(List.of(), sql(centre, d -> examples(d.select(VILLAGE.STATION_CODE, VILLAGE.NAME).from(VILLAGE)
                .whereNotExists(d.selectOne().from(PERSON).where(PERSON.VILLAGE_ID.eq(VILLAGE.ID))).fetch())));
    }

    @Test
    void theStationDemoHasBirthsDosesAndWeighingsInEachYear() {
        for (int year = TODAY.getYear() - 2; year <= TODAY.getYear(); year++) {
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = LocalDate.of(year, 12, 31);
            assertTrue(sql(station, d -> d.fetchCount(DELIVERY, DELIVERY.DELIVERY_DATE.between(from, to))) > 2,
                    "deliveries in " + year);
            assertTrue(sql(station, d -> d.fetchCount(VACCINATION, VACCINATION.GIVEN_ON.between(from, to))) > 50,
                    "doses in " + year);
            // two weighing rounds a year (June and December), only June's yet this year
            assertTrue(sql(station, d -> d.fetchCount(MEASUREMENT, MEASUREMENT.MEASURED_ON.between(from, to))) > 15,
                    "weighings in " + year);
            assertTrue(sql(station, d -> d.fetchCount(ANC_VISIT, ANC_VISIT.VISIT_DATE.between(from, to))) > 5,
                    "antenatal visits in " + year);
        }
    }

    @Test
    void theCentreDemoReportsItsProgressStationByStation() {
        List<String> steps = progress.stream().map(p -> p.substring(0, p.lastIndexOf(' '))).toList();
        List<String> expected = new ArrayList<>();
        for (String step : List.of("MAKING", "SAVING")) {
            for (int i = 1; i <= 12; i++) {
                expected.add(step + " " + i + "/12");
            }
        }
        expected.addAll(List.of("PACKAGES 1/1", "ENROLMENT 1/3", "ENROLMENT 2/3", "ENROLMENT 3/3"));
        assertEquals(expected, steps);
        List<Double> fractions = progress.stream().map(p -> Double.parseDouble(p.substring(p.lastIndexOf(' ') + 1)))
                .toList();
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) > fractions.get(i - 1) && fractions.get(i) < 1, fractions.toString());
        }
    }

    // ---- ready for the centre's indicator report (DOMAIN.md §7) ------------------------------------

    private static final Set<String> TRAINED = Set.of("doctor", "assistant_doctor", "midwife", "nurse",
            "village_midwife");

    /** Deliveries of a year at the centre: station, ethnicity of the mother, attendant, visits and their trimesters. */
    private static List<Record> deliveries(int year) {
        var visits = DSL.select(DSL.count()).from(ANC_VISIT).where(ANC_VISIT.PREGNANCY_ID.eq(PREGNANCY.ID))
                .asField("visits");
        return sql(centre, d -> d.select(DELIVERY.STATION_CODE, PERSON.ETHNICITY_CODE, DELIVERY.ATTENDANT, visits)
                .from(DELIVERY).join(PREGNANCY).on(PREGNANCY.ID.eq(DELIVERY.PREGNANCY_ID))
                .join(PERSON).on(PERSON.ID.eq(PREGNANCY.WOMAN_ID))
                .where(DSL.year(DELIVERY.DELIVERY_DATE).eq(year)).fetch().stream().map(r -> (Record) r).toList());
    }

    @Test
    void everyCommuneHasBirthsInEachFullYearWithDifferentCareBetweenCommunes() {
        Map<String, double[]> skilled = new TreeMap<>();
        for (int year = TODAY.getYear() - 2; year < TODAY.getYear(); year++) {
            List<Record> rows = deliveries(year);
            Map<String, Long> perCommune = new TreeMap<>();
            rows.forEach(r -> perCommune.merge(r.get(DELIVERY.STATION_CODE), 1L, Long::sum));
            assertEquals(12, perCommune.size(), "deliveries in " + year + " per commune: " + perCommune);
            assertTrue(perCommune.values().stream().allMatch(n -> n >= 2), year + ": " + perCommune);
            for (Record r : rows) {
                double[] c = skilled.computeIfAbsent(r.get(DELIVERY.STATION_CODE), k -> new double[2]);
                c[0] += TRAINED.contains(r.get(DELIVERY.ATTENDANT)) ? 1 : 0;
                c[1]++;
            }
            long few = rows.stream().filter(r -> r.get("visits", Integer.class) < 3).count();
            long four = rows.stream().filter(r -> r.get("visits", Integer.class) >= 4).count();
            assertTrue(few > 0 && four > rows.size() / 3, year + ": <3 visits " + few + ", ≥4 " + four);
        }
        List<Double> shares = skilled.values().stream().map(c -> c[0] / c[1]).sorted().toList();
        assertTrue(shares.get(shares.size() - 1) >= 0.95 && shares.get(0) < 0.75,
                "births attended by trained staff per commune: " + shares);
    }

    @Test
    void birthsAreAboutTwentyPerThousandAndHalfOfThemToEthnicMinorityMothers() {
        int people = sql(centre, d -> d.fetchCount(PERSON));
        int year = TODAY.getYear() - 1;
        var births = sql(centre, d -> d.select(PERSON.ETHNICITY_CODE).from(BIRTH)
                .join(DELIVERY).on(DELIVERY.ID.eq(BIRTH.DELIVERY_ID))
                .join(PREGNANCY).on(PREGNANCY.ID.eq(DELIVERY.PREGNANCY_ID))
                .join(PERSON).on(PERSON.ID.eq(PREGNANCY.WOMAN_ID))
                .where(BIRTH.OUTCOME.eq("live").and(DSL.year(DELIVERY.DELIVERY_DATE).between(year - 1, year)))
                .fetch(PERSON.ETHNICITY_CODE));
        double perThousand = births.size() / 2.0 * 1000 / people;
        assertTrue(perThousand >= 16 && perThousand <= 24, "live births a year per 1000: " + perThousand);
        double minority = births.stream().filter(c -> !c.equals("01")).count() / (double) births.size();
        assertTrue(minority >= 0.38 && minority <= 0.55, "births to ethnic minority mothers: " + minority);
    }

    @Test
    void mostChildrenAreFullyImmunizedBeforeOneButNotAll() {
        var register = centre.vaccination().register(TODAY.getYear() - 2);
        double completed = register.stream().filter(r -> r.fullImmunization().completed()).count()
                / (double) register.size();
        assertTrue(register.size() > 60 && completed > 0.75 && completed < 0.98,
                register.size() + " children, fully immunized " + completed);
    }

    @Test
    void childrenAreStuntedAndUnderweightAtLaiChauRatesHigherInTheHighlands() {
        int year = TODAY.getYear() - 1;
        var rows = sql(centre, d -> d.select(PERSON.ID, PERSON.STATION_CODE, PERSON.SEX, PERSON.BIRTH_DATE,
                        MEASUREMENT.MEASURED_ON, MEASUREMENT.WEIGHT_KG, MEASUREMENT.LENGTH_CM, MEASUREMENT.POSITION,
                        MEASUREMENT.OEDEMA).from(MEASUREMENT).join(PERSON).on(PERSON.ID.eq(MEASUREMENT.PERSON_ID))
                .where(DSL.year(MEASUREMENT.MEASURED_ON).eq(year)).orderBy(MEASUREMENT.MEASURED_ON).fetch());
        Map<Object, Assessment> latest = new java.util.HashMap<>();
        Map<Object, String> stationOf = new java.util.HashMap<>();
        for (var r : rows) {
            Child child = new Child(r.value1(), "", "", "", Sex.fromCode(r.value3()), r.value4(), null, null);
            latest.put(r.value1(), centre.nutrition().assess(child, r.value5(), r.value6().doubleValue(),
                    r.value7().doubleValue(), Position.parse(r.value8()).orElseThrow(), r.value9()));
            stationOf.put(r.value1(), r.value2());
        }
        double stunted = latest.values().stream().filter(a -> a.scores().haz() < -2).count() / (double) latest.size();
        double underweight = latest.values().stream().filter(a -> a.scores().waz() != null && a.scores().waz() < -2)
                .count() / (double) latest.size();
        assertTrue(stunted >= 0.22 && stunted <= 0.34, "stunting " + stunted);
        assertTrue(underweight >= 0.12 && underweight <= 0.24, "underweight " + underweight);
        Map<String, double[]> perCommune = new TreeMap<>();
        latest.forEach((id, a) -> {
            double[] c = perCommune.computeIfAbsent(stationOf.get(id), k -> new double[2]);
            c[0] += a.scores().haz() < -2 ? 1 : 0;
            c[1]++;
        });
        List<Double> shares = perCommune.values().stream().map(c -> c[0] / c[1]).sorted().toList();
        assertTrue(shares.get(shares.size() - 1) - shares.get(0) > 0.15, "stunting per commune: " + shares);
    }

    @Test
    void deathsOfInfantsAndYoungChildrenAndOneMaternalDeathInTheHistory() {
        var deaths = centre.deaths().register(LocalDate.of(TODAY.getYear() - 2, 1, 1), TODAY);
        long infants = deaths.stream().filter(d -> d.death().classification()
                .is(vn.tramyte.death.DeathClass.INFANT)).count();
        long maternal = deaths.stream().filter(d -> d.death().classification()
                .is(vn.tramyte.death.DeathClass.MATERNAL)).count();
        assertTrue(infants >= 3, "infant deaths: " + infants);
        assertEquals(1, maternal);
        // tetanus doses for the women who delivered, given at their visits or on their old cards
        assertTrue(sql(centre, d -> d.fetchCount(VACCINATION, VACCINATION.VACCINE_CODE.like("TT%")
                .and(DSL.year(VACCINATION.GIVEN_ON).eq(TODAY.getYear() - 1)))) > 40);
    }

    // ---- the packages the centre has received ------------------------------------------------------

    @Test
    void mostStationsSentAPackageAFewDaysAgoAndTwoLagByMonths() {
        var status = centre.sync().stationStatus();
        assertEquals(12, status.size());
        Map<String, Long> daysSince = new TreeMap<>();
        for (var s : status) {
            assertTrue(s.enrolled() && s.gaps().isEmpty() && s.receivedSeq() == s.highestSeq(), s.toString());
            var last = centre.sync().received().stream().filter(p -> p.log().source().equals(s.stationCode()))
                    .map(p -> p.log().createdAt().toLocalDate()).max(LocalDate::compareTo).orElseThrow();
            daysSince.put(s.stationCode(), java.time.temporal.ChronoUnit.DAYS.between(last, TODAY));
        }
        assertEquals(10, daysSince.values().stream().filter(d -> d <= 10).count(), daysSince.toString());
        assertEquals(2, daysSince.values().stream().filter(d -> d >= 60 && d <= 100).count(), daysSince.toString());
        assertTrue(centre.sync().received().size() > 12 * 30, "about one package a month");
    }

    @Test
    void aLaggingStationsRecordsAfterItsLastPackageHaveNotArrived() {
        for (var s : centre.sync().stationStatus()) {
            LocalDate last = centre.sync().received().stream().filter(p -> p.log().source().equals(s.stationCode()))
                    .map(p -> p.log().createdAt().toLocalDate()).max(LocalDate::compareTo).orElseThrow();
            String code = s.stationCode();
            List<LocalDate> latest = sql(centre, d -> List.of(
                    d.select(DSL.max(VACCINATION.GIVEN_ON)).from(VACCINATION).where(VACCINATION.STATION_CODE.eq(code))
                            .fetchOne(0, LocalDate.class),
                    d.select(DSL.max(MEASUREMENT.MEASURED_ON)).from(MEASUREMENT)
                            .where(MEASUREMENT.STATION_CODE.eq(code)).fetchOne(0, LocalDate.class),
                    d.select(DSL.max(ANC_VISIT.VISIT_DATE)).from(ANC_VISIT).where(ANC_VISIT.STATION_CODE.eq(code))
                            .fetchOne(0, LocalDate.class),
                    d.select(DSL.max(DEATH.DEATH_DATE)).from(DEATH).where(DEATH.STATION_CODE.eq(code))
                            .fetchOne(0, LocalDate.class)));
            assertTrue(latest.stream().allMatch(d -> !d.isAfter(last)), code + " last package " + last + ": " + latest);
            // every record of the station came in one of its packages: its number lies in what was received
            long highest = sql(centre, d -> d.select(DSL.max(PERSON.ORIGIN_SEQ)).from(PERSON)
                    .where(PERSON.STATION_CODE.eq(code)).fetchOne(0, Long.class));
            assertTrue(highest <= s.receivedSeq(), code + ": " + highest + " > " + s.receivedSeq());
        }
        // the station demo, which is the station itself, has its records up to today
        LocalDate latestDose = sql(station, d -> d.select(DSL.max(VACCINATION.GIVEN_ON)).from(VACCINATION)
                .fetchOne(0, LocalDate.class));
        assertTrue(latestDose.isAfter(TODAY.minusDays(15)), "latest dose at the station: " + latestDose);
    }

    /** Up to five offending rows, as text, so a failure shows what broke the rule. */
    private static List<String> examples(Result<? extends Record> rows) {
        List<String> list = new ArrayList<>();
        for (int i = 0; i < Math.min(5, rows.size()); i++) {
            list.add(rows.get(i).intoList().toString());
        }
        return list;
    }
}
