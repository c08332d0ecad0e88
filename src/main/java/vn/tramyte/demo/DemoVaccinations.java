package vn.tramyte.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.tramyte.vaccination.DosePlace;
import vn.tramyte.vaccination.DoseVerdict;
import vn.tramyte.vaccination.FullImmunization;
import vn.tramyte.vaccination.GivenDose;
import vn.tramyte.vaccination.RecordedDose;
import vn.tramyte.vaccination.Target;
import vn.tramyte.vaccination.Vaccine;
import vn.tramyte.vaccination.VaccineCatalogue;

/**
 * The children's doses, so that cards and due lists show every state: most children brought on
 * time (fully immunized before one), some late, some who stopped coming (overdue, defaulters), a
 * few given a dose too early (recorded, not valid, given again later). Children born more than
 * five years before the start bring only the doses of their card that still matter on a due
 * list at their age (Japanese encephalitis, and the Td booster at seven). Doses from before the start were typed
 * from the paper cards on the first day; no dose comes after a child's death.
 *
 * <p>The plan counts a year's fully immunized children against the year's live births (DOMAIN.md
 * §7): in a commune whose births are steady the first are fewer. The demo keeps it so in every
 * year since the start, for everyone and for ethnic minority families alike: a child who would
 * complete the set in a year that already has as many fully immunized children as babies is
 * brought for the set's last dose after the first birthday instead (protected, not counted).
 */
final class DemoVaccinations {
    private enum Profile { ON_TIME, LATE, STOPPED, TOO_EARLY, WAITING }

    /** The days before today a dose of Mường Kim's waiting child fell due (due, not yet overdue, whatever the spacing). */
    private static final int WAITING_FROM = 25;
    private static final int WAITING_TO = 10;

    private final DemoCommune commune;
    private final Random random;
    private final VaccineCatalogue catalogue;
    /** Per year since the start and population (minority or not): the live births, and the children fully immunized so far. */
    private final Map<String, Integer> births = new HashMap<>();
    private final Map<String, Integer> fullyImmunized = new HashMap<>();

    DemoVaccinations(DemoCommune commune, VaccineCatalogue catalogue) {
        this.commune = commune;
        this.random = commune.random;
        this.catalogue = catalogue;
    }

    void fill() {
        for (DemoCommune.PlannedBirth b : commune.births) {
            if (!b.stillborn && !b.date.isAfter(commune.today)) {
                for (String key : keys(b.date, b.mother)) {
                    births.merge(key, b.babies, Integer::sum);
                }
            }
        }
        LocalDate fullCardsFrom = commune.start.minusYears(5);
        // Mường Kim shows every state for sure: its youngest child over two months was given its first
        // doses too early, a child born last year stopped coming after its first months, and the youngest
        // child with a dose that fell due two or three weeks ago has not come for it yet (due, not overdue)
        java.util.Map<Resident, Profile> story = new java.util.HashMap<>();
        if (commune.story) {
            commune.residents.stream().filter(r -> r.mother != null && r.died == null
                            && r.birth.isBefore(commune.today.minusDays(70)))
                    .max(java.util.Comparator.comparing(r -> r.birth)).ifPresent(r -> story.put(r, Profile.TOO_EARLY));
            commune.residents.stream().filter(r -> r.mother != null && r.died == null
                            && r.birth.getYear() == commune.today.getYear() - 1)
                    .min(java.util.Comparator.comparing(r -> r.birth)).ifPresent(r -> story.put(r, Profile.STOPPED));
            commune.residents.stream().filter(r -> r.mother != null && r.died == null && !story.containsKey(r)
                            && !r.birth.isBefore(fullCardsFrom) && waitingSince(r) != null)
                    .max(java.util.Comparator.comparing(r -> r.birth)).ifPresent(r -> story.put(r, Profile.WAITING));
        }
        for (Resident r : commune.residents) {
            if (r.mother != null && r.birth.isAfter(commune.start.minusYears(16))) {
                vaccinate(r, !r.birth.isBefore(fullCardsFrom), story.get(r));
            }
        }
    }

    /** One child in forty is given doses too early (a slip at any station); the others as their commune reaches them. */
    private Profile profile(Resident child) {
        if (random.nextInt(40) == 0) {
            return Profile.TOO_EARLY;
        }
        if (random.nextDouble() < commune.profile(child).onTimeDoses()) {
            return Profile.ON_TIME;
        }
        return random.nextInt(100) < 55 ? Profile.LATE : Profile.STOPPED;
    }

    /** The due day of the child's dose that fell due between 25 and 10 days before today, or null. */
    private LocalDate waitingSince(Resident child) {
        return catalogue.forTarget(Target.CHILD).stream().filter(v -> v.scheduledFor(child.birth))
                .map(v -> v.scheduledDate(child.birth))
                .filter(d -> !d.isBefore(commune.today.minusDays(WAITING_FROM))
                        && !d.isAfter(commune.today.minusDays(WAITING_TO)))
                .min(LocalDate::compareTo).orElse(null);
    }

    /**
     * The counts a birth or a fully immunized child of a year is in: its population's (so the
     * commune's, its minority families' and the centre's stay within the births). Not its village's:
     * a village has a few babies a year, and holding each village's count within its own births
     * would leave half the commune's children late.
     */
    private static List<String> keys(LocalDate day, Resident r) {
        return List.of(day.getYear() + (r.minority() ? "/dtts" : "/kinh"));
    }

