package vn.tramyte.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import vn.tramyte.death.CauseGroup;
import vn.tramyte.death.DeathDraft;
import vn.tramyte.death.DeathPlace;
import vn.tramyte.person.Sex;

/**
 * The deaths of a demo commune since the start: infants and young children at the commune's
 * rates, old people, now and then a young man's accident, a few old people who were never
 * registered, and in Mường Kim the one maternal death (and for sure an infant's and a young
 * child's death, so the station demo shows each kind).
 */
final class DemoDeaths {
    private static final List<CauseGroup> INFANT = List.of(CauseGroup.PNEUMONIA, CauseGroup.PNEUMONIA,
            CauseGroup.DIGESTIVE, CauseGroup.OTHER);
    private static final List<CauseGroup> CHILD = List.of(CauseGroup.DROWNING, CauseGroup.PNEUMONIA,
            CauseGroup.DIGESTIVE, CauseGroup.ROAD_TRAFFIC, CauseGroup.DENGUE);
    private static final List<CauseGroup> OLD = List.of(CauseGroup.STROKE, CauseGroup.CANCER, CauseGroup.CIRCULATORY,
            CauseGroup.PNEUMONIA, CauseGroup.TB, CauseGroup.DIABETES, CauseGroup.OTHER);
    private static final List<CauseGroup> ACCIDENT = List.of(CauseGroup.ROAD_TRAFFIC, CauseGroup.DROWNING,
            CauseGroup.POISONING);

    private final DemoCommune commune;
    private final Random random;

    DemoDeaths(DemoCommune commune) {
        this.commune = commune;
        this.random = commune.random;
    }

    void fill() {
        // infants die at the commune's rate, spread over its births (one after so many babies, not by
        // luck: a commune of a few babies a year does not lose two of them in one year and none in three)
        double owed = random.nextDouble();
        boolean infantDied = false;
        boolean childDied = false;
        for (Resident r : List.copyOf(commune.residents)) {
            if (r.died != null) {
                continue;
            }
            if (r.mother != null && !r.birth.isBefore(commune.start)) {
                owed += commune.profile(r).infantDeath();
                boolean dies = owed >= 1;
                if (dies) {
                    owed -= 1;
                }
                infantDied |= infant(r, dies);
            }
            if (r.died == null && r.mother != null) {
                childDied |= youngChild(r, false);
            }
            if (r.died == null && r.mother == null) {
                adult(r);
            }
        }
        if (commune.story) {
            storyDeaths(infantDied, childDied);
        }
        unregistered();
    }

    /** Dies before one year: a third in the first week, most after the first month. */
    private boolean infant(Resident child, boolean dies) {
        if (!dies) {
            return false;
        }
        int roll = random.nextInt(100);
        int age = roll < 35 ? random.nextInt(7) : roll < 50 ? 7 + random.nextInt(21) : 28 + random.nextInt(330);
        LocalDate day = child.birth.plusDays(age);
        if (day.isAfter(commune.today)) {
            return false;
        }
        CauseGroup cause = age < 28 ? CauseGroup.PERINATAL : pick(INFANT);
        die(child, day, age < 7 ? DeathPlace.HOME : random.nextBoolean() ? DeathPlace.HOME : DeathPlace.HOSPITAL,
                cause, null);
        return true;
    }

    /** Each year of age from one to four lived since the start carries the commune's yearly risk. */
    private boolean youngChild(Resident child, boolean surely) {
        for (int year = 1; year < 5; year++) {
            LocalDate from = child.birth.plusYears(year);
            LocalDate to = child.birth.plusYears(year + 1).minusDays(1);
            if (from.isBefore(commune.start)) {
                from = commune.start;
            }
            if (to.isAfter(commune.today)) {
                to = commune.today;
            }
            if (from.isAfter(to)) {
                continue;
            }
            if (surely || random.nextDouble() < commune.profile(child).childDeathYear()) {
                LocalDate day = from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
                die(child, day, DeathPlace.ON_THE_WAY, pick(CHILD), null);
                return true;
            }
        }
        return false;
    }

    /** Old people die at their age's rate; a young man now and then in an accident. */
    private void adult(Resident r) {
        for (LocalDate year = commune.start; year.isBefore(commune.today); year = year.plusYears(1)) {
            long age = ChronoUnit.YEARS.between(r.birth, year);
            double risk = age >= 80 ? 0.10 : age >= 65 ? 0.035 : age >= 50 ? 0.01
                    : r.sex == Sex.MALE && age >= 18 ? 0.002 : 0;
            if (random.nextDouble() < risk) {
                LocalDate day = year.plusDays(random.nextInt(365));
                if (day.isAfter(commune.today)) {
                    return;
                }
                Boolean pregnant = r.sex == Sex.FEMALE && ChronoUnit.YEARS.between(r.birth, day) <= 54 ? Boolean.FALSE
                        : null;
                die(r, day, age >= 50 ? DeathPlace.HOME : DeathPlace.ON_THE_WAY, age >= 50 ? pick(OLD)
                        : pick(ACCIDENT), pregnant);
                return;
            }
        }
    }

    private void storyDeaths(boolean infantDied, boolean childDied) {
        List<Resident> children = commune.residents.stream().filter(r -> r.mother != null && r.died == null).toList();
        if (!infantDied) {
            children.stream().filter(c -> c.birth.isAfter(commune.today.minusDays(300))
                            && c.birth.isBefore(commune.today.minusDays(60))).findFirst()
                    .ifPresent(c -> die(c, c.birth.plusDays(40 + random.nextInt(15)), DeathPlace.HOSPITAL,
                            CauseGroup.PNEUMONIA, null));
        }
        if (!childDied) {
            children.stream().filter(c -> c.died == null && c.birth.isBefore(commune.today.minusYears(2))
                    && c.birth.isAfter(commune.today.minusYears(4))).findFirst()
                    .ifPresent(c -> youngChild(c, true));
        }
        commune.births.stream().filter(b -> b.maternalDeath).findFirst().ifPresent(b -> {
            LocalDate day = b.date.plusDays(3);
            if (!day.isAfter(commune.today)) {
                die(b.mother, day, DeathPlace.ON_THE_WAY, CauseGroup.MATERNAL, Boolean.TRUE);
            }
        });
    }

    /** Old people who were never in the register: name, sex and year of birth from the family. */
    private void unregistered() {
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            DemoPeople.Group group = DemoPeople.pick(random, commune.station.groups());
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            String name = sex == Sex.MALE ? group.male(random, group.surname(random))
                    : group.female(random, group.surname(random));
            LocalDate day = commune.start.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(commune.start,
                    commune.today) + 1));
            commune.records.deaths.add(new DemoRecords.DeathWrite(commune.ids.next(), new DeathDraft(null, null, name,
                    sex, LocalDate.of(day.getYear() - 62 - random.nextInt(28), 1, 1), true, null, group.code(),
                    DemoPeople.pick(random, commune.villages).id(), day, DeathPlace.HOME, pick(OLD), null,
                    sex == Sex.FEMALE ? Boolean.FALSE : null)));
        }
    }

    private void die(Resident r, LocalDate day, DeathPlace place, CauseGroup cause, Boolean pregnancyRelated) {
        r.died = day;
        commune.records.deaths.add(new DemoRecords.DeathWrite(commune.ids.next(), new DeathDraft(null, r.id, null,
                null, null, false, null, null, null, day, place, cause, null, pregnancyRelated)));
    }

    private CauseGroup pick(List<CauseGroup> causes) {
        return causes.get(random.nextInt(causes.size()));
    }
}
