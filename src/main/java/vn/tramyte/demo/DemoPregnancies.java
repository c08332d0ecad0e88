package vn.tramyte.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import vn.tramyte.antenatal.AncVisit;
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
import vn.tramyte.person.Sex;
import vn.tramyte.vaccination.DosePlace;
import vn.tramyte.vaccination.GivenDose;

/**
 * The planned births become pregnancies with their antenatal visits (four or more in the three
 * trimesters, three, a late start, one, or none, by the commune's chances), tetanus doses given
 * at the visits, and deliveries at the station, in hospital or at home, whose live-born babies
 * become the commune's new children. A birth after today is a pregnancy going on.
 */
final class DemoPregnancies {
    /** Visit patterns: gestational weeks windows [from, to) of each visit. */
    private static final int[][] FOUR = {{8, 13}, {16, 22}, {24, 28}, {30, 34}, {35, 38}, {38, 40}};
    private static final int[][] THREE = {{9, 13}, {20, 27}, {30, 37}};
    private static final int[][] LATE = {{16, 25}, {30, 37}, {37, 39}};
    private static final int[][] ONCE = {{18, 34}};

    private final DemoCommune commune;
    private final Random random;
    private final String examiner;

    DemoPregnancies(DemoCommune commune, String examiner) {
        this.commune = commune;
        this.random = commune.random;
        this.examiner = examiner;
    }

    void fill() {
        // the woman nearest her term comes to every visit of the full pattern (a card with five or six)
        DemoCommune.PlannedBirth nearest = commune.births.stream().filter(b -> b.date.isAfter(commune.today))
                .findFirst().orElse(null);
        for (DemoCommune.PlannedBirth b : commune.births) {
            pregnancy(b, b == nearest);
        }
    }

    private void pregnancy(DemoCommune.PlannedBirth b, boolean everyVisit) {
        Resident w = b.mother;
        DemoProfile profile = commune.profile(w);
        boolean delivered = !b.date.isAfter(commune.today);
        int gestation = random.nextInt(12) == 0 ? 238 + random.nextInt(21) : 264 + random.nextInt(24);
        LocalDate lmp = b.date.minusDays(gestation);
        LocalDate lastVisitDay = delivered ? b.date : commune.today;
        List<LocalDate> visitDays = visitDays(lmp, lastVisitDay, everyVisit ? FOUR : pattern(profile), everyVisit);
        if (everyVisit && commune.story && !delivered) {
            // in Mường Kim she came this month too: the A3 register of the month is never empty
            LocalDate recent = commune.today.minusDays(Math.min(2, commune.today.getDayOfMonth() - 1));
            if (recent.isAfter(lmp.plusWeeks(12)) && visitDays.stream().noneMatch(d -> !d.isBefore(
                    commune.today.withDayOfMonth(1)))) {
                visitDays.add(recent);
            }
        }
        LocalDate registered = visitDays.isEmpty() ? (delivered ? b.date : lmp.plusDays(56 + random.nextInt(30)))
                : visitDays.get(0);
        if (!delivered && registered.isAfter(commune.today)) {
            w.births.add(b.date);
            return; // not known to the station yet
        }
        int para = w.births.size();
        PregnancyDraft draft = new PregnancyDraft(null, lmp, null, para + 1 + (random.nextInt(8) == 0 ? 1 : 0), para,
                random.nextInt(7) == 0 ? riskNote() : null);
        DemoRecords.PregnancyWrite p = new DemoRecords.PregnancyWrite(registered, commune.ids.next(), w.id, draft);
        List<TetanusDose> tetanus = tetanusAt(w, visitDays, profile);
        double baseKg = 40 + random.nextInt(170) / 10.0;
        for (int i = 0; i < visitDays.size(); i++) {
            p.visits.add(new DemoRecords.VisitWrite(commune.ids.next(), visit(lmp, visitDays.get(i), baseKg,
                    tetanus.get(i))));
        }
        if (delivered) {
            p.delivery = delivery(b, profile);
        }
        w.births.add(b.date);
        commune.records.pregnancies.add(p);
    }

    private int[][] pattern(DemoProfile profile) {
        double roll = random.nextDouble();
        if (roll < profile.ancFour()) {
            return FOUR;
        }
        if (roll < profile.ancFour() + profile.ancThree()) {
            return THREE;
        }
        double rest = random.nextDouble();
        return rest < 0.45 ? LATE : rest < 0.8 ? ONCE : new int[0][];
    }

