package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.tramyte.common.Ids;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.AuditText;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.PlaceService;

/**
 * Records doses (children's and women's tetanus doses) with the verdict the schedule gives them
 * on the day they are recorded, and reads cards, due lists, defaulters and register A2.1.
 * The catalogue lives in the database; the shipped default is put there at the first start.
 */
public final class VaccinationService {
    public static final String TABLE = "vaccination";

    private final Database db;
    /** Who is logged in: every change and export asks it first (issue 13). */
    private final vn.tramyte.security.Session session;
    private final VaccinationRepository repository;
    private final PersonService people;
    private final PlaceService places;
    private final Ids ids;
    private final ScheduleSettings settings = ScheduleSettings.defaults();
    private final CatalogueInForce catalogues;
    private final VaccinationLists lists;

    public VaccinationService(Database db, VaccinationRepository repository, PersonService people,
                              PlaceService places, Ids ids, vn.tramyte.security.Session session) {
        this.db = db;
        this.session = session;
        this.repository = repository;
        this.people = people;
        this.places = places;
        this.ids = ids;
        this.catalogues = new CatalogueInForce(db, repository, places, session);
        this.lists = new VaccinationLists(db, repository, people, places, settings, this::catalogue, this::isChild);
    }

    /**
     * Puts the shipped catalogue into an empty table (version 1); a catalogue already there is kept.
     */
    public void ensureCatalogue() {
        catalogues.ensureCatalogue();
    }

    /**
     * Replaces the catalogue (a centre's edit; sync brings it to stations). Doses already recorded
     * keep their verdicts. @throws UserError when the rows break a catalogue rule
     */
    public int replaceCatalogue(String user, List<Vaccine> vaccines) {
        return catalogues.replaceCatalogue(user, vaccines);
    }

    /** Puts in force at a station the catalogue its centre sent, with the centre's version number. */
    public int receiveCatalogue(String user, List<Vaccine> vaccines, int version) {
        return catalogues.receiveCatalogue(user, vaccines, version);
    }

    public int catalogueVersion(Tx tx) {
        return catalogues.catalogueVersion(tx);
    }

    /** The catalogue in force as the catalogue file (UTF-8 CSV, the columns of the shipped one). */
    public byte[] catalogueFile(Tx tx) {
        return catalogues.catalogueFile(tx);
    }

    /** At a station, in the sync's transaction: the catalogue file its centre sent. @return the number of doses */
    public int receiveCatalogue(Tx tx, byte[] file, int version) {
        return catalogues.receiveCatalogue(tx, file, version);
    }

    /** Writes the catalogue in force as CSV (the columns of the shipped one), for a centre to edit. */
    public void exportCatalogue(java.io.Writer out) throws java.io.IOException {
        catalogues.exportCatalogue(out);
    }

    /** Reads an edited catalogue file and puts it in force at this centre (see {@link CatalogueInForce}). */
    public int importCatalogue(String user, java.io.Reader in, String fileName) {
        return catalogues.importCatalogue(user, in, fileName);
    }

    /** The catalogue in force (from the database; the shipped default when the table is still empty). */
    public VaccineCatalogue catalogue() {
        return catalogues.catalogue();
    }

    public int catalogueVersion() {
        return catalogues.catalogueVersion();
    }

    public ScheduleSettings settings() {
        return settings;
    }

    public LocalDate today() {
        return LocalDate.now(db.clock());
    }

    // ---- recording

    /** What recording these doses would do, without saving: refusals, or verdicts and warnings. */
    public DoseEvaluation check(UUID personId, List<GivenDose> doses) {
        return db.read(tx -> evaluate(tx, person(tx, personId), doses));
    }

    /**
     * Records several doses given to one person (the same day, or from a paper card) in one step:
     * all or nothing. Refused doses are sentences in the UserError; doses that do not count for
     * their series are recorded, and their sentences are in the result's warnings.
     */
    public RecordResult record(String user, UUID personId, List<GivenDose> doses) {
        session.require(vn.tramyte.security.Permission.RECORD);
        return db.write(user, tx -> {
            String station = places.ownStationCode(tx);
            if (station == null) {
                throw new UserError("vaccination.error.centreReadOnly");
            }
            return record(tx, station, personId, doses, null);
        });
    }

