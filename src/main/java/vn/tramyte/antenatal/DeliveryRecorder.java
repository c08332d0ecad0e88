package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tramyte.common.Ids;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.AuditEntry;
import vn.tramyte.db.AuditText;
import vn.tramyte.db.Tx;
import vn.tramyte.person.Person;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.PersonService;

/**
 * A delivery recorded in the caller's transaction: it ends the woman's pregnancy (or comes with
 * a new one), is corrected when already stored, and each live birth makes the child's record.
 */
final class DeliveryRecorder {
    /** A delivery of an import whose pregnancy has none stored yet; its babies are born with it. */
    record Imported(Pregnancy pregnancy, Delivery delivery, List<NewBaby> babies, String importRef) {
    }

    private final AntenatalRepository repository;
    private final PersonService people;
    private final Ids ids;

    DeliveryRecorder(AntenatalRepository repository, PersonService people, Ids ids) {
        this.repository = repository;
        this.people = people;
        this.ids = ids;
    }

    /** Inside the caller's transaction; pregnancyId null creates the pregnancy; babies matched by their number. */
    AntenatalService.DeliveryResult record(Tx tx, String station, UUID womanId, UUID pregnancyId, LocalDate lmpIfNew,
                                          Delivery delivery, List<NewBaby> babies, String importRef) {
        Delivery d = new Delivery(delivery.date(), delivery.place(), delivery.attendant(), delivery.motherOutcome(),
                babies.stream().map(NewBaby::baby).toList());
        Person mother = people.find(tx, womanId).orElseThrow(() -> new UserError("person.error.notFound"));
        Pregnancy pregnancy;
        boolean newPregnancy = pregnancyId == null;
        if (newPregnancy) {
            LocalDate lmp = lmpIfNew != null ? lmpIfNew
                    : d.date() != null ? PregnancyDates.lmpFromEdd(d.date()) : null;
            List<Problem> problems = new ArrayList<>();
            if (lmp != null) {
                PregnancyDraft draft = new PregnancyDraft(null, lmp, null, null, null, null);
                problems.addAll(new PregnancyValidator().validate(mother, draft, d.date(),
                        repository.pregnanciesOf(tx, womanId), tx.now().toLocalDate()));
            }
            pregnancy = new Pregnancy(null, womanId, lmp == null ? LocalDate.MIN : lmp,
                    lmp == null ? LocalDate.MIN : PregnancyDates.eddFromLmp(lmp), null, null, null, null);
            problems.addAll(new DeliveryValidator().validate(d, pregnancy, List.of(), tx.now().toLocalDate()));
            if (!problems.isEmpty()) {
                throw new UserError(problems);
            }
        } else {
            pregnancy = repository.pregnancy(tx, pregnancyId)
                    .orElseThrow(() -> new UserError("antenatal.error.pregnancyNotFound"));
            if (!pregnancy.womanId().equals(womanId)) {
                throw new UserError("antenatal.error.pregnancyNotFound");
            }
            List<LocalDate> visitDates = repository.visitsOf(tx, pregnancyId).stream()
                    .map(v -> v.visit().date()).toList();
            List<Problem> problems = new DeliveryValidator().validate(d, pregnancy, visitDates,
                    tx.now().toLocalDate());
            if (!problems.isEmpty()) {
                throw new UserError(problems);
            }
        }
        if (newPregnancy) {
            UUID id = ids.next();
            pregnancy = new Pregnancy(id, womanId, pregnancy.lmp(), pregnancy.edd(), null, null, null, null);
            long seq = tx.nextChangeSeq();
            repository.insertPregnancy(tx, station, pregnancy, importRef, seq);
            tx.audit(AntenatalService.PREGNANCY_TABLE, id, AuditAction.INSERT, seq,
                    AuditText.created(AntenatalAuditFields.of(pregnancy)));
        }
        Optional<StoredDelivery> existing = repository.deliveryOf(tx, pregnancy.id());
        UUID deliveryId = existing.map(StoredDelivery::id).orElseGet(ids::next);
        long seq = tx.nextChangeSeq();
        if (existing.isEmpty()) {
            repository.insertDelivery(tx, station, deliveryId, pregnancy.id(), d, importRef, seq);
            tx.audit(AntenatalService.DELIVERY_TABLE, deliveryId, AuditAction.INSERT, seq,
                    AuditText.created(AntenatalAuditFields.of(pregnancy.id(), d)));
        } else {
            repository.updateDelivery(tx, deliveryId, d, seq);
            tx.audit(AntenatalService.DELIVERY_TABLE, deliveryId, AuditAction.UPDATE, seq, AuditText.changed(
                    AntenatalAuditFields.of(pregnancy.id(), existing.get().delivery()),
                    AntenatalAuditFields.of(pregnancy.id(), d)));
        }
        Map<Integer, StoredBirth> before = existing.map(e -> e.births().stream()
                .collect(Collectors.toMap(StoredBirth::babyNo, Function.identity()))).orElse(Map.of());
        List<UUID> children = new ArrayList<>();
        for (int i = 0; i < babies.size(); i++) {
            NewBaby nb = babies.get(i);
            StoredBirth old = before.get(i + 1);
            UUID childId = nb.existingChildId() != null ? nb.existingChildId()
                    : old != null ? old.childId() : null;
            if (childId == null && nb.baby().liveBirth()) {
                childId = people.save(tx, station, new PersonDraft(null, nb.childName(), nb.baby().sex(), d.date(),
                        false, mother.ethnicityCode(), mother.villageId(), womanId, null, null, null));
                children.add(childId);
            }
            StoredBirth birth = new StoredBirth(old != null ? old.id() : ids.next(), deliveryId, i + 1, nb.baby(),
                    nb.baby().liveBirth() ? childId : null);
            long bseq = tx.nextChangeSeq();
            if (old == null) {
                repository.insertBirth(tx, station, birth, importRef == null ? null : importRef + "#" + (i + 1),
                        bseq);
                tx.audit(AntenatalService.BIRTH_TABLE, birth.id(), AuditAction.INSERT, bseq,
                        AuditText.created(AntenatalAuditFields.of(birth)));
            } else {
                repository.updateBirth(tx, birth, bseq);
                tx.audit(AntenatalService.BIRTH_TABLE, birth.id(), AuditAction.UPDATE, bseq, AuditText.changed(
                        AntenatalAuditFields.of(old), AntenatalAuditFields.of(birth)));
            }
        }
        return new AntenatalService.DeliveryResult(deliveryId, pregnancy.id(), children);
    }

