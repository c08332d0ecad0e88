package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.AuditEntry;
import vn.tramyte.db.AuditText;
import vn.tramyte.db.Tx;
import vn.tramyte.person.NewPerson;
import vn.tramyte.person.Person;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonService;
import vn.tramyte.vaccination.DosePlace;
import vn.tramyte.vaccination.GivenDose;
import vn.tramyte.vaccination.NewDoses;
import vn.tramyte.vaccination.VaccinationService;

/**
 * The bulk write of {@link AntenatalService#saveAll}: every pregnancy, visit and delivery checked in
 * memory by the validators a typed record meets, then each table written in one batch.
 */
final class AntenatalBulk {
    private final AntenatalRepository repository;
    private final PersonService people;
    private final VaccinationService vaccination;
    private final vn.tramyte.common.Ids ids;

    AntenatalBulk(AntenatalRepository repository, PersonService people, VaccinationService vaccination,
                  vn.tramyte.common.Ids ids) {
        this.repository = repository;
        this.people = people;
        this.vaccination = vaccination;
        this.ids = ids;
    }

    void saveAll(Tx tx, List<NewPregnancy> pregnancies) {
        LocalDate today = tx.now().toLocalDate();
        Set<UUID> womenIds = new HashSet<>();
        pregnancies.forEach(p -> womenIds.add(p.womanId()));
        Map<UUID, Person> women = people.findAll(tx, womenIds);
        Map<UUID, List<Pregnancy>> hers = new HashMap<>(repository.pregnanciesOfWomen(tx, womenIds));
        List<NewPerson> children = new ArrayList<>();
        List<AntenatalRepository.Stamped<Pregnancy>> pregnancyRows = new ArrayList<>();
        List<AntenatalRepository.Stamped<StoredVisit>> visitRows = new ArrayList<>();
        List<AntenatalRepository.Stamped<StoredDelivery>> deliveryRows = new ArrayList<>();
        List<AntenatalRepository.Stamped<StoredBirth>> birthRows = new ArrayList<>();
        List<NewDoses> tetanus = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        for (NewPregnancy np : pregnancies) {
            Person woman = women.get(np.womanId());
            if (woman == null) {
                throw new UserError("person.error.notFound");
            }
            if (!woman.stationCode().equals(np.stationCode())) {
                throw new UserError("person.error.otherStation", woman.stationCode());
            }
            if (np.draft().id() != null) {
                throw new IllegalArgumentException("saveAll registers new pregnancies only: " + np.draft().id());
            }
            LocalDate delivered = np.delivery() == null ? null : np.delivery().delivery().date();
            List<Pregnancy> others = hers.computeIfAbsent(np.womanId(), k -> new ArrayList<>());
            check(new PregnancyValidator().validate(woman, np.draft(), delivered, others, today));
            Pregnancy registered = Pregnancy.of(np.id(), np.womanId(), np.draft());
            Pregnancy p = new Pregnancy(registered.id(), registered.womanId(), registered.lmp(), registered.edd(),
                    registered.gravida(), registered.para(), registered.riskNotes(), delivered);
            others.add(p);
            pregnancyRows.add(new AntenatalRepository.Stamped<>(np.stationCode(), registered, np.changeSeq()));
            audit.add(new AuditEntry(AntenatalService.PREGNANCY_TABLE, p.id(), AuditAction.INSERT, np.changeSeq(),
                    AuditText.created(AntenatalAuditFields.of(registered))));
            List<LocalDate> visitDates = new ArrayList<>();
            Set<String> tetanusGiven = new HashSet<>();
            for (NewPregnancy.Visit v : np.visits()) {
                check(new AncVisitValidator().validate(v.visit(), p, today));
                StoredVisit stored = new StoredVisit(v.id(), p.id(), v.visit());
                visitRows.add(new AntenatalRepository.Stamped<>(np.stationCode(), stored, v.changeSeq()));
                audit.add(new AuditEntry(AntenatalService.VISIT_TABLE, v.id(), AuditAction.INSERT, v.changeSeq(),
                        AuditText.created(AntenatalAuditFields.of(stored))));
                visitDates.add(v.visit().date());
                TetanusDose tt = v.visit().tetanusDose();
                if (tt != null && tetanusGiven.add(tt.vaccineCode() + "@" + v.visit().date())) {
                    tetanus.add(new NewDoses(np.womanId(), np.stationCode(), List.of(new GivenDose(tt.vaccineCode(),
                            v.visit().date(), DosePlace.STATION, null, false)), v.changeSeq()));
                }
            }
            if (np.delivery() != null) {
                deliver(np, woman, p, visitDates, today, children, deliveryRows, birthRows, audit);
            }
        }
        people.insertAll(tx, children);
        repository.insertPregnancies(tx, pregnancyRows);
        repository.insertVisits(tx, visitRows);
        repository.insertDeliveries(tx, deliveryRows);
        repository.insertBirths(tx, birthRows);
        vaccination.recordAll(tx, tetanus);
        tx.auditAll(audit);
    }

    private void deliver(NewPregnancy np, Person mother, Pregnancy p, List<LocalDate> visitDates, LocalDate today,
                         List<NewPerson> children, List<AntenatalRepository.Stamped<StoredDelivery>> deliveryRows,
                         List<AntenatalRepository.Stamped<StoredBirth>> birthRows, List<AuditEntry> audit) {
        NewPregnancy.Birth b = np.delivery();
        Delivery in = b.delivery();
        Delivery d = new Delivery(in.date(), in.place(), in.attendant(), in.motherOutcome(),
                b.babies().stream().map(NewBaby::baby).toList());
        check(new DeliveryValidator().validate(d, p, visitDates, today));
        long seq = b.changeSeq();
        List<StoredBirth> births = new ArrayList<>();
        for (int i = 0; i < b.babies().size(); i++) {
            NewBaby nb = b.babies().get(i);
            UUID childId = nb.baby().liveBirth() ? b.childIds().get(i) : null;
            if (nb.baby().liveBirth() && childId == null) {
                throw new IllegalArgumentException("a live birth needs the id of the child's new record");
            }
            if (childId != null) {
                children.add(new NewPerson(childId, np.stationCode(), new PersonDraft(null, nb.childName(),
                        nb.baby().sex(), d.date(), false, mother.ethnicityCode(), mother.villageId(), mother.id(),
                        null, null, null), seq));
            }
            StoredBirth birth = new StoredBirth(ids.next(), b.id(), i + 1,
                    nb.baby(), childId);
            births.add(birth);
            birthRows.add(new AntenatalRepository.Stamped<>(np.stationCode(), birth, seq));
            audit.add(new AuditEntry(AntenatalService.BIRTH_TABLE, birth.id(), AuditAction.INSERT, seq,
                    AuditText.created(AntenatalAuditFields.of(birth))));
        }
        deliveryRows.add(new AntenatalRepository.Stamped<>(np.stationCode(),
                new StoredDelivery(b.id(), p.id(), d, births), seq));
        audit.add(new AuditEntry(AntenatalService.DELIVERY_TABLE, b.id(), AuditAction.INSERT, seq,
                AuditText.created(AntenatalAuditFields.of(p.id(), d))));
    }

    private static void check(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
    }
}
