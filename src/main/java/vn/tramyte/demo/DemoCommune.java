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
    /**
     * A year before the start: the births from here on are planned at the commune's steady rate, so
     * that the children born the year before the start (fully immunized in its first year) are as
     * many as the babies of each later year, as in a real commune.
     */
    final LocalDate cohortStart;
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
        this.cohortStart = start.minusYears(1);
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
        while (next.isBefore(cohortStart) && wife.births.size() < wife.wantedChildren) {
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
        Resident r = person(group, village, sex, start.minusYears(ageAtStart).minusDays(1 + random.nextInt(364)),
                surname);
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
            case "08" -> 3 + random.nextInt(3);
            case "09" -> 3 + random.nextInt(2);
            default -> 2 + random.nextInt(2);
        };
    }

    private int spacingDays(DemoPeople.Group group) {
        int months = switch (group.code()) {
            case "01" -> 30 + random.nextInt(36);
            case "08", "09" -> 22 + random.nextInt(26);
            default -> 24 + random.nextInt(30);
        };
        return months * 30 + random.nextInt(30);
    }

    /**
     * Young couples who marry and set up house after the start, about one for every seventy
     * households a year: registered on their wedding day, their first child a year or so later.
     */
    void newCouples() {
        long days = ChronoUnit.DAYS.between(start, today);
        int couples = (int) Math.round(station.households() * days / 365.0 / 70);
        for (int i = 0; i < couples; i++) {
            DemoPeople.Group group = DemoPeople.pick(random, station.groups());
            Village village = DemoPeople.pick(random, villages);
            LocalDate wedding = start.plusDays(random.nextInt((int) days));
            String surname = group.surname(random);
            int age = 18 + random.nextInt(5);
            Resident husband = person(group, village, Sex.MALE, wedding.minusYears(age + random.nextInt(5))
                    .minusDays(random.nextInt(365)), surname);
            Resident wife = person(group, village, Sex.FEMALE, wedding.minusYears(age).minusDays(random.nextInt(365)),
                    null);
            for (Resident r : List.of(husband, wife)) {
                residents.add(r);
                records.people.add(new DemoRecords.PersonWrite(wedding, r.id, new PersonDraft(null, r.name, r.sex,
                        r.birth, false, r.group.code(), r.village.id(), null, personalId(r.birth, r.sex),
                        random.nextBoolean() ? digits(10) : null, random.nextBoolean() ? "09" + digits(8) : null)));
            }
            wife.childrenSurname = surname;
            wife.wantedChildren = wanted(group);
            wife.nextBirth = wedding.plusDays(300 + random.nextInt(300));
            wife.earliestBirth = wedding.plusDays(280);
        }
    }

    private Resident person(DemoPeople.Group group, Village village, Sex sex, LocalDate birth, String surname) {
        String family = surname != null ? surname : group.surname(random);
        String name = sex == Sex.MALE ? group.male(random, family) : group.female(random, family);
        return new Resident(ids.next(), name, sex, birth, group, village, null);
    }

    /**
     * The births from a year before the start and the pregnancies going on today: every year the
     * same number, about 21 for every thousand people (Lai Châu's crude birth rate), one in each
     * equal part of the year, so that any twelve months hold about a year's babies, and the same
     * parts each year to ethnic minority mothers. Each is given
     * to a woman of 18 to 42 whose last child is at least 21 months old, most often one whose
     * family was due to grow and who wants more children (Mông and Dao families more than Kinh
     * ones). A child born before the start was registered with the households on the first day.
     */
    void planBirths() {
        LocalDate horizon = today.plusDays(270);
        int perYear = (int) Math.ceil(residents.size() * 0.021);
        List<Resident> women = residents.stream().filter(w -> w.wantedChildren > 0).toList();
        List<Resident> minority = women.stream().filter(Resident::minority).toList();
        List<Resident> kinh = women.stream().filter(w -> !w.minority()).toList();
        // the same parts of every year go to ethnic minority mothers, in proportion to the families
        // that want children (so each population's babies are steady too)
        int minorityPerYear = (int) Math.round(perYear * (double) minority.size() / Math.max(1, women.size()));
        for (LocalDate year = cohortStart; year.isBefore(horizon); year = year.plusYears(1)) {
            int length = (int) ChronoUnit.DAYS.between(year, year.plusYears(1));
            for (int i = 0; i < perYear; i++) {
                int from = i * length / perYear;
                int to = (i + 1) * length / perYear;
                boolean toMinority = (i + 1) * minorityPerYear / perYear > i * minorityPerYear / perYear;
                // a few days of the part are tried (on some no woman is ready), then the other population's
                for (int attempt = 0; attempt < 6; attempt++) {
                    boolean fromMinority = attempt < 4 ? toMinority : !toMinority;
                    LocalDate day = year.plusDays(from + random.nextInt(to - from));
                    if (!day.isBefore(horizon)) {
                        break;
                    }
                    Resident mother = chooseMother(fromMinority ? minority : kinh, day);
                    if (mother != null) {
                        plan(mother, day);
                        break;
                    }
                }
            }
        }
        markMultiplesAndStillbirths();
    }

    private void plan(Resident mother, LocalDate day) {
        if (!day.isBefore(start)) {
            births.add(new PlannedBirth(mother, day));
            mother.plannedBirths.add(day);
            return;
        }
        mother.births.add(day);
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        register(new Resident(ids.next(), childName(mother.group, sex, mother.childrenSurname), sex, day,
                mother.group, mother.village, mother), random.nextInt(4) > 0, random.nextInt(5) > 0, false);
    }

    private Resident chooseMother(List<Resident> women, LocalDate day) {
        List<Resident> candidates = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        int total = 0;
        for (Resident w : women) {
            long age = ChronoUnit.YEARS.between(w.birth, day);
            LocalDate last = w.lastBirth();
            int children = w.births.size() + w.plannedBirths.size();
            if (age < 18 || age > 42 || day.isBefore(w.earliestBirth) || day.isBefore(w.nextBirth.minusDays(400))
                    || last != null && last.plusMonths(21).isAfter(day) || children > w.wantedChildren) {
                continue;
            }
            int weight = Math.max(1, w.wantedChildren - children) * (day.isBefore(w.nextBirth) ? 1 : 3);
            candidates.add(w);
            weights.add(weight);
            total += weight;
        }
        if (total == 0) {
            return null;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < candidates.size(); i++) {
            roll -= weights.get(i);
            if (roll < 0) {
                return candidates.get(i);
            }
        }
        return candidates.get(candidates.size() - 1);
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
