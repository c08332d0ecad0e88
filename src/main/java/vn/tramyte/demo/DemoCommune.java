package vn.tramyte.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import vn.tramyte.common.Ids;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.place.Village;

/**
 * One commune's demo history, made in memory: its households as registered when the station
 * started with TramYTe (1 January two years before today), then everything its health workers
 * recorded since, up to today — pregnancies and births, deaths, doses and weighing rounds. The
 * chances come from the commune's {@link DemoProfile}; the random stream is the commune's own,
 * so the station demo and the centre demo hold the same Mường Kim.
 */
final class DemoCommune {
    /** A birth the demo has planned for a woman; it becomes a delivery, or a pregnancy still going on. */
    static final class PlannedBirth {
        final Resident mother;
        final LocalDate date;
        int babies = 1;
        boolean stillborn;
        /** The mother dies a few days after this delivery (the demo's one maternal death). */
        boolean maternalDeath;

        PlannedBirth(Resident mother, LocalDate date) {
            this.mother = mother;
            this.date = date;
        }
    }

    final DemoStation station;
    final List<Village> villages;
    final Random random;
    final Ids ids;
    final LocalDate start;
    final LocalDate today;
    /** Mường Kim shows every kind of event: twins, a stillbirth, deaths of every age, a maternal death. */
    final boolean story;
    final DemoRecords records;
    final List<Resident> residents = new ArrayList<>();
    final List<PlannedBirth> births = new ArrayList<>();

    DemoCommune(DemoStation station, List<Village> villages, long seed, Ids ids, LocalDate today) {
        this.station = station;
        this.villages = villages;
        this.random = new Random(seed ^ Long.parseLong(station.code()) * 0x9E3779B97F4A7C15L);
        this.ids = ids;
        this.today = today;
        this.start = LocalDate.of(today.getYear() - 2, 1, 1);
        this.story = station.code().equals(DemoService.STATION_DEMO);
        this.records = new DemoRecords(station.code());
    }

    DemoProfile profile(Resident r) {
        return r.minority() ? station.profile().forMinority() : station.profile();
    }

    /** Households as registered at the start: young families, older couples, grandmothers. */
    void households() {
        for (int h = 0; h < station.households(); h++) {
            DemoPeople.Group group = DemoPeople.pick(random, station.groups());
            Village village = DemoPeople.pick(random, villages);
            int kind = random.nextInt(100);
            if (kind < 70) {
                youngFamily(group, village);
                if (kind < 8) {
                    adult(group, village, Sex.FEMALE, 58 + random.nextInt(25), null);
                }
            } else {
                olderCouple(group, village);
            }
        }
    }

    private void youngFamily(DemoPeople.Group group, Village village) {
        int wifeAge = 17 + random.nextInt(26);
        String surname = group.surname(random);
        adult(group, village, Sex.MALE, wifeAge + random.nextInt(7), surname);
        Resident wife = adult(group, village, Sex.FEMALE, wifeAge, null);
        wife.childrenSurname = surname;
        wife.wantedChildren = wanted(group);
        LocalDate next = wife.birth.plusYears(18 + random.nextInt(5)).plusDays(random.nextInt(365));
        while (next.isBefore(start) && wife.births.size() < wife.wantedChildren) {
            wife.births.add(next);
            if (next.isAfter(start.minusYears(16))) {
                Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                register(new Resident(ids.next(), childName(group, sex, surname), sex, next, group, village, wife),
                        random.nextInt(4) > 0, random.nextInt(5) > 0, false);
            }
            next = next.plusDays(spacingDays(group));
        }
        wife.nextBirth = next;
    }

    private void olderCouple(DemoPeople.Group group, Village village) {
        int age = 50 + random.nextInt(28);
        String surname = group.surname(random);
        if (random.nextInt(5) > 0) {
            adult(group, village, Sex.MALE, age + random.nextInt(5), surname);
        }
        adult(group, village, Sex.FEMALE, age, null);
        if (random.nextInt(10) < 3) {
            adult(group, village, Sex.MALE, 19 + random.nextInt(16), surname);
        }
    }