    /** @param story the profile Mường Kim's story gives the child, or null for the commune's chances */
    private void vaccinate(Resident child, boolean fullCard, Profile story) {
        Profile profile = story != null ? story : profile(child);
        long state = random.nextLong();
        if (!vaccinate(child, fullCard, story, profile, new Random(state), false)) {
            vaccinate(child, fullCard, story, profile, new Random(state), true);
        }
    }

    /**
     * Plans the child's doses and records them, unless they would complete the set in a year that
     * has no room left (then nothing is recorded and false is returned).
     *
     * @param lateForTheSet the set's last dose is given after the first birthday
     */
    private boolean vaccinate(Resident child, boolean fullCard, Profile story, Profile profile, Random random,
                              boolean lateForTheSet) {
        // half of the children given doses too early have not come back for them yet (the story's child neither)
        boolean notRedone = profile == Profile.TOO_EARLY && (story != null || random.nextBoolean());
        LocalDate birth = child.birth;
        LocalDate lastDay = child.lastDay(commune.today);
        // a child who stopped coming stops at some age between birth and 10 months (the story's at 4 to 6 months)
        LocalDate stopAfter = profile == Profile.WAITING ? waitingSince(child).minusDays(1)
                : profile != Profile.STOPPED ? LocalDate.MAX
                : birth.plusDays(story != null ? 120 + random.nextInt(60) : random.nextInt(300));
        Vaccine lastOfTheSet = catalogue.fullImmunizationSet().stream()
                .max(java.util.Comparator.comparingInt(Vaccine::dueMonths)).orElse(null);
        Map<String, LocalDate> lastInSeries = new HashMap<>();
        TreeMap<LocalDate, List<GivenDose>> visits = new TreeMap<>();
        DosePlace place = random.nextInt(5) == 0 ? DosePlace.OUTREACH : DosePlace.STATION;
        String lot = "DEMO" + (1000 + random.nextInt(9000));
        for (Vaccine v : catalogue.forTarget(Target.CHILD)) {
            if (!v.scheduledFor(birth) || !fullCard && !v.series().equals("JE") && !v.series().equals("TD")
                    || notRedone && (v.series().equals("PENTA") || v.series().equals("OPV"))) {
                continue;
            }
            LocalDate previous = lastInSeries.get(v.series());
            if (v.dose() > 1 && previous == null) {
                continue; // the earlier dose was not given: this one waits
            }
            LocalDate date = lateForTheSet && v.equals(lastOfTheSet)
                    ? birth.plusYears(1).plusDays(5 + random.nextInt(45)) : date(v, birth, previous, profile, random);
            LocalDate last = v.lastValidDate(birth);
            if (date.isAfter(lastDay) || date.isAfter(stopAfter) || last != null && date.isAfter(last)) {
                continue;
            }
            visits.computeIfAbsent(date, d -> new ArrayList<>()).add(dose(v.code(), date, place, lot));
            lastInSeries.put(v.series(), date);
        }
        if (!lateForTheSet && !roomFor(child, visits, lastDay)) {
            return false;
        }
        if (profile == Profile.TOO_EARLY && !birth.plusDays(30).isAfter(lastDay) && fullCard) {
            // PENTA1 and OPV1 at one month: before the minimum age of six weeks, recorded but not valid
            LocalDate early = birth.plusDays(30);
            record(child, early, List.of(dose("PENTA1", early, place, lot), dose("OPV1", early, place, lot)));
        }
        visits.forEach((day, doses) -> record(child, day, doses));
        return true;
    }

    /** Whether the year the child completes the set in (if any, since the start) has room for one more; counts it. */
    private boolean roomFor(Resident child, TreeMap<LocalDate, List<GivenDose>> visits, LocalDate lastDay) {
        List<RecordedDose> valid = visits.values().stream().flatMap(List::stream)
                .map(d -> new RecordedDose(d, DoseVerdict.VALID)).toList();
        FullImmunization f = FullImmunization.of(child.birth, valid, catalogue, lastDay);
        if (!f.completed() || f.completedOn().isBefore(commune.start)) {
            return true;
        }
        List<String> keys = keys(f.completedOn(), child);
        if (keys.stream().anyMatch(k -> fullyImmunized.getOrDefault(k, 0) >= births.getOrDefault(k, 0))) {
            return false;
        }
        keys.forEach(k -> fullyImmunized.merge(k, 1, Integer::sum));
        return true;
    }

    private LocalDate date(Vaccine v, LocalDate birth, LocalDate previous, Profile profile, Random random) {
        if (v.dueMonths() == 0) {
            return birth.plusDays(random.nextInt(2)); // birth doses: the day of birth or the next
        }
        LocalDate date = v.scheduledDate(birth);
        if (previous != null && date.isBefore(previous.plusDays(v.minIntervalDays()))) {
            date = previous.plusDays(v.minIntervalDays());
        }
        date = date.plusDays(random.nextInt(10));
        if (profile == Profile.LATE && random.nextInt(3) == 0) {
            date = date.plusDays(30 + random.nextInt(60));
        }
        return date;
    }

    private GivenDose dose(String code, LocalDate date, DosePlace place, String lot) {
        return new GivenDose(code, date, place, lot, date.isBefore(commune.start));
    }

    /** A vaccination day's doses, typed that day (or, before the start, on the first day from the card). */
    private void record(Resident child, LocalDate day, List<GivenDose> doses) {
        LocalDate entered = day.isBefore(commune.start) ? commune.start : day;
        commune.records.doses.add(new DemoRecords.DosesWrite(entered, child.id, doses));
    }
}
