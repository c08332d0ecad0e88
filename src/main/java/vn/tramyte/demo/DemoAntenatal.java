package vn.tramyte.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import vn.tramyte.antenatal.AncVisit;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.antenatal.Attendant;
import vn.tramyte.antenatal.Baby;
import vn.tramyte.antenatal.BirthOutcome;
import vn.tramyte.antenatal.Delivery;
import vn.tramyte.antenatal.DeliveryPlace;
import vn.tramyte.antenatal.FetalHeart;
import vn.tramyte.antenatal.HivTest;
import vn.tramyte.antenatal.MotherOutcome;
import vn.tramyte.antenatal.NewBaby;
import vn.tramyte.antenatal.PregnancyDates;
import vn.tramyte.antenatal.PregnancyDraft;
import vn.tramyte.antenatal.TetanusDose;
import vn.tramyte.antenatal.UrineProtein;
import vn.tramyte.db.Tx;
import vn.tramyte.death.CauseGroup;
import vn.tramyte.death.DeathDraft;
import vn.tramyte.death.DeathPlace;
import vn.tramyte.death.DeathService;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.Sex;
import vn.tramyte.place.Village;

/**
 * The demo's antenatal care and deaths, per station: women pregnant now with 0 to 6 visits,
 * deliveries of the last year at the station, in hospital and at home (some with no trained
 * attendant), a pair of twins here and there, a few stillbirths, infant and child deaths, deaths
 * of old people not in the register, and one maternal death in Mường Kim (so the station demo has it too).
 */
final class DemoAntenatal {
    private static final List<DemoPeople.Group> GROUPS = List.of(DemoPeople.THAI, DemoPeople.MONG, DemoPeople.DAO,
            DemoPeople.KINH, DemoPeople.GIAY, DemoPeople.LU);

    private record Newborn(UUID id, LocalDate born) {
    }

    private final AntenatalService antenatal;
    private final DeathService deaths;
    private final String examiner;
    private int babiesBorn;
    private int deliveriesMade;
    private int stationsDone;

    DemoAntenatal(AntenatalService antenatal, DeathService deaths, String examiner) {
        this.antenatal = antenatal;
        this.deaths = deaths;
        this.examiner = examiner;
    }

