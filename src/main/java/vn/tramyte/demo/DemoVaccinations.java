package vn.tramyte.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import vn.tramyte.common.UserError;
import vn.tramyte.db.Tx;
import vn.tramyte.person.PersonRow;
import vn.tramyte.vaccination.DosePlace;
import vn.tramyte.vaccination.GivenDose;
import vn.tramyte.vaccination.Target;
import vn.tramyte.vaccination.VaccinationService;
import vn.tramyte.vaccination.Vaccine;
import vn.tramyte.vaccination.VaccineCatalogue;

/**
 * The demo's doses, so that cards and due lists show every state: most children vaccinated on
 * time, some late, some who stopped coming (overdue, defaulters), a few given a dose too early
 * (recorded, not valid, given again later), and tetanus doses for some mothers.
 */
final class DemoVaccinations {
    private enum Profile { ON_TIME, LATE, STOPPED, TOO_EARLY }

    private final VaccinationService vaccination;

    DemoVaccinations(VaccinationService vaccination) {
        this.vaccination = vaccination;
    }

    void vaccinate(Tx tx, PersonRow child, Random random, LocalDate today) {
        VaccineCatalogue catalogue = vaccination.catalogue();
        int roll = random.nextInt(100);
        Profile profile = roll < 66 ? Profile.ON_TIME : roll < 80 ? Profile.LATE : roll < 90 ? Profile.STOPPED
                : Profile.TOO_EARLY;
        // half of the children given doses too early have not come back for them yet
        boolean notRedone = profile == Profile.TOO_EARLY && random.nextBoolean();
        LocalDate birth = child.birthDate();
        // a child who stopped coming stops at some age between birth and 10 months
        LocalDate stopAfter = profile == Profile.STOPPED ? birth.plusDays(random.nextInt(300)) : LocalDate.MAX;
        Map<String, LocalDate> lastInSeries = new HashMap<>();
        TreeMap<LocalDate, List<GivenDose>> visits = new TreeMap<>();
        DosePlace place = random.nextInt(5) == 0 ? DosePlace.OUTREACH : DosePlace.STATION;
        String lot = "DEMO" + (1000 + random.nextInt(9000));
        for (Vaccine v : catalogue.forTarget(Target.CHILD)) {
            if (!v.scheduledFor(birth) || notRedone && (v.series().equals("PENTA") || v.series().equals("OPV"))) {
                continue;
            }
            LocalDate date = v.scheduledDate(birth);
            LocalDate previous = lastInSeries.get(v.series());
            if (v.dose() > 1 && previous == null) {
                continue; // the earlier dose was not given: this one waits
            }
            if (previous != null && date.isBefore(previous.plusDays(v.minIntervalDays()))) {
                date = previous.plusDays(v.minIntervalDays());
            }
            if (v.dueMonths() == 0) {
                date = birth.plusDays(random.nextInt(2)); // birth doses: the day of birth or the next
            } else {
                date = date.plusDays(random.nextInt(10));
                if (profile == Profile.LATE && random.nextInt(3) == 0) {
                    date = date.plusDays(30 + random.nextInt(60));
                }
            }
            LocalDate last = v.lastValidDate(birth);
            if (date.isAfter(today) || date.isAfter(stopAfter) || last != null && date.isAfter(last)) {
                continue;
            }
            visits.computeIfAbsent(date, d -> new ArrayList<>()).add(new GivenDose(v.code(), date, place, lot, false));
            lastInSeries.put(v.series(), date);
        }
        if (profile == Profile.TOO_EARLY && birth.plusDays(30).isBefore(today)) {
            // PENTA1 and OPV1 at one month: before the minimum age of six weeks, recorded but not valid
            LocalDate early = birth.plusDays(30);
            record(tx, child, List.of(new GivenDose("PENTA1", early, place, lot, false),
                    new GivenDose("OPV1", early, place, lot, false)));
        }
        for (List<GivenDose> visit : visits.values()) {
            record(tx, child, visit);
        }
    }

    /** TT1 and TT2 in the mother's last pregnancy (some mothers only TT1). */
    void tetanus(Tx tx, PersonRow mother, LocalDate lastBirth, Random random, LocalDate today) {
        LocalDate tt1 = lastBirth.minusDays(120 + random.nextInt(60));
        if (tt1.isAfter(today)) {
            return;
        }
        record(tx, mother, List.of(new GivenDose("TT1", tt1, DosePlace.STATION, null, false)));
        LocalDate tt2 = tt1.plusDays(30 + random.nextInt(20));
        if (random.nextInt(4) != 0 && !tt2.isAfter(today)) {
            record(tx, mother, List.of(new GivenDose("TT2", tt2, DosePlace.STATION, null, false)));
        }
    }

    private void record(Tx tx, PersonRow person, List<GivenDose> doses) {
        try {
            vaccination.record(tx, person.stationCode(), person.id(), doses, null);
        } catch (UserError refused) {
            // a dose the schedule refuses (nothing was written): the demo simply leaves it out
        }
    }
}