    /** One day in each window of the pattern that has begun by the last day (most women come to most). */
    private List<LocalDate> visitDays(LocalDate lmp, LocalDate last, int[][] pattern, boolean every) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern == FOUR && i >= 4 && !every && random.nextInt(3) > 0) {
                continue; // a fifth or sixth visit for some
            }
            if (pattern == LATE && i == 2 && random.nextBoolean()) {
                continue;
            }
            int weeks = pattern[i][0] + random.nextInt(pattern[i][1] - pattern[i][0]);
            LocalDate day = lmp.plusDays(weeks * 7L + random.nextInt(7));
            if (!day.isAfter(last)) {
                days.add(day);
            }
        }
        return new ArrayList<>(days);
    }

    /**
     * The doses she is given at her visits: the next of her series at the first visit that allows
     * it, and TT2 four weeks or more after TT1 — when the commune reaches her.
     */
    private List<TetanusDose> tetanusAt(Resident w, List<LocalDate> days, DemoProfile profile) {
        List<TetanusDose> given = new ArrayList<>();
        boolean reached = random.nextDouble() < profile.tetanus();
        for (LocalDate day : days) {
            TetanusDose dose = null;
            int had = w.tetanusCodes.size();
            boolean firstHere = given.stream().noneMatch(java.util.Objects::nonNull);
            if (reached && had < 5 && (firstHere || had < 2) && !day.isBefore(nextAllowed(w))) {
                dose = TetanusDose.values()[had];
                w.tetanus(dose.vaccineCode(), day);
            }
            given.add(dose);
        }
        return given;
    }

    /** The first day her next tetanus dose counts: 4 weeks after TT1, 6 months after TT2, a year after later ones. */
    static LocalDate nextAllowed(Resident w) {
        int had = w.tetanusCodes.size();
        if (had == 0) {
            return LocalDate.MIN;
        }
        LocalDate last = w.tetanusDates.get(had - 1);
        return last.plusDays(had == 1 ? 28 : had == 2 ? 182 : 365);
    }

    private AncVisit visit(LocalDate lmp, LocalDate day, double baseKg, TetanusDose tt) {
        int weeks = PregnancyDates.gestationalAge(lmp, day).weeks();
        boolean iron = random.nextInt(5) > 0;
        double kg = Math.round((baseKg + Math.max(0, weeks - 13) * 0.35 + random.nextInt(9) / 10.0) * 10) / 10.0;
        return new AncVisit(day, kg, 95 + random.nextInt(35), 60 + random.nextInt(25),
                weeks >= 20 ? (double) (weeks - 2 + random.nextInt(4)) : null,
                weeks >= 12 ? FetalHeart.rate(125 + random.nextInt(30)) : null,
                random.nextInt(3) == 0 ? UrineProtein.NEGATIVE : null,
                random.nextInt(4) == 0 ? HivTest.NEGATIVE : null,
                random.nextInt(4) == 0 ? 9.5 + random.nextInt(30) / 10.0 : null, tt, iron, iron ? 30 : null,
                examiner);
    }

    private DemoRecords.DeliveryWrite delivery(DemoCommune.PlannedBirth b, DemoProfile profile) {
        boolean skilled = !b.maternalDeath && random.nextDouble() < profile.skilledBirth();
        DeliveryPlace place;
        Attendant attendant;
        if (skilled) {
            int where = random.nextInt(20);
            place = where < 11 ? DeliveryPlace.STATION : where < 19 ? DeliveryPlace.HOSPITAL : DeliveryPlace.HOME;
            attendant = switch (place) {
                case STATION -> List.of(Attendant.MIDWIFE, Attendant.ASSISTANT_DOCTOR, Attendant.NURSE)
                        .get(random.nextInt(3));
                case HOSPITAL -> Attendant.DOCTOR;
                default -> Attendant.VILLAGE_MIDWIFE;
            };
        } else {
            place = b.maternalDeath || random.nextInt(6) > 0 ? DeliveryPlace.HOME : DeliveryPlace.ON_THE_WAY;
            attendant = b.maternalDeath || random.nextInt(4) > 0 ? Attendant.FAMILY : Attendant.NONE;
        }
        Resident mother = b.mother;
        List<NewBaby> babies = new ArrayList<>();
        List<UUID> childIds = new ArrayList<>();
        for (int i = 0; i < b.babies; i++) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            int grams = (b.babies == 2 ? 2100 : 2600) + random.nextInt(1100) - (skilled ? 0 : 250);
            Integer weight = !skilled && random.nextBoolean() ? null : grams;
            if (b.stillborn) {
                babies.add(NewBaby.named(new Baby(BirthOutcome.STILL, sex, weight), null));
                childIds.add(null);
                continue;
            }
            String name = commune.childName(mother.group, sex, mother.childrenSurname != null ? mother.childrenSurname
                    : mother.group.surname(random));
            Resident child = new Resident(commune.ids.next(), name, sex, b.date, mother.group, mother.village, mother);
            commune.residents.add(child);
            babies.add(NewBaby.named(new Baby(BirthOutcome.LIVE, sex, weight), name));
            childIds.add(child.id);
        }
        return new DemoRecords.DeliveryWrite(commune.ids.next(),
                new Delivery(b.date, place, attendant, MotherOutcome.ALIVE, List.of()), babies, childIds);
    }

    /** Women with children from before the start bring their old tetanus card: TT1 and TT2 of their last pregnancy. */
    void oldCards() {
        for (Resident w : commune.residents) {
            LocalDate last = w.births.stream().filter(d -> d.isBefore(commune.start)).reduce((a, b) -> b).orElse(null);
            if (last == null || random.nextDouble() > commune.profile(w).tetanus() * 0.8) {
                continue;
            }
            LocalDate tt1 = last.minusDays(120 + random.nextInt(40));
            LocalDate tt2 = tt1.plusDays(30 + random.nextInt(25));
            if (tt1.isBefore(w.birth.plusYears(16))) {
                continue;
            }
            w.tetanus("TT1", tt1);
            w.tetanus("TT2", tt2);
            commune.records.oldCards.add(new DemoRecords.DosesWrite(commune.start, w.id, List.of(
                    new GivenDose("TT1", tt1, DosePlace.STATION, null, true),
                    new GivenDose("TT2", tt2, DosePlace.STATION, null, true))));
        }
    }

    private String riskNote() {
        return List.of("Tiền sử sảy thai", "Mổ đẻ lần trước", "Thiếu máu", "Tăng huyết áp lần có thai trước")
                .get(random.nextInt(4));
    }
}
