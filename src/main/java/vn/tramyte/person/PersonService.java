package vn.tramyte.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tramyte.common.Ids;
import vn.tramyte.common.Problem;
import vn.tramyte.common.SearchText;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.AuditText;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.place.PlaceService;

/** Registers and edits people; every write is validated, numbered and audited in one transaction. */
public final class PersonService {
    public static final String TABLE = "person";

    private final Database db;
    /** Who is logged in: every change and export asks it first (issue 13). */
    private final vn.tramyte.security.Session session;
    private final PersonRepository repository;
    private final PlaceService places;
    private final EthnicGroups ethnicGroups;
    private final PersonValidator validator;
    private final Ids ids;
    private final Everyone everyone;

    public PersonService(Database db, PersonRepository repository, PlaceService places, EthnicGroups ethnicGroups,
                         Ids ids, vn.tramyte.security.Session session) {
        this.db = db;
        this.session = session;
        this.repository = repository;
        this.places = places;
        this.ethnicGroups = ethnicGroups;
        this.validator = new PersonValidator(ethnicGroups);
        this.ids = ids;
        this.everyone = new Everyone(db, () -> db.read(tx -> repository.rows(tx, places.ownStationCode(tx))));
    }

    public EthnicGroups ethnicGroups() {
        return ethnicGroups;
    }

    /** Puts the bundled ethnic group list into the database (the person table refers to it). */
    public void ensureReferenceData(Tx tx) {
        missingEthnicGroups(tx).forEach(g -> repository.insertEthnicGroupIfMissing(tx, g));
    }

    /** Whether every bundled ethnic group is in the database (one query: SetupService#hasReferenceData). */
    public boolean hasReferenceData(Tx tx) {
        return missingEthnicGroups(tx).isEmpty();
    }

    private List<EthnicGroup> missingEthnicGroups(Tx tx) {
        java.util.Set<String> held = repository.ethnicGroupKeys(tx);
        return ethnicGroups.all().stream().filter(g -> !held.contains(key(g))).toList();
    }

    private static String key(EthnicGroup g) {
        return g.codeList() + "/" + g.code();
    }

    /** Saves a new or edited person of this station and returns its id; nothing is saved when a rule is broken. */
    public UUID save(String user, PersonDraft draft) {
        return save(user, draft, null);
    }

    /**
     * Saves a person living in a village the station does not have yet: the village is
     * added in the same transaction, so a refused person leaves no village behind.
     */
    public UUID save(String user, PersonDraft draft, String newVillageName) {
        session.require(vn.tramyte.security.Permission.RECORD);
        return db.write(user, tx -> {
            String station = places.ownStationCode(tx);
            if (station == null) {
                throw new UserError("person.error.centreReadOnly");
            }
            PersonDraft toSave = draft;
            if (newVillageName != null && !newVillageName.isBlank()) {
                UUID village = places.addVillage(tx, station, newVillageName).id();
                toSave = new PersonDraft(draft.id(), draft.fullName(), draft.sex(), draft.birthDate(),
                        draft.birthYearOnly(), draft.ethnicityCode(), village, draft.motherId(), draft.personalId(),
                        draft.insuranceNo(), draft.phone());
            }
            return save(tx, station, toSave);
        });
    }

    /** Every person of this station (every station at a centre), inside the caller's transaction. */
    public List<PersonRow> rows(Tx tx) {
        return repository.rows(tx, places.ownStationCode(tx));
    }

    /**
     * The people a list shows: this station's at a station; at a centre the chosen commune's, or
     * every station's when commune is null. One query, filtered in the database.
     */
    public List<PersonRow> rows(Tx tx, String commune) {
        return repository.rows(tx, places.listScope(tx, commune));
    }

    /** {@link #bornBetween}, the living alone: the children of a due list, chosen by the database. */
    public List<PersonRow> livingBornBetween(Tx tx, String commune, java.time.LocalDate bornAfter, java.time.LocalDate day) {
        return repository.livingBornBetween(tx, places.listScope(tx, commune), bornAfter, day);
    }

    /** Born after {@code bornAfter}, on or before {@code day}, with a full date; a commune as {@link #rows(Tx, String)}. */
    public List<PersonRow> bornBetween(Tx tx, String commune, java.time.LocalDate bornAfter, java.time.LocalDate day) {
        return repository.bornBetween(tx, places.listScope(tx, commune), bornAfter, day);
    }

