package vn.tramyte.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.death.DeathService;
import vn.tramyte.nutrition.NutritionService;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.PlaceService;
import vn.tramyte.sync.SyncService;
import vn.tramyte.sync.TableReport;
import vn.tramyte.vaccination.VaccinationService;

/**
 * The data packages the demo centre has received: each station sends one about every month from
 * two weeks after it started, the last one a few days ago — or, for the two stations that lag,
 * two or three months ago. A package carries the records its station entered since the one
 * before, so a lagging station's later records are not at the centre yet.
 */
final class DemoArrivals {
    private DemoArrivals() {
    }

    /** The days a station made its packages, oldest first. */
    static List<LocalDate> packageDays(DemoStation station, LocalDate start, LocalDate today, Random random) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusDays(station.lastPackageDaysAgo()); !d.isBefore(start.plusDays(14));
             d = d.minusDays(27 + random.nextInt(8))) {
            days.add(d);
        }
        Collections.reverse(days);
        return days;
    }

    /**
     * The packages of every station, with the change ranges of the records they carried (the
     * numbers follow the order records were entered, so each package's records are the numbers
     * between the ends of its station's previous package and its own) and their report lines.
     *
     * @param numbered every record of every station, in the order of their numbers
     */
    static List<SyncService.Received> received(List<DemoRecords> stations, Map<String, List<LocalDate>> days,
                                               Map<String, Integer> villages, List<DemoRecords.Write> numbered,
                                               OffsetDateTime now, Random random) {
        List<SyncService.Received> packages = new ArrayList<>();
        for (DemoRecords r : stations) {
            LocalDate previous = null;
            boolean first = true;
            for (LocalDate day : days.get(r.station)) {
                long from = first ? 0 : lastNumberUpTo(numbered, previous);
                long to = lastNumberUpTo(numbered, day);
                OffsetDateTime made = day.atTime(15, random.nextInt(60)).atOffset(now.getOffset());
                OffsetDateTime imported = made.plusDays(1 + random.nextInt(3)).withHour(9);
                if (imported.isAfter(now)) {
                    imported = now.minusMinutes(30);
                }
                packages.add(new SyncService.Received(r.station, made, imported, from, to,
                        lines(r, previous, day, first ? villages.getOrDefault(r.station, 0) : 0)));
                previous = day;
                first = false;
            }
        }
        return packages;
    }

    /** The highest change number of the records entered up to a day (any station's). */
    private static long lastNumberUpTo(List<DemoRecords.Write> numbered, LocalDate day) {
        int low = 0;
        int high = numbered.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (numbered.get(mid).entered.isAfter(day)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low == 0 ? (numbered.isEmpty() ? 0 : numbered.get(0).seq - 1) : numbered.get(low - 1).seq;
    }

    /** The import report of one package: per table, the rows it brought new and those it changed. */
    private static List<TableReport> lines(DemoRecords r, LocalDate after, LocalDate upTo, int villages) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String table : List.of(PlaceService.VILLAGE_TABLE, PersonService.TABLE, NutritionService.TABLE,
                VaccinationService.TABLE, AntenatalService.PREGNANCY_TABLE, AntenatalService.VISIT_TABLE,
                AntenatalService.DELIVERY_TABLE, AntenatalService.BIRTH_TABLE, DeathService.TABLE)) {
            counts.put(table, new int[2]);
        }
        counts.get(PlaceService.VILLAGE_TABLE)[0] = villages;
        Set<UUID> newPeople = new HashSet<>();
        List<DemoRecords.DeathWrite> deaths = new ArrayList<>();
        for (DemoRecords.Write w : r.all()) {
            if (after != null && !w.entered.isAfter(after) || w.entered.isAfter(upTo)) {
                continue;
            }
            if (w instanceof DemoRecords.PersonWrite p) {
                counts.get(PersonService.TABLE)[0]++;
                newPeople.add(p.id);
            } else if (w instanceof DemoRecords.PregnancyWrite) {
                counts.get(AntenatalService.PREGNANCY_TABLE)[0]++;
            } else if (w instanceof DemoRecords.VisitWrite v) {
                counts.get(AntenatalService.VISIT_TABLE)[0]++;
                if (v.visit.tetanusDose() != null) {
                    counts.get(VaccinationService.TABLE)[0]++;
                }
            } else if (w instanceof DemoRecords.DeliveryWrite d) {
                counts.get(AntenatalService.DELIVERY_TABLE)[0]++;
                counts.get(AntenatalService.BIRTH_TABLE)[0] += d.babies.size();
                for (UUID child : d.childIds) {
                    if (child != null) {
                        counts.get(PersonService.TABLE)[0]++;
                        newPeople.add(child);
                    }
                }
            } else if (w instanceof DemoRecords.DosesWrite d) {
                counts.get(VaccinationService.TABLE)[0] += d.doses.size();
            } else if (w instanceof DemoRecords.MeasurementWrite) {
                counts.get(NutritionService.TABLE)[0]++;
            } else if (w instanceof DemoRecords.DeathWrite d) {
                counts.get(DeathService.TABLE)[0]++;
                deaths.add(d);
            }
        }
        // a registered person's death changes her record: new in this package, or changed
        for (DemoRecords.DeathWrite d : deaths) {
            if (d.draft.personId() != null && !newPeople.contains(d.draft.personId())) {
                counts.get(PersonService.TABLE)[1]++;
            }
        }
        List<TableReport> lines = new ArrayList<>();
        counts.forEach((table, c) -> lines.add(new TableReport(table, c[0], c[1], 0, 0)));
        return lines;
    }
}
