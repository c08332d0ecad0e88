package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tramyte.common.Ids;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.AuditText;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.person.Person;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.PlaceService;
import vn.tramyte.vaccination.GivenDose;
import vn.tramyte.vaccination.VaccinationService;
import vn.tramyte.vaccination.DosePlace;

/**
 * Pregnancies, antenatal visits, deliveries and births (DOMAIN.md §4): every write validated by
 * the domain rules, numbered and audited in one transaction; the card and the working lists.
 */
public final class AntenatalService {
    public static final String PREGNANCY_TABLE = "pregnancy";
    public static final String VISIT_TABLE = "anc_visit";
    public static final String DELIVERY_TABLE = "delivery";
    public static final String BIRTH_TABLE = "birth";

    /** What a recorded delivery produced: its id, its pregnancy and the children's new records. */
    public record DeliveryResult(UUID deliveryId, UUID pregnancyId, List<UUID> childIds) {
    }

    private final Database db;
    /** Who is logged in: every change and export asks it first (issue 13). */
    private final vn.tramyte.security.Session session;
    private final AntenatalRepository repository;
    private final PersonService people;
    private final PlaceService places;
    private final Ids ids;
    private final VaccinationService vaccination;
    private final DeliveryRecorder deliveries;
    private final PregnancyCards cards;
    private final AntenatalImportStore imports;

    public AntenatalService(Database db, AntenatalRepository repository, PersonService people, PlaceService places,
                            VaccinationService vaccination, Ids ids, vn.tramyte.security.Session session) {
        this.db = db;
        this.session = session;
        this.repository = repository;
        this.people = people;
        this.places = places;
        this.vaccination = vaccination;
        this.ids = ids;
        this.deliveries = new DeliveryRecorder(repository, people, ids);
        this.cards = new PregnancyCards(repository, people, places, vaccination);
        this.imports = new AntenatalImportStore(db, repository, people, ids, deliveries);
    }

    public LocalDate today() {
        return LocalDate.now(db.clock());
    }

    private String ownStation(Tx tx) {
        String station = places.ownStationCode(tx);
        if (station == null) {
            throw new UserError("person.error.centreReadOnly");
        }
        return station;
    }

    // ---------------------------------------------------------------- pregnancies

    /** Registers (draft id null) or corrects a pregnancy of a woman of this station. */
    public UUID savePregnancy(String user, UUID womanId, PregnancyDraft draft) {
        session.require(vn.tramyte.security.Permission.RECORD);
        return db.write(user, tx -> savePregnancy(tx, ownStation(tx), womanId, draft, null));
    }

    public UUID savePregnancy(Tx tx, String station, UUID womanId, PregnancyDraft draft, String importRef) {
        return savePregnancy(tx, station, womanId, draft, importRef, null);
    }

    /**
     * @param deliveryDate the delivery that ends it when it comes in the same import (not stored
     *                     yet), so a past pregnancy is not refused as an open one
     */
    public UUID savePregnancy(Tx tx, String station, UUID womanId, PregnancyDraft draft, String importRef,
                              LocalDate deliveryDate) {
        Person woman = woman(tx, womanId);
        Optional<Pregnancy> existing = draft.id() == null ? Optional.empty() : repository.pregnancy(tx, draft.id());
        if (draft.id() != null && existing.isEmpty()) {
            throw new UserError("antenatal.error.pregnancyNotFound");
        }
        LocalDate delivered = existing.map(Pregnancy::deliveryDate).orElse(deliveryDate);
        List<Problem> problems = new PregnancyValidator().validate(woman, draft, delivered,
                repository.pregnanciesOf(tx, womanId), tx.now().toLocalDate());
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        UUID id = draft.id() != null ? draft.id() : ids.next();
        Pregnancy p = Pregnancy.of(id, womanId, draft);
        long seq = tx.nextChangeSeq();
        if (existing.isEmpty()) {
            repository.insertPregnancy(tx, station, p, importRef, seq);
            tx.audit(PREGNANCY_TABLE, id, AuditAction.INSERT, seq,
                    AuditText.created(AntenatalAuditFields.of(p)));
        } else {
            repository.updatePregnancy(tx, p, seq);
            tx.audit(PREGNANCY_TABLE, id, AuditAction.UPDATE, seq, AuditText.changed(
                    AntenatalAuditFields.of(existing.get()), AntenatalAuditFields.of(p)));
        }
        return id;
    }

