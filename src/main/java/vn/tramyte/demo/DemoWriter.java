package vn.tramyte.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.antenatal.NewPregnancy;
import vn.tramyte.db.Tx;
import vn.tramyte.death.DeathService;
import vn.tramyte.nutrition.NewMeasurement;
import vn.tramyte.nutrition.NutritionService;
import vn.tramyte.person.NewPerson;
import vn.tramyte.person.PersonService;
import vn.tramyte.vaccination.NewDoses;
import vn.tramyte.vaccination.VaccinationService;

/**
 * Writes the demo's records through the services' bulk writes: each record checked by the rules
 * a typed one meets, each table written in batches, every record with its change number from one
 * block taken at once, in the order the records were entered.
 */
final class DemoWriter {
    private final PersonService people;
    private final VaccinationService vaccination;
    private final AntenatalService antenatal;
    private final NutritionService nutrition;
    private final DeathService deaths;

    DemoWriter(PersonService people, VaccinationService vaccination, AntenatalService antenatal,
               NutritionService nutrition, DeathService deaths) {
        this.people = people;
        this.vaccination = vaccination;
        this.antenatal = antenatal;
        this.nutrition = nutrition;
        this.deaths = deaths;
    }

    /**
     * Gives every record of every station its change number from one block, in the order they
     * were entered: by day, then a day's records in the order they are made (a child is registered
     * before its first dose), then by station.
     *
     * @return every record, in the order of their numbers
     */
    static List<DemoRecords.Write> number(Tx tx, List<DemoRecords> stations) {
        record Entry(DemoRecords.Write write, String station) {
        }
        List<Entry> all = new ArrayList<>();
        for (DemoRecords r : stations) {
            r.all().forEach(w -> all.add(new Entry(w, r.station)));
        }
        all.sort(Comparator.comparing((Entry e) -> e.write().entered).thenComparing(e -> e.write().kind())
                .thenComparing(Entry::station));
        if (!all.isEmpty()) {
            long seq = tx.reserveChangeSeqs(all.size());
            for (Entry e : all) {
                e.write().seq = seq++;
            }
        }
        return all.stream().map(Entry::write).toList();
    }

    /** One station's records, table by table, parents first. */
    void write(Tx tx, DemoRecords r) {
        String station = r.station;
        people.insertAll(tx, r.people.stream().map(p -> new NewPerson(p.id, station, p.draft, p.seq)).toList());
        vaccination.recordAll(tx, r.oldCards.stream().map(d -> new NewDoses(d.personId, station, d.doses, d.seq))
                .toList());
        antenatal.saveAll(tx, r.pregnancies.stream().map(p -> new NewPregnancy(p.id, station, p.womanId, p.draft,
                p.seq, p.visits.stream().map(v -> new NewPregnancy.Visit(v.id, v.visit, v.seq)).toList(),
                p.delivery == null ? null : new NewPregnancy.Birth(p.delivery.id, p.delivery.delivery,
                        p.delivery.babies, p.delivery.childIds, p.delivery.seq))).toList());
        vaccination.recordAll(tx, r.doses.stream().map(d -> new NewDoses(d.personId, station, d.doses, d.seq))
                .toList());
        nutrition.saveAll(tx, r.measurements.stream().map(m -> new NewMeasurement(station, m.draft, m.seq)).toList(),
                false);
        deaths.saveAll(tx, r.deaths.stream().map(d -> new DeathService.NewDeath(d.id, station, d.draft, d.seq))
                .toList());
    }
}