    /** The women a pregnancy names, for a commune as {@link #rows(Tx, String)} ({@link PersonRepository#pregnant}). */
    public List<PersonRow> pregnant(Tx tx, String commune) {
        return repository.pregnant(tx, places.listScope(tx, commune));
    }

    /** The people a recorded death names, for a commune as {@link #rows(Tx, String)}. */
    public List<PersonRow> dead(Tx tx, String commune) {
        return repository.dead(tx, places.listScope(tx, commune));
    }

    /** Everyone of this station (every station at a centre), read-only, shared until the next write: {@link Everyone}. */
    public List<PersonRow> all() {
        return everyone.get();
    }

    /** Saves inside the caller's transaction, for a station given explicitly (demo, imports). */
    public UUID save(Tx tx, String stationCode, PersonDraft draft) {
        return save(tx, stationCode, draft, null);
    }

    /** The import refs (persons.csv ref) of the people {@link #bornBetween} reads, by id. */
    public java.util.Map<UUID, String> importRefsBornBetween(Tx tx, String commune, java.time.LocalDate bornAfter,
                                                             java.time.LocalDate day) {
        return repository.importRefsBornBetween(tx, places.listScope(tx, commune), bornAfter, day);
    }

    /** The import refs of some people (a due list's children), by id: only theirs are read. */
    public java.util.Map<UUID, String> importRefsOf(Tx tx, java.util.Collection<UUID> ids) {
        return repository.importRefsOf(tx, ids);
    }

    /** The ref a list gives a person: the import file's ref when there is one, else the id. */
    public static String personRef(java.util.Map<UUID, String> importRefs, UUID id) {
        return importRefs.getOrDefault(id, id.toString());
    }

    /** The person a ref of an earlier import named, at this station. */
    public Optional<Person> findImported(Tx tx, String stationCode, String importRef) {
        return repository.findByImportRef(tx, stationCode, importRef);
    }

    /** Every person of earlier imports at this station, by the import file's ref (one query). */
    public java.util.Map<String, Person> importedPeople(Tx tx, String stationCode) {
        return repository.importedByRef(tx, stationCode);
    }

    public PersonValidator validator() {
        return validator;
    }

    /** Saves inside the caller's transaction; importRef keeps the import file's key of a new person. */
    public UUID save(Tx tx, String stationCode, PersonDraft draft, String importRef) {
        Optional<Person> existing = draft.id() == null ? Optional.empty() : repository.find(tx, draft.id());
        if (draft.id() != null && existing.isEmpty()) {
            throw new UserError("person.error.notFound");
        }
        Optional<Person> mother = draft.motherId() == null ? Optional.empty() : repository.find(tx, draft.motherId());
        boolean villageBelongs = draft.villageId() == null || places.village(tx, draft.villageId())
                .map(v -> v.stationCode().equals(stationCode)).orElse(false);
        return save(tx, stationCode, draft, importRef, existing, mother, villageBelongs, false).id();
    }

    /**
     * Saves one row of an import, whose stored person (the draft's id) and mother the import has read
     * already, in bulk; the same rules, numbers and audit as {@link #save(Tx, String, PersonDraft, String)}.
     * The village is the station's own (the import found or added it by name). Returns the saved person.
     */
    public Person saveImported(Tx tx, String stationCode, PersonDraft draft, String importRef,
                               Optional<Person> existing, Optional<Person> mother) {
        if (draft.id() != null && existing.map(e -> !e.id().equals(draft.id())).orElse(true)) {
            throw new IllegalArgumentException("the stored person of an imported row is not the draft's");
        }
        return save(tx, stationCode, draft, importRef, existing, mother, true, true);
    }

    private Person save(Tx tx, String stationCode, PersonDraft draft, String importRef, Optional<Person> existing,
                        Optional<Person> mother, boolean villageBelongs, boolean batched) {
        LocalDate today = tx.now().toLocalDate();
        if (existing.isPresent() && !existing.get().stationCode().equals(stationCode)) {
            throw new UserError("person.error.otherStation", existing.get().stationCode());
        }
        List<Problem> problems = validator.validate(draft, today, mother, draft.motherId() != null, villageBelongs);
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        UUID id = draft.id() != null ? draft.id() : ids.next();
        Person person = toPerson(id, stationCode, draft, existing.map(Person::diedOn).orElse(null));
        long seq = tx.nextChangeSeq();
        if (existing.isEmpty()) {
            repository.insert(tx, person, importRef, seq, batched);
            tx.audit(TABLE, id, AuditAction.INSERT, seq, AuditText.created(PersonRepository.auditFields(person)));
        } else {
            repository.update(tx, person, seq);
            tx.audit(TABLE, id, AuditAction.UPDATE, seq, AuditText.changed(
                    PersonRepository.auditFields(existing.get()), PersonRepository.auditFields(person)));
        }
        return person;
    }