    private Resident adult(DemoPeople.Group group, Village village, Sex sex, int ageAtStart, String surname) {
        String family = surname != null ? surname : group.surname(random);
        String name = sex == Sex.MALE ? group.male(random, family) : group.female(random, family);
        LocalDate birth = start.minusYears(ageAtStart).minusDays(1 + random.nextInt(364));
        Resident r = new Resident(ids.next(), name, sex, birth, group, village, null);
        register(r, random.nextBoolean(), random.nextInt(3) > 0, random.nextInt(3) > 0);
        return r;
    }

    String childName(DemoPeople.Group group, Sex sex, String surname) {
        return sex == Sex.MALE ? group.male(random, surname) : group.female(random, surname);
    }

    /** A person registered when the station started: her record was typed on the first day. */
    private void register(Resident r, boolean personalId, boolean insurance, boolean phone) {
        residents.add(r);
        records.people.add(new DemoRecords.PersonWrite(start, r.id, new PersonDraft(null, r.name, r.sex, r.birth,
                false, r.group.code(), r.village.id(), r.mother == null ? null : r.mother.id,
                personalId ? personalId(r.birth, r.sex) : null, insurance ? digits(10) : null,
                phone ? "09" + digits(8) : null)));
    }

    /** Mông and Dao families want more children than Kinh ones, as in Lai Châu. */
    private int wanted(DemoPeople.Group group) {
        return switch (group.code()) {
            case "01" -> 2 + random.nextInt(2);
            case "08" -> 4 + random.nextInt(4);
            case "09" -> 3 + random.nextInt(3);
            default -> 2 + random.nextInt(3);
        };
    }

    private int spacingDays(DemoPeople.Group group) {
        int months = group.code().equals("01") ? 30 + random.nextInt(36) : 22 + random.nextInt(26);
        return months * 30 + random.nextInt(30);
    }

    /**
     * Each woman's next births, from her last one until nine months after today (those after
     * today are the pregnancies going on), while she is under 43 and wants more.
     */
    void planBirths() {
        LocalDate horizon = today.plusDays(270);
        for (Resident w : List.copyOf(residents)) {
            if (w.wantedChildren == 0) {
                continue;
            }
            LocalDate next = w.nextBirth;
            int planned = w.births.size();
            while (next.isBefore(horizon) && planned < w.wantedChildren
                    && ChronoUnit.YEARS.between(w.birth, next) < 43) {
                births.add(new PlannedBirth(w, next));
                planned++;
                next = next.plusDays(spacingDays(w.group));
            }
        }
        births.sort(Comparator.comparing((PlannedBirth b) -> b.date).thenComparing(b -> b.mother.id));
        markMultiplesAndStillbirths();
    }

    /**
     * Twins in about one delivery in seventy, a stillbirth in about one in eighty; Mường Kim has
     * both for sure, and its maternal death: a woman's last birth in the middle of last year,
     * at home with her family.
     */
    private void markMultiplesAndStillbirths() {
        List<PlannedBirth> delivered = births.stream().filter(b -> !b.date.isAfter(today)).toList();
        for (PlannedBirth b : delivered) {
            if (random.nextInt(70) == 0) {
                b.babies = 2;
            } else if (random.nextInt(80) == 0) {
                b.stillborn = true;
            }
        }
        if (!story || delivered.size() < 12) {
            return;
        }
        delivered.get(4).babies = 2;
        delivered.get(4).stillborn = false;
        delivered.get(9).stillborn = true;
        delivered.get(9).babies = 1;
        LocalDate from = LocalDate.of(today.getYear() - 1, 4, 1);
        delivered.stream().filter(b -> !b.date.isBefore(from) && b.babies == 1 && !b.stillborn)
                .filter(b -> births.stream().noneMatch(o -> o.mother == b.mother && o.date.isAfter(b.date)))
                .findFirst().ifPresent(b -> b.maternalDeath = true);
    }

    /** A 12-digit personal id: province 012, century-and-sex digit, year of birth, six digits. */
    String personalId(LocalDate birth, Sex sex) {
        int century = birth.getYear() >= 2000 ? 2 : 0;
        int sexDigit = century + (sex == Sex.FEMALE ? 1 : 0);
        return "012" + sexDigit + String.format("%02d", birth.getYear() % 100) + digits(6);
    }

    String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }
}
