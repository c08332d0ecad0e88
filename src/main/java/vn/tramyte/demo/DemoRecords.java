package vn.tramyte.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import vn.tramyte.antenatal.AncVisit;
import vn.tramyte.antenatal.Delivery;
import vn.tramyte.antenatal.NewBaby;
import vn.tramyte.antenatal.PregnancyDraft;
import vn.tramyte.death.DeathDraft;
import vn.tramyte.nutrition.MeasurementDraft;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.vaccination.GivenDose;

/**
 * One station's demo records, made in memory before anything is written. Each is a write a
 * health worker made on a day ({@link Write#entered}); its change number is given once every
 * station's records are known, in the order they were entered, so that the packages the centre
 * received carry exactly the records entered between them.
 */
final class DemoRecords {
    /** The kinds in the order a day's records are entered (a child is registered before its first dose). */
    enum Kind { PERSON, PREGNANCY, VISIT, DELIVERY, DOSES, MEASUREMENT, DEATH }

    /** A record as its station entered it: the day, and (once numbered) its change number. */
    abstract static class Write {
        final LocalDate entered;
        long seq;

        Write(LocalDate entered) {
            this.entered = entered;
        }

        abstract Kind kind();
    }

    static final class PersonWrite extends Write {
        final UUID id;
        final PersonDraft draft;

        PersonWrite(LocalDate entered, UUID id, PersonDraft draft) {
            super(entered);
            this.id = id;
            this.draft = draft;
        }

        @Override
        Kind kind() {
            return Kind.PERSON;
        }
    }

    static final class PregnancyWrite extends Write {
        final UUID id;
        final UUID womanId;
        final PregnancyDraft draft;
        final List<VisitWrite> visits = new ArrayList<>();
        DeliveryWrite delivery;

        PregnancyWrite(LocalDate entered, UUID id, UUID womanId, PregnancyDraft draft) {
            super(entered);
            this.id = id;
            this.womanId = womanId;
            this.draft = draft;
        }

        @Override
        Kind kind() {
            return Kind.PREGNANCY;
        }
    }

    static final class VisitWrite extends Write {
        final UUID id;
        final AncVisit visit;

        VisitWrite(UUID id, AncVisit visit) {
            super(visit.date());
            this.id = id;
            this.visit = visit;
        }

        @Override
        Kind kind() {
            return Kind.VISIT;
        }
    }

    static final class DeliveryWrite extends Write {
        final UUID id;
        final Delivery delivery;
        final List<NewBaby> babies;
        final List<UUID> childIds;

        DeliveryWrite(UUID id, Delivery delivery, List<NewBaby> babies, List<UUID> childIds) {
            super(delivery.date());
            this.id = id;
            this.delivery = delivery;
            this.babies = babies;
            this.childIds = childIds;
        }

        @Override
        Kind kind() {
            return Kind.DELIVERY;
        }
    }

    /** The doses of one visit of one person (a child's vaccination day, or a woman's old card). */
    static final class DosesWrite extends Write {
        final UUID personId;
        final List<GivenDose> doses;

        DosesWrite(LocalDate entered, UUID personId, List<GivenDose> doses) {
            super(entered);
            this.personId = personId;
            this.doses = doses;
        }

        @Override
        Kind kind() {
            return Kind.DOSES;
        }
    }

    static final class MeasurementWrite extends Write {
        final MeasurementDraft draft;

        MeasurementWrite(MeasurementDraft draft) {
            super(draft.date());
            this.draft = draft;
        }

        @Override
        Kind kind() {
            return Kind.MEASUREMENT;
        }
    }

    static final class DeathWrite extends Write {
        final UUID id;
        final DeathDraft draft;

        DeathWrite(UUID id, DeathDraft draft) {
            super(draft.deathDate());
            this.id = id;
            this.draft = draft;
        }

        @Override
        Kind kind() {
            return Kind.DEATH;
        }
    }

    final String station;
    final List<PersonWrite> people = new ArrayList<>();
    final List<PregnancyWrite> pregnancies = new ArrayList<>();
    /** Doses of women's paper cards from before the demo's history: written before the visits' doses. */
    final List<DosesWrite> oldCards = new ArrayList<>();
    final List<DosesWrite> doses = new ArrayList<>();
    final List<MeasurementWrite> measurements = new ArrayList<>();
    final List<DeathWrite> deaths = new ArrayList<>();

    DemoRecords(String station) {
        this.station = station;
    }

    /** Every write, visits and deliveries included (for numbering and counting). */
    List<Write> all() {
        List<Write> all = new ArrayList<>(people);
        for (PregnancyWrite p : pregnancies) {
            all.add(p);
            all.addAll(p.visits);
            if (p.delivery != null) {
                all.add(p.delivery);
            }
        }
        all.addAll(oldCards);
        all.addAll(doses);
        all.addAll(measurements);
        all.addAll(deaths);
        return all;
    }

    /**
     * The records that have reached the centre: those entered on or before the day of the
     * station's last package. A pregnancy whose delivery has not arrived stays open there, unless
     * it would by now be older than any pregnancy lasts (a record no one could enter today): then
     * it is left out with its visits until the station's next package brings the delivery.
     */
    DemoRecords upTo(LocalDate lastPackage, Predicate<PregnancyWrite> tooOldIfOpen) {
        DemoRecords kept = new DemoRecords(station);
        Predicate<Write> arrived = w -> !w.entered.isAfter(lastPackage);
        people.stream().filter(arrived).forEach(kept.people::add);
        for (PregnancyWrite p : pregnancies) {
            if (!arrived.test(p)) {
                continue;
            }
            boolean delivered = p.delivery != null && arrived.test(p.delivery);
            if (!delivered && tooOldIfOpen.test(p)) {
                continue;
            }
            PregnancyWrite copy = new PregnancyWrite(p.entered, p.id, p.womanId, p.draft);
            p.visits.stream().filter(arrived).forEach(copy.visits::add);
            copy.delivery = delivered ? p.delivery : null;
            kept.pregnancies.add(copy);
        }
        oldCards.stream().filter(arrived).forEach(kept.oldCards::add);
        doses.stream().filter(arrived).forEach(kept.doses::add);
        measurements.stream().filter(arrived).forEach(kept.measurements::add);
        deaths.stream().filter(arrived).forEach(kept.deaths::add);
        return kept;
    }
}