    /**
     * Registers many new people inside the caller's transaction (the demo; an import): each is
     * checked by the same rules as a person typed in (her mother may be one of the batch), then
     * all are written in one batch with their audit lines. Nothing is written when one breaks a
     * rule: the UserError names her and the rule.
     */
    public void insertAll(Tx tx, List<NewPerson> newPeople) {
        LocalDate today = tx.now().toLocalDate();
        java.util.Map<UUID, Person> batch = new java.util.HashMap<>();
        for (NewPerson n : newPeople) {
            batch.put(n.id(), toPerson(n.id(), n.stationCode(), n.draft(), null));
        }
        java.util.Set<UUID> outside = new java.util.HashSet<>();
        for (NewPerson n : newPeople) {
            if (n.draft().motherId() != null && !batch.containsKey(n.draft().motherId())) {
                outside.add(n.draft().motherId());
            }
        }
        java.util.Map<UUID, Person> mothers = repository.findAll(tx, outside);
        java.util.Map<UUID, String> villageStation = new java.util.HashMap<>();
        List<Person> rows = new java.util.ArrayList<>(newPeople.size());
        List<Long> seqs = new java.util.ArrayList<>(newPeople.size());
        List<vn.tramyte.db.AuditEntry> audit = new java.util.ArrayList<>(newPeople.size());
        for (NewPerson n : newPeople) {
            PersonDraft d = n.draft();
            if (d.id() != null) {
                throw new IllegalArgumentException("insertAll registers new people only: " + d.id());
            }
            UUID motherId = d.motherId();
            Optional<Person> mother = motherId == null ? Optional.empty()
                    : Optional.ofNullable(batch.containsKey(motherId) ? batch.get(motherId) : mothers.get(motherId));
            boolean villageBelongs = d.villageId() == null || n.stationCode().equals(villageStation.computeIfAbsent(
                    d.villageId(), v -> places.village(tx, v).map(vn.tramyte.place.Village::stationCode).orElse("")));
            List<Problem> problems = validator.validate(d, today, mother, motherId != null, villageBelongs);
            if (!problems.isEmpty()) {
                throw new UserError(problems);
            }
            Person person = batch.get(n.id());
            rows.add(person);
            seqs.add(n.changeSeq());
            audit.add(new vn.tramyte.db.AuditEntry(TABLE, n.id(), AuditAction.INSERT, n.changeSeq(),
                    AuditText.created(PersonRepository.auditFields(person))));
        }
        mothersFirst(rows, seqs);
        repository.insertAll(tx, rows, seqs);
        tx.auditAll(audit);
    }