    private Person woman(Tx tx, UUID womanId) {
        return people.find(tx, womanId).orElseThrow(() -> new UserError("person.error.notFound"));
    }

    public Optional<Pregnancy> pregnancy(UUID id) {
        return db.read(tx -> repository.pregnancy(tx, id));
    }

    public Optional<Pregnancy> pregnancy(Tx tx, UUID id) {
        return repository.pregnancy(tx, id);
    }

    public List<Pregnancy> pregnanciesOf(UUID womanId) {
        return db.read(tx -> repository.pregnanciesOf(tx, womanId));
    }

    public List<Pregnancy> pregnanciesOf(Tx tx, UUID womanId) {
        return repository.pregnanciesOf(tx, womanId);
    }

    public Optional<Pregnancy> openPregnancy(Tx tx, UUID womanId) {
        return repository.pregnanciesOf(tx, womanId).stream().filter(Pregnancy::open).findFirst();
    }

    // ---------------------------------------------------------------- visits

    /** Records (visitId null) or corrects an antenatal visit. */
    public UUID saveVisit(String user, UUID pregnancyId, UUID visitId, AncVisit visit) {
        session.require(vn.tramyte.security.Permission.RECORD);
        return db.write(user, tx -> saveVisit(tx, ownStation(tx), pregnancyId, visitId, visit, null));
    }

    public UUID saveVisit(Tx tx, String station, UUID pregnancyId, UUID visitId, AncVisit visit, String importRef) {
        return saveVisit(tx, station, repository.pregnancy(tx, pregnancyId)
                .orElseThrow(() -> new UserError("antenatal.error.pregnancyNotFound")), visitId, visit, importRef);
    }

    /** The same, for a pregnancy the caller read (an import reads them all at once). */
    public UUID saveVisit(Tx tx, String station, Pregnancy p, UUID visitId, AncVisit visit, String importRef) {
        UUID pregnancyId = p.id();
        List<Problem> problems = new AncVisitValidator().validate(visit, p, tx.now().toLocalDate());
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        Optional<StoredVisit> existing = visitId == null ? Optional.empty() : repository.visit(tx, visitId);
        UUID id = visitId != null ? visitId : ids.next();
        StoredVisit stored = new StoredVisit(id, pregnancyId, visit);
        long seq = tx.nextChangeSeq();
        if (existing.isEmpty()) {
            repository.insertVisit(tx, station, stored, importRef, seq);
            tx.audit(VISIT_TABLE, id, AuditAction.INSERT, seq,
                    AuditText.created(AntenatalAuditFields.of(stored)));
        } else {
            repository.updateVisit(tx, stored, seq);
            tx.audit(VISIT_TABLE, id, AuditAction.UPDATE, seq, AuditText.changed(
                    AntenatalAuditFields.of(existing.get()), AntenatalAuditFields.of(stored)));
        }
        recordTetanusDose(tx, station, p.womanId(), visit);
        return id;
    }

    /**
     * A tetanus dose given at a visit goes to her own tetanus record (the vaccination register),
     * in the same transaction; the same dose already recorded on that day is not recorded twice,
     * and one the register refuses (the same dose given before) refuses the visit with its reason.
     */
    private void recordTetanusDose(Tx tx, String station, UUID womanId, AncVisit visit) {
        if (visit.tetanusDose() == null) {
            return;
        }
        String code = visit.tetanusDose().vaccineCode();
        boolean recorded = vaccination.doses(tx, womanId).stream()
                .anyMatch(d -> d.dose().vaccineCode().equals(code) && d.dose().date().equals(visit.date()));
        if (!recorded) {
            vaccination.record(tx, station, womanId,
                    List.of(new GivenDose(code, visit.date(), DosePlace.STATION, null, false)), null);
        }
    }

    /** Removes a visit typed by mistake (a tombstone, audited). */
    public void removeVisit(String user, UUID visitId) {
        session.require(vn.tramyte.security.Permission.RECORD);
        db.writeVoid(user, tx -> {
            ownStation(tx);
            StoredVisit v = repository.visit(tx, visitId)
                    .orElseThrow(() -> new UserError("antenatal.error.visitNotFound"));
            long seq = tx.nextChangeSeq();
            repository.deleteVisit(tx, visitId, seq);
            tx.audit(VISIT_TABLE, visitId, AuditAction.DELETE, seq,
                    AuditText.created(AntenatalAuditFields.of(v)));
        });
    }