    /** Records inside the caller's transaction (demo, import); importRefs, when given, one per dose. */
    public RecordResult record(Tx tx, String stationCode, UUID personId, List<GivenDose> doses,
                               List<String> importRefs) {
        if (doses.isEmpty()) {
            throw new UserError("vaccination.error.noDose");
        }
        PersonRow person = person(tx, personId);
        if (!person.stationCode().equals(stationCode)) {
            throw new UserError("person.error.otherStation", person.stationCode());
        }
        DoseEvaluation evaluation = evaluate(tx, person, doses);
        return insert(tx, stationCode, personId, evaluation, importRefs, false);
    }

    /**
     * Records the doses of one person of an import, whose stored doses the import has read already (in
     * bulk): judged and written as {@link #record(Tx, String, UUID, List, List)} does, without a query.
     */
    public RecordResult recordImported(Tx tx, String stationCode, UUID personId, Vaccinee person,
                                       List<StoredDose> stored, List<GivenDose> doses, List<String> importRefs) {
        if (doses.isEmpty()) {
            throw new UserError("vaccination.error.noDose");
        }
        DoseEvaluation evaluation = new DoseEvaluator(catalogue(), settings).evaluate(person,
                stored.stream().map(StoredDose::recorded).toList(), doses, tx.now().toLocalDate());
        return insert(tx, stationCode, personId, evaluation, importRefs, true);
    }

    /** The doses of every person of a station, by person, oldest first, read at once (a bulk import). */
    public Map<UUID, List<StoredDose>> dosesOfStationPeople(Tx tx, String stationCode) {
        return repository.ofStationPeople(tx, stationCode);
    }