    /** Orders a batch so that a mother in it is written before her children (the table refers to her). */
    private static void mothersFirst(List<Person> rows, List<Long> seqs) {
        java.util.Map<UUID, Integer> at = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            at.put(rows.get(i).id(), i);
        }
        List<Integer> order = new java.util.ArrayList<>(rows.size());
        boolean[] placed = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            place(i, rows, at, placed, order);
        }
        List<Person> people = order.stream().map(rows::get).toList();
        List<Long> numbers = order.stream().map(seqs::get).toList();
        rows.clear();
        rows.addAll(people);
        seqs.clear();
        seqs.addAll(numbers);
    }

    private static void place(int i, List<Person> rows, java.util.Map<UUID, Integer> at, boolean[] placed,
                              List<Integer> order) {
        if (placed[i]) {
            return;
        }
        placed[i] = true;
        Integer mother = rows.get(i).motherId() == null ? null : at.get(rows.get(i).motherId());
        if (mother != null) {
            place(mother, rows, at, placed, order);
        }
        order.add(i);
    }

    private static Person toPerson(UUID id, String stationCode, PersonDraft d, LocalDate diedOn) {
        return new Person(id, stationCode, SearchText.clean(d.fullName()), d.sex(), d.birthDate(), d.birthYearOnly(),
                d.ethnicityCode(), d.villageId(), d.motherId(), PersonValidator.blankToNull(d.personalId()),
                upper(PersonValidator.blankToNull(d.insuranceNo())), PersonValidator.blankToNull(d.phone()), diedOn);
    }

    /** A date of death to set in bulk ({@link #setDiedOnAll}), with the change number of that write. */
    public record DiedOn(UUID personId, LocalDate date, long changeSeq) {
    }

    /** Records the dates many people died, in one batch (the death register's bulk write). */
    public void setDiedOnAll(Tx tx, List<DiedOn> deaths) {
        java.util.Map<UUID, Person> before = repository.findAll(tx, deaths.stream().map(DiedOn::personId).toList());
        List<vn.tramyte.db.AuditEntry> audit = new java.util.ArrayList<>(deaths.size());
        for (DiedOn d : deaths) {
            Person p = before.get(d.personId());
            if (p == null) {
                throw new UserError("person.error.notFound");
            }
            audit.add(new vn.tramyte.db.AuditEntry(TABLE, d.personId(), AuditAction.UPDATE, d.changeSeq(),
                    "died_on: " + p.diedOn() + " → " + d.date()));
        }
        repository.setDiedOnAll(tx, deaths.stream().map(DiedOn::personId).toList(),
                deaths.stream().map(DiedOn::date).toList(), deaths.stream().map(DiedOn::changeSeq).toList());
        tx.auditAll(audit);
    }

    /** The people of the given ids, by id, in one query (bulk writes check against them). */
    public java.util.Map<UUID, Person> findAll(Tx tx, java.util.Collection<UUID> ids) {
        return repository.findAll(tx, ids);
    }

    /**
     * Records (or, with null, clears) the date a person died, inside the death register's
     * transaction; the person leaves every due and planning list, the records stay.
     */
    public void setDiedOn(Tx tx, UUID personId, LocalDate diedOn) {
        Person before = repository.find(tx, personId).orElseThrow(() -> new UserError("person.error.notFound"));
        long seq = tx.nextChangeSeq();
        repository.setDiedOn(tx, personId, diedOn, seq);
        tx.audit(TABLE, personId, AuditAction.UPDATE, seq, "died_on: " + before.diedOn() + " → " + diedOn);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }

    /** A person with the names to show, inside the caller's transaction. */
    public Optional<PersonRow> row(Tx tx, UUID id) {
        return repository.row(tx, id);
    }

    /** A person inside the caller's transaction. */
    public Optional<Person> find(Tx tx, UUID id) {
        return repository.find(tx, id);
    }

    public Optional<Person> find(UUID id) {
        return db.read(tx -> repository.find(tx, id));
    }

    /**
     * The people of this station (every station at a centre) whose name matches the query:
     * diacritics and case ignored, words in any order, each word the start of a name word; also
     * by personal id, insurance number, phone or birth year ({@link PersonSearch}).
     */
    public List<PersonRow> search(String query) {
        List<PersonRow> rows = db.read(tx -> repository.rows(tx, places.ownStationCode(tx)));
        return rows.stream().filter(PersonSearch.of(query)).toList();
    }

    /** How many days apart two birth dates may be for the same name to look like the same person. */
    public static final int DUPLICATE_BIRTH_DAYS = 3;

    /**
     * The people already registered who may be the one in the draft, to show before a new person
     * is saved: the same name (diacritics, case and spaces ignored) born within a few days, or
     * the same personal id. The person being edited is not counted.
     */
    public List<PersonRow> possibleDuplicates(PersonDraft draft) {
        String name = SearchText.normalize(draft.fullName());
        String pid = PersonValidator.blankToNull(draft.personalId());
        return all().stream()
                .filter(r -> draft.id() == null || !draft.id().equals(r.id()))
                .filter(r -> pid != null && pid.equals(r.personalId())
                        || !name.isEmpty() && name.equals(r.searchName()) && draft.birthDate() != null
                        && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(r.birthDate(), draft.birthDate()))
                        <= DUPLICATE_BIRTH_DAYS)
                .toList();
    }

    /** Today at this installation (the database's clock, so tests can fix it). */
    public LocalDate today() {
        return LocalDate.now(db.clock());
    }

    public int count() {
        return db.read(tx -> repository.count(tx, places.ownStationCode(tx)));
    }
}