    void fill(Tx tx, String station, List<PersonRow> everyone, List<Village> villages, Random random,
              LocalDate today) {
        List<PersonRow> people = everyone.stream().filter(p -> p.stationCode().equals(station)).toList();
        Map<UUID, LocalDate> youngest = new HashMap<>();
        Map<UUID, String> childSurname = new HashMap<>();
        for (PersonRow p : people) {
            if (p.motherId() != null) {
                youngest.merge(p.motherId(), p.birthDate(), (a, b) -> a.isAfter(b) ? a : b);
                childSurname.putIfAbsent(p.motherId(), p.fullName().split(" ")[0]);
            }
        }
        List<PersonRow> women = people.stream().filter(p -> p.sex() == Sex.FEMALE && p.motherId() == null)
                .filter(p -> ChronoUnit.YEARS.between(p.birthDate(), today) <= 42)
                .sorted(Comparator.comparing(PersonRow::birthDate)).toList();
        List<PersonRow> free = new ArrayList<>(women.stream()
                .filter(w -> youngest.getOrDefault(w.id(), LocalDate.MIN).isBefore(today.minusDays(700))).toList());
        java.util.Collections.shuffle(free, random);
        int pregnantNow = Math.min(free.size() / 3, 4 + random.nextInt(4));
        for (int i = 0; i < pregnantNow; i++) {
            PersonRow w = free.remove(free.size() - 1);
            LocalDate lmp = today.minusDays(30 + random.nextInt(245));
            UUID p = antenatal.savePregnancy(tx, station, w.id(), new PregnancyDraft(null, lmp, null,
                    2 + random.nextInt(3), 1 + random.nextInt(1), random.nextInt(6) == 0 ? riskNote(random) : null),
                    null);
            addVisits(tx, station, p, lmp, today, random.nextInt(7), random);
        }
        List<Newborn> newborns = new ArrayList<>();
        List<PersonRow> delivered = new ArrayList<>();
        int deliveries = Math.min(free.size(), 4 + random.nextInt(4));
        for (int i = 0; i < deliveries; i++) {
            PersonRow w = free.remove(free.size() - 1);
            LocalDate date = today.minusDays(10 + random.nextInt(340));
            LocalDate lmp = date.minusDays(260 + random.nextInt(28));
            UUID p = antenatal.savePregnancy(tx, station, w.id(), new PregnancyDraft(null, lmp, null,
                    2 + random.nextInt(3), 1, null), null, date);
            addVisits(tx, station, p, lmp, date.minusDays(1), random.nextInt(7), random);
            int where = random.nextInt(10);
            DeliveryPlace place = where < 5 ? DeliveryPlace.STATION : where < 8 ? DeliveryPlace.HOSPITAL
                    : DeliveryPlace.HOME;
            Attendant attendant = switch (place) {
                case STATION -> random.nextBoolean() ? Attendant.MIDWIFE : Attendant.ASSISTANT_DOCTOR;
                case HOSPITAL -> Attendant.DOCTOR;
                default -> List.of(Attendant.FAMILY, Attendant.NONE, Attendant.VILLAGE_MIDWIFE).get(random.nextInt(3));
            };
            // twins now and then: every 11th delivery of the demo, starting with the fourth
            int count = ++deliveriesMade % 11 == 4 ? 2 : 1;
            DemoPeople.Group group = group(w.ethnicityCode());
            String surname = childSurname.getOrDefault(w.id(), group.surname(random));
            List<NewBaby> babies = new ArrayList<>();
            for (int b = 0; b < count; b++) {
                // a few stillbirths: every 17th baby of the demo, starting with the third
                boolean still = ++babiesBorn % 17 == 3;
                Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                int weight = (count == 2 ? 2000 : 2500) + random.nextInt(1200) - (place == DeliveryPlace.HOME ? 300 : 0);
                Integer grams = place == DeliveryPlace.HOME && random.nextBoolean() ? null : weight;
                babies.add(NewBaby.named(new Baby(still ? BirthOutcome.STILL : BirthOutcome.LIVE, sex, grams),
                        still ? null : sex == Sex.MALE ? group.male(random, surname) : group.female(random, surname)));
            }
            antenatal.recordDelivery(tx, station, w.id(), p, null,
                    new Delivery(date, place, attendant, MotherOutcome.ALIVE, List.of()), babies, null).childIds()
                    .forEach(c -> newborns.add(new Newborn(c, date)));
            delivered.add(w);
        }
        addDeaths(tx, station, people, newborns, delivered, villages, random, today);
    }

    private void addDeaths(Tx tx, String station, List<PersonRow> people, List<Newborn> newborns,
                           List<PersonRow> delivered, List<Village> villages, Random random, LocalDate today) {
        // an infant (a child born 2–11 months ago) or, every other station, a child of 1 to 4 years
        List<PersonRow> children = people.stream().filter(p -> p.motherId() != null)
                .sorted(Comparator.comparing(PersonRow::birthDate).reversed()).toList();
        PersonRow infant = children.stream().filter(c -> c.birthDate().isBefore(today.minusDays(60))
                && c.birthDate().isAfter(today.minusDays(330))).findFirst().orElse(null);
        stationsDone++;
        if (infant != null && stationsDone % 3 != 0) {
            LocalDate date = infant.birthDate().plusDays(20 + random.nextInt(
                    (int) ChronoUnit.DAYS.between(infant.birthDate(), today) - 20));
            deaths.save(tx, station, death(infant.id(), date, random.nextBoolean() ? DeathPlace.HOME
                    : DeathPlace.HOSPITAL, CauseGroup.PNEUMONIA, null), null);
        }
        if (stationsDone % 2 == 1) {
            children.stream().filter(c -> c.birthDate().isBefore(today.minusYears(1).minusDays(210))
                            && c.birthDate().isAfter(today.minusYears(4)) && !c.equals(infant)).findFirst()
                    .ifPresent(c -> deaths.save(tx, station, death(c.id(), today.minusDays(5 + random.nextInt(200)),
                            DeathPlace.ON_THE_WAY, random.nextBoolean() ? CauseGroup.DROWNING : CauseGroup.DIGESTIVE,
                            null), null));
        }
        // an early neonatal death among the newborns, now and then
        if (!newborns.isEmpty() && random.nextInt(4) == 0) {
            Newborn baby = newborns.get(random.nextInt(newborns.size()));
            LocalDate date = baby.born().plusDays(random.nextInt(5));
            if (!date.isAfter(today)) {
                deaths.save(tx, station, death(baby.id(), date, DeathPlace.HOME, CauseGroup.PERINATAL, null), null);
            }
        }
        // old people not in the register
        int old = 1 + random.nextInt(3);
        for (int i = 0; i < old; i++) {
            DemoPeople.Group group = GROUPS.get(random.nextInt(GROUPS.size()));
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            String name = sex == Sex.MALE ? group.male(random, group.surname(random))
                    : group.female(random, group.surname(random));
            LocalDate date = today.minusDays(random.nextInt(360));
            CauseGroup cause = List.of(CauseGroup.STROKE, CauseGroup.CANCER, CauseGroup.PNEUMONIA,
                    CauseGroup.CIRCULATORY, CauseGroup.TB, CauseGroup.OTHER).get(random.nextInt(6));
            Village v = villages.get(random.nextInt(villages.size()));
            deaths.save(tx, station, new DeathDraft(null, null, name, sex,
                    LocalDate.of(date.getYear() - 60 - random.nextInt(30), 1, 1), true, null, group.code(), v.id(),
                    date, DeathPlace.HOME, cause, null, sex == Sex.FEMALE ? Boolean.FALSE : null), null);
        }
        // one maternal death: in Mường Kim, a woman delivered at home without a trained attendant
        if (DemoService.STATION_DEMO.equals(station) && !delivered.isEmpty()) {
            PersonRow w = delivered.get(0);
            LocalDate date = antenatal.pregnanciesOf(tx, w.id()).stream().map(p -> p.deliveryDate())
                    .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElseThrow().plusDays(3);
            if (!date.isAfter(today)) {
                deaths.save(tx, station, death(w.id(), date, DeathPlace.ON_THE_WAY, CauseGroup.MATERNAL, Boolean.TRUE),
                        null);
            }
        }
    }