    public List<StoredVisit> visitsOf(Tx tx, UUID pregnancyId) {
        return repository.visitsOf(tx, pregnancyId);
    }

    /** Every visit of a station's earlier imports by the file's key, read at once (a bulk import). */
    public java.util.Map<String, StoredVisit> importedVisits(Tx tx, String station) {
        return repository.visitsByImportRef(tx, station);
    }

    public Optional<StoredVisit> findImportedVisit(Tx tx, String station, String importRef) {
        return repository.visitByImportRef(tx, station, importRef);
    }

    // ---------------------------------------------------------------- deliveries

    /**
     * Records the delivery of a woman of this station: it ends her open pregnancy, or, when none
     * is registered, a pregnancy is created with it (LMP 280 days before, at term, unless given).
     * Each live birth makes the child's person record, linked to her, in her village and ethnicity.
     *
     * @param lmpIfNew the LMP of the pregnancy created with the delivery; null for "at term"
     */
    public DeliveryResult recordDelivery(String user, UUID womanId, LocalDate lmpIfNew, Delivery delivery,
                                         List<NewBaby> babies) {
        session.require(vn.tramyte.security.Permission.RECORD);
        return db.write(user, tx -> {
            String station = ownStation(tx);
            UUID pregnancyId = openPregnancy(tx, womanId).map(Pregnancy::id).orElse(null);
            return recordDelivery(tx, station, womanId, pregnancyId, lmpIfNew, delivery, babies, null);
        });
    }

    /**
     * Inside the caller's transaction; pregnancyId null creates the pregnancy. A delivery already
     * stored for the pregnancy is corrected; its babies are matched by their number.
     */
    public DeliveryResult recordDelivery(Tx tx, String station, UUID womanId, UUID pregnancyId, LocalDate lmpIfNew,
                                         Delivery delivery, List<NewBaby> babies, String importRef) {
        return deliveries.record(tx, station, womanId, pregnancyId, lmpIfNew, delivery, babies, importRef);
    }

    /**
     * Registers many pregnancies with their visits and deliveries inside the caller's transaction
     * (the demo; an import): each row checked by the rules a typed one meets, each live birth
     * making the child's record, each tetanus dose of a visit joining her tetanus record; then
     * every table written in one batch with the audit lines. Nothing is written when a row is refused.
     */
    public void saveAll(Tx tx, List<NewPregnancy> pregnancies) {
        new AntenatalBulk(repository, people, vaccination, ids).saveAll(tx, pregnancies);
    }

    /** What the antenatal files of an import read and write in bulk. */
    AntenatalImportStore imports() {
        return imports;
    }

    public Optional<StoredDelivery> deliveryOf(Tx tx, UUID pregnancyId) {
        return repository.deliveryOf(tx, pregnancyId);
    }

    // ---------------------------------------------------------------- the card and the lists

    /** The card of one pregnancy on a reference day. */
    public Optional<PregnancyCard> card(UUID pregnancyId, LocalDate reference) {
        return db.read(tx -> cards.card(tx, pregnancyId, reference));
    }

    /** Every pregnancy of this station (every station at a centre) as a card on the reference day. */
    public List<PregnancyCard> cards(LocalDate reference) {
        return cards(reference, null);
    }

    /** The pregnancies of a commune (at a centre; null for all, and at a station its own) as cards. */
    public List<PregnancyCard> cards(LocalDate reference, String commune) {
        return db.read(tx -> cards(tx, reference, commune));
    }

    public List<PregnancyCard> cards(Tx tx, LocalDate reference) {
        return cards(tx, reference, null);
    }

    private List<PregnancyCard> cards(Tx tx, LocalDate reference, String commune) {
        return cards.cards(tx, reference, commune);
    }

    /** The pregnant women: open, current pregnancies of living women, earliest EDD first. */
    public List<PregnancyCard> pregnantWomen(LocalDate today) {
        return pregnantWomen(today, null);
    }

    /** The pregnant women of a commune (at a centre; null for all). */
    public List<PregnancyCard> pregnantWomen(LocalDate today, String commune) {
        List<PregnancyCard> all = goingOn(today, commune);
        Set<UUID> current = AncLists.expectedToDeliver(living(all), today, PregnancyDates.MAX_WEEKS).stream()
                .map(Pregnancy::id).collect(Collectors.toSet());
        return all.stream().filter(c -> current.contains(c.pregnancy().id()))
                .sorted(Comparator.comparing(c -> c.pregnancy().edd())).toList();
    }