    /**
     * New deliveries of an import (none stored for their pregnancies), inside the caller's transaction:
     * each checked, numbered and audited as {@link #record} does it (each live birth names its child's
     * imported record), but read and written in one query and one batch per table, not eight round trips each.
     * Returns the problems of each refused delivery by its place in the list; writes nothing unless there are none.
     */
    Map<Integer, List<Problem>> recordNew(Tx tx, String station, List<Imported> items) {
        Map<Integer, List<Problem>> refused = new java.util.LinkedHashMap<>();
        if (items.isEmpty()) {
            return refused;
        }
        LocalDate today = tx.now().toLocalDate();
        Map<UUID, List<LocalDate>> visitDates = repository.visitsOfStation(tx, station).stream().collect(
                Collectors.groupingBy(v -> v.pregnancyId(), Collectors.mapping(v -> v.visit().date(),
                        Collectors.toList())));
        List<AntenatalRepository.Stamped<StoredDelivery>> deliveryRows = new ArrayList<>(items.size());
        List<AntenatalRepository.Stamped<StoredBirth>> birthRows = new ArrayList<>();
        Map<UUID, String> refs = new HashMap<>();
        List<AuditEntry> audit = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            Imported item = items.get(n);
            Pregnancy pregnancy = item.pregnancy();
            Delivery d = new Delivery(item.delivery().date(), item.delivery().place(), item.delivery().attendant(),
                    item.delivery().motherOutcome(), item.babies().stream().map(NewBaby::baby).toList());
            List<Problem> problems = new DeliveryValidator().validate(d, pregnancy,
                    visitDates.getOrDefault(pregnancy.id(), List.of()), today);
            if (!problems.isEmpty()) {
                refused.put(n, problems);
                continue;
            }
            UUID deliveryId = ids.next();
            long seq = tx.nextChangeSeq();
            deliveryRows.add(new AntenatalRepository.Stamped<>(station, new StoredDelivery(deliveryId,
                    pregnancy.id(), d, List.of()), seq));
            refs.put(deliveryId, item.importRef());
            audit.add(new AuditEntry(AntenatalService.DELIVERY_TABLE, deliveryId, AuditAction.INSERT, seq,
                    AuditText.created(AntenatalAuditFields.of(pregnancy.id(), d))));
            for (int i = 0; i < item.babies().size(); i++) {
                NewBaby nb = item.babies().get(i);
                UUID childId = nb.existingChildId();
                if (childId == null && nb.baby().liveBirth()) {
                    // births.csv names the child of every live birth (BirthRows): its record is imported
                    throw new IllegalArgumentException("an imported live birth names its child's record");
                }
                StoredBirth birth = new StoredBirth(ids.next(), deliveryId, i + 1, nb.baby(),
                        nb.baby().liveBirth() ? childId : null);
                long bseq = tx.nextChangeSeq();
                birthRows.add(new AntenatalRepository.Stamped<>(station, birth, bseq));
                refs.put(birth.id(), item.importRef() + "#" + (i + 1));
                audit.add(new AuditEntry(AntenatalService.BIRTH_TABLE, birth.id(), AuditAction.INSERT, bseq,
                        AuditText.created(AntenatalAuditFields.of(birth))));
            }
        }
        if (refused.isEmpty()) {
            repository.insertDeliveries(tx, deliveryRows, d -> refs.get(d.id()));
            repository.insertBirths(tx, birthRows, b -> refs.get(b.id()));
            tx.auditAll(audit);
        }
        return refused;
    }
}