    private static DeathDraft death(UUID person, LocalDate date, DeathPlace place, CauseGroup cause,
                                    Boolean pregnant) {
        return new DeathDraft(null, person, null, null, null, false, null, null, null, date, place, cause, null,
                pregnant);
    }

    private void addVisits(Tx tx, String station, UUID pregnancy, LocalDate lmp, LocalDate last, int n,
                           Random random) {
        LocalDate first = lmp.plusDays(42);
        long span = ChronoUnit.DAYS.between(first, last);
        // visits at least three weeks apart, as a woman comes when asked
        n = (int) Math.min(n, span / 21 + 1);
        if (span <= 0 || n == 0) {
            return;
        }
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            dates.add(first.plusDays(random.nextLong(span + 1)));
        }
        boolean protectedBefore = random.nextInt(4) == 0;
        // her weight before the pregnancy, and about 0.35 kg a week gained from week 13
        double baseKg = 42 + random.nextInt(160) / 10.0;
        int dose = 0;
        for (LocalDate d : dates) {
            int weeks = PregnancyDates.gestationalAge(lmp, d).weeks();
            TetanusDose tt = null;
            if (!protectedBefore && dose < 2 && random.nextInt(3) > 0) {
                tt = dose == 0 ? TetanusDose.TT1 : TetanusDose.TT2;
                dose++;
            }
            boolean iron = random.nextInt(4) > 0;
            double kg = Math.round((baseKg + Math.max(0, weeks - 13) * 0.35 + random.nextInt(9) / 10.0) * 10) / 10.0;
            AncVisit v = new AncVisit(d, kg, 95 + random.nextInt(35),
                    60 + random.nextInt(25), weeks >= 20 ? (double) (weeks - 2 + random.nextInt(4)) : null,
                    weeks >= 12 ? FetalHeart.rate(125 + random.nextInt(30)) : null,
                    random.nextInt(3) == 0 ? UrineProtein.NEGATIVE : null,
                    random.nextInt(5) == 0 ? HivTest.NEGATIVE : null,
                    random.nextInt(4) == 0 ? 9.5 + random.nextInt(30) / 10.0 : null, tt, iron,
                    iron ? 30 : null, examiner);
            antenatal.saveVisit(tx, station, pregnancy, null, v, null);
        }
    }

    private static String riskNote(Random random) {
        return List.of("Tiền sử sảy thai", "Mổ đẻ lần trước", "Thiếu máu", "Tăng huyết áp lần có thai trước")
                .get(random.nextInt(4));
    }

    private static DemoPeople.Group group(String code) {
        return GROUPS.stream().filter(g -> g.code().equals(code)).findFirst().orElse(DemoPeople.THAI);
    }
}