    /** Living women expected to deliver by the end of the next N weeks, earliest EDD first. */
    public List<PregnancyCard> expectedToDeliver(LocalDate today, int weeks) {
        return expectedToDeliver(today, weeks, null);
    }

    /** The same list for a commune (at a centre; null for all). */
    public List<PregnancyCard> expectedToDeliver(LocalDate today, int weeks, String commune) {
        List<PregnancyCard> all = goingOn(today, commune);
        return select(all, AncLists.expectedToDeliver(living(all), today, weeks));
    }

    /** Living pregnant women with no visit yet in the trimester they are in. */
    public List<PregnancyCard> noVisitInCurrentTrimester(LocalDate today) {
        return noVisitInCurrentTrimester(today, null);
    }

    /** The same list for a commune (at a centre; null for all). */
    public List<PregnancyCard> noVisitInCurrentTrimester(LocalDate today, String commune) {
        List<PregnancyCard> all = goingOn(today, commune);
        Map<UUID, List<LocalDate>> dates = new HashMap<>();
        all.forEach(c -> dates.put(c.pregnancy().id(), c.visits().stream().map(v -> v.visit().date()).toList()));
        return select(all, AncLists.noVisitInCurrentTrimester(living(all), dates, today));
    }

    /** The cards of the pregnancies going on today, chosen by the database; the lists' own filters still apply. */
    private List<PregnancyCard> goingOn(LocalDate today, String commune) {
        return db.read(tx -> cards.cards(tx, today, commune, CardsRepository.Period.goingOn(today)));
    }

    private static List<Pregnancy> living(List<PregnancyCard> cards) {
        return cards.stream().filter(c -> c.woman().alive()).map(PregnancyCard::pregnancy).toList();
    }

    private static List<PregnancyCard> select(List<PregnancyCard> all, List<Pregnancy> chosen) {
        Map<UUID, PregnancyCard> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.pregnancy().id(), c));
        return chosen.stream().map(p -> byId.get(p.id())).toList();
    }

    /** The deliveries of this station (all at a centre) in a period, for the register. */
    public List<PregnancyCard> deliveredBetween(LocalDate from, LocalDate to) {
        return deliveredBetween(from, to, null);
    }

    /** The delivery register of a commune (at a centre; null for all, commune by commune). */
    public List<PregnancyCard> deliveredBetween(LocalDate from, LocalDate to, String commune) {
        Comparator<String> communes = places.communes().order();
        return db.read(tx -> cards.cards(tx, to, commune, CardsRepository.Period.delivered(from, to))).stream()
                .filter(c -> c.delivery() != null)
                .filter(c -> !c.delivery().delivery().date().isBefore(from)
                        && !c.delivery().delivery().date().isAfter(to))
                .sorted(Comparator.comparing((PregnancyCard c) -> c.woman().stationCode(), communes)
                        .thenComparing(c -> c.delivery().delivery().date())).toList();
    }

    /** The day of the last delivery on or before that day, if any: the delivery register opens on its month. */
    public Optional<LocalDate> lastDeliveryOnOrBefore(LocalDate day) {
        return db.read(tx -> repository.deliveriesOfStation(tx, places.ownStationCode(tx)).stream()
                .map(d -> d.delivery().date()).filter(d -> !d.isAfter(day)).max(Comparator.naturalOrder()));
    }

    /** Pregnancies with a visit in a period, for the A3 register. */
    public List<PregnancyCard> visitedBetween(LocalDate from, LocalDate to) {
        return visitedBetween(from, to, null);
    }

    /** The A3 register of a commune (at a centre; null for all, commune by commune). */
    public List<PregnancyCard> visitedBetween(LocalDate from, LocalDate to, String commune) {
        Comparator<String> communes = places.communes().order();
        return db.read(tx -> cards.cards(tx, to, commune, CardsRepository.Period.visited(from, to))).stream()
                .filter(c -> c.visits().stream()
                        .anyMatch(v -> !v.visit().date().isBefore(from) && !v.visit().date().isAfter(to)))
                .sorted(Comparator.comparing((PregnancyCard c) -> c.woman().stationCode(), communes)
                        .thenComparing(c -> c.pregnancy().lmp())).toList();
    }
}