    private RecordResult insert(Tx tx, String stationCode, UUID personId, DoseEvaluation evaluation,
                                List<String> importRefs, boolean batched) {
        List<RecordedDose> accepted = evaluation.acceptedOrThrow();
        List<UUID> newIds = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            RecordedDose d = accepted.get(i);
            UUID id = ids.next();
            long seq = tx.nextChangeSeq();
            repository.insert(tx, stationCode, id, personId, d, importRefs == null ? null : importRefs.get(i), seq,
                    batched);
            tx.audit(TABLE, id, AuditAction.INSERT, seq,
                    AuditText.created(VaccinationRepository.auditFields(personId, d)));
            newIds.add(id);
        }
        return new RecordResult(newIds, accepted, evaluation.warnings());
    }

    /**
     * Records many visits' doses inside the caller's transaction (the demo; an import): each
     * person's doses are judged together in date order against her doses already recorded, by the
     * same rules as doses typed in, then all are written in one batch with their audit lines; the
     * doses of one visit share its change number. Nothing is written when a dose is refused.
     */
    public void recordAll(Tx tx, List<NewDoses> visits) {
        Map<UUID, List<NewDoses>> byPerson = new java.util.LinkedHashMap<>();
        for (NewDoses v : visits) {
            if (v.doses().isEmpty()) {
                throw new UserError("vaccination.error.noDose");
            }
            byPerson.computeIfAbsent(v.personId(), k -> new ArrayList<>()).add(v);
        }
        Map<UUID, vn.tramyte.person.Person> persons = people.findAll(tx, byPerson.keySet());
        Map<UUID, List<RecordedDose>> existing = repository.byPerson(tx, null, byPerson.keySet());
        DoseEvaluator evaluator = new DoseEvaluator(catalogue(), settings);
        LocalDate today = tx.now().toLocalDate();
        List<VaccinationRepository.NewRow> rows = new ArrayList<>();
        List<vn.tramyte.db.AuditEntry> audit = new ArrayList<>();
        for (Map.Entry<UUID, List<NewDoses>> e : byPerson.entrySet()) {
            vn.tramyte.person.Person person = persons.get(e.getKey());
            if (person == null) {
                throw new UserError("vaccination.error.personNotFound");
            }
            List<GivenDose> doses = new ArrayList<>();
            List<NewDoses> visitOf = new ArrayList<>();
            for (NewDoses v : e.getValue()) {
                if (!person.stationCode().equals(v.stationCode())) {
                    throw new UserError("person.error.otherStation", person.stationCode());
                }
                for (GivenDose d : v.doses()) {
                    doses.add(d);
                    visitOf.add(v);
                }
            }
            List<RecordedDose> accepted = evaluator.evaluate(new Vaccinee(person.birthDate(), person.sex()),
                    existing.getOrDefault(person.id(), List.of()), doses, today).acceptedOrThrow();
            for (int i = 0; i < accepted.size(); i++) {
                NewDoses v = visitOf.get(i);
                UUID id = ids.next();
                rows.add(new VaccinationRepository.NewRow(id, v.stationCode(), person.id(), accepted.get(i),
                        v.changeSeq()));
                audit.add(new vn.tramyte.db.AuditEntry(TABLE, id, AuditAction.INSERT, v.changeSeq(),
                        AuditText.created(VaccinationRepository.auditFields(person.id(), accepted.get(i)))));
            }
        }
        repository.insertAll(tx, rows);
        tx.auditAll(audit);
    }

    /** Corrects where a dose was given and its lot (an import file corrected): the verdict stays. */
    public void updateDetails(Tx tx, StoredDose stored, GivenDose details) {
        long seq = tx.nextChangeSeq();
        RecordedDose after = new RecordedDose(new GivenDose(stored.dose().vaccineCode(), stored.dose().date(),
                details.place(), details.lot(), details.fromPaperCard()), stored.recorded().verdict());
        repository.updateDetails(tx, stored.id(), after.dose(), seq);
        tx.audit(TABLE, stored.id(), AuditAction.UPDATE, seq, AuditText.changed(
                VaccinationRepository.auditFields(stored.personId(), stored.recorded()),
                VaccinationRepository.auditFields(stored.personId(), after)));
    }

    /** The dose an import file's key named in an earlier import of this station. */
    public Optional<StoredDose> findImported(Tx tx, String stationCode, String importRef) {
        return repository.findByImportRef(tx, stationCode, importRef);
    }

    private DoseEvaluation evaluate(Tx tx, PersonRow person, List<GivenDose> doses) {
        List<RecordedDose> existing = repository.ofPerson(tx, person.id()).stream().map(StoredDose::recorded).toList();
        return new DoseEvaluator(catalogue(), settings).evaluate(new Vaccinee(person.birthDate(), person.sex()),
                existing, doses, tx.now().toLocalDate());
    }

    /** Evaluates doses for a person not saved yet or already saved (the import's check). */
    public DoseEvaluation evaluate(Vaccinee person, UUID savedPersonId, List<GivenDose> doses, LocalDate today) {
        List<RecordedDose> existing = savedPersonId == null ? List.of()
                : doses(savedPersonId).stream().map(StoredDose::recorded).toList();
        return new DoseEvaluator(catalogue(), settings).evaluate(person, existing, doses, today);
    }

    private PersonRow person(Tx tx, UUID personId) {
        return people.row(tx, personId).orElseThrow(() -> new UserError("vaccination.error.personNotFound"));
    }

    // ---- reading

    /** A person's doses inside the caller's transaction (an import), oldest first. */
    public List<StoredDose> doses(Tx tx, UUID personId) {
        return repository.ofPerson(tx, personId);
    }

    /** The saved person an earlier import's persons.csv ref names at a station. */
    public Optional<UUID> importedPersonId(String stationCode, String importRef) {
        return db.read(tx -> people.findImported(tx, stationCode, importRef).map(vn.tramyte.person.Person::id));
    }

    /** A person's doses, oldest first. */
    public List<StoredDose> doses(UUID personId) {
        return db.read(tx -> repository.ofPerson(tx, personId));
    }

    /** The child's card on a day. */
    public ChildCard card(PersonRow child, LocalDate on) {
        List<RecordedDose> doses = doses(child.id()).stream().map(StoredDose::recorded).toList();
        return ChildCard.of(child.birthDate(), doses, catalogue(), on, settings);
    }

    /** A woman's tetanus doses and protection. */
    public TetanusStatus tetanus(UUID womanId) {
        return TetanusStatus.of(doses(womanId).stream().map(StoredDose::recorded).toList(), catalogue());
    }

    /**
     * What a woman's vaccination card says of tetanus on a day: her protection (from the one place
     * that decides it, {@link #tetanusProtection}, as the antenatal card does) and the next dose
     * the schedule asks for, with the day it counts from.
     */
    public record WomanTetanus(TetanusProtection protection, Optional<Vaccine> nextDose, LocalDate nextDoseFrom) {
    }

    public WomanTetanus tetanusOn(PersonRow woman, LocalDate day) {
        List<StoredDose> doses = doses(woman.id());
        TetanusProtection protection = woman.birthDate() == null || woman.sex() == null ? TetanusProtection.NONE
                : tetanusProtection(new Vaccinee(woman.birthDate(), woman.sex()),
                        doses.stream().map(StoredDose::dose).toList(), null, day);
        TetanusStatus status = TetanusStatus.of(doses.stream().map(StoredDose::recorded).toList(), catalogue());
        return new WomanTetanus(protection, status.nextDose(day), status.nextDoseFrom(day).orElse(day));
    }

    /**
     * A woman's tetanus protection on a day — the one place that decides it, for the antenatal card
     * and the "protected mothers" indicator alike, with the catalogue in force. Her doses are judged
     * afresh by the schedule (a dose of a code given twice counts once, on its first date; doses of
     * other series are ignored), then {@link TetanusStatus#protectedOn} applies WHO's table.
     *
     * @param doses          her tetanus doses as known: her vaccination register and the doses her
     *                       antenatal visits record, in any order
     * @param pregnancyStart the LMP of the pregnancy, null when unknown
     */
    public TetanusProtection tetanusProtection(Vaccinee woman, List<GivenDose> doses, LocalDate pregnancyStart,
                                               LocalDate day) {
        VaccineCatalogue in = catalogue();
        Set<String> tetanus = in.series(TetanusStatus.SERIES).stream().map(Vaccine::code)
                .collect(java.util.stream.Collectors.toSet());
        List<GivenDose> firstOfEach = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        doses.stream().filter(d -> tetanus.contains(d.vaccineCode()) && !d.date().isAfter(day))
                .sorted(Comparator.comparing(GivenDose::date))
                .forEach(d -> {
                    if (seen.add(d.vaccineCode())) {
                        firstOfEach.add(GivenDose.at(d.vaccineCode(), d.date()));
                    }
                });
        if (firstOfEach.isEmpty()) {
            return TetanusProtection.NONE;
        }
        DoseEvaluation evaluation = new DoseEvaluator(in, settings).evaluate(woman, List.of(), firstOfEach, day);
        if (!evaluation.isAccepted()) {
            return TetanusProtection.NONE;
        }
        return TetanusStatus.of(evaluation.accepted(), in).protectedOn(day, pregnancyStart);
    }

    /** Whether a person is on the children's schedule on a day: born by then, younger than 16. */
    public boolean isChild(PersonRow p, LocalDate on) {
        return !p.birthYearOnly() && !p.birthDate().isAfter(on)
                && Period.between(p.birthDate(), on).getYears() < settings.childMaxAgeYears();
    }

    /**
     * The due list of a vaccination day for the chosen villages (all when empty); with
     * overdueWeeks, only the rows overdue by more than that many weeks (the defaulters).
     */
    public List<DueRow> dueList(LocalDate day, Set<String> villages, Integer overdueWeeks) {
        return lists.dueList(day, villages, overdueWeeks);
    }

    /** The whole due list of a day (rows and totals) for the chosen villages. */
    public DueList computeDueList(LocalDate day, Set<String> villages) {
        return lists.computeDueList(day, null, villages);
    }

    /** The whole due list of a day for a commune (at a centre; null for all) and the chosen villages. */
    public DueList computeDueList(LocalDate day, String commune, Set<String> villages) {
        return lists.computeDueList(day, commune, villages);
    }

    /** The defaulters of a day: overdue by more than the settings' weeks (four). */
    public List<DueRow> defaulters(LocalDate day, Set<String> villages) {
        return lists.dueList(day, villages, settings.defaulterWeeks());
    }

    /** Register A2.1: the children born in a year, with the valid date of each child dose and TCĐĐ. */
    public List<RegisterRow> register(int birthYear) {
        return lists.register(birthYear, null);
    }

    /** Register A2.1 of a commune (at a centre; null for all its communes, and at a station its own). */
    public List<RegisterRow> register(int birthYear, String commune) {
        return lists.register(birthYear, commune);
    }

    public int count() {
        return db.read(tx -> repository.count(tx, places.ownStationCode(tx)));
    }
}
