package vn.tramyte.nutrition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.tramyte.common.Ids;
import vn.tramyte.common.Problem;
import vn.tramyte.common.SearchText;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.AuditText;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.nutrition.growth.AnthroCalculator;
import vn.tramyte.nutrition.growth.GrowthInput;
import vn.tramyte.nutrition.growth.GrowthStandards;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.PlaceService;

/**
 * Screening of children under five: records measurements, computes their WHO z-scores, and
 * lists who is malnourished. Z-scores are computed on every read (7 million a second).
 */
public final class NutritionService {
    public static final String TABLE = "measurement";

    private final Database db;
    /** Who is logged in: every change and export asks it first (issue 13). */
    private final vn.tramyte.security.Session session;
    private final MeasurementRepository repository;
    private final PersonService people;
    private final PlaceService places;
    /** The WHO tables, read when first needed: not on every open, which the People list waits for (issue 12). */
    private final java.util.function.Supplier<GrowthStandards> bundled;
    private volatile Growth growth;
    private final Ids ids;

    public NutritionService(Database db, MeasurementRepository repository, PersonService people, PlaceService places,
                            java.util.function.Supplier<GrowthStandards> standards, Ids ids,
                            vn.tramyte.security.Session session) {
        this.db = db;
        this.session = session;
        this.repository = repository;
        this.people = people;
        this.places = places;
        this.bundled = standards;
        this.ids = ids;
    }

    public GrowthStandards standards() {
        return growth().standards();
    }

    private record Growth(GrowthStandards standards, AnthroCalculator calculator) {
    }

    private Growth growth() {
        Growth g = growth;
        if (g == null) {
            synchronized (this) {
                if (growth == null) {
                    GrowthStandards read = bundled.get();
                    growth = new Growth(read, new AnthroCalculator(read));
                }
                g = growth;
            }
        }
        return g;
    }

    public LocalDate today() {
        return LocalDate.now(db.clock());
    }

    /** The z-scores and categories of values as typed, before anything is saved. */
    public Assessment assess(Child child, LocalDate date, Double weightKg, Double lengthCm,
                             vn.tramyte.nutrition.growth.Position position, boolean oedema) {
        return assess(child.sex(), child.birthDate(), date, weightKg, lengthCm, position, oedema);
    }

    /** The same for any child by sex and birth date (the report assesses thousands at once). */
    public Assessment assess(vn.tramyte.person.Sex sex, LocalDate birthDate, LocalDate date, Double weightKg,
                             Double lengthCm, vn.tramyte.nutrition.growth.Position position, boolean oedema) {
        if (date == null || date.isBefore(birthDate)) {
            return Assessment.NONE;
        }
        GrowthInput input = GrowthInput.atVisit(sex, birthDate, date,
                weightKg == null ? Double.NaN : weightKg, lengthCm == null ? Double.NaN : lengthCm, position, oedema);
        return Assessment.of(growth().calculator().compute(input), oedema);
    }

    public Assessment assess(Child child, Measurement m) {
        return assess(child, m.date(), m.weightKg(), m.lengthCm(), m.position(), m.oedema());
    }

    /**
     * Saves a measurement of a child of this station. Refused when a rule is broken; when WHO
     * flags a value as implausible it is saved only once the user has confirmed it.
     */
    public UUID save(String user, MeasurementDraft draft, boolean implausibleConfirmed) {
        session.require(vn.tramyte.security.Permission.RECORD);
        return db.write(user, tx -> {
            String station = places.ownStationCode(tx);
            if (station == null) {
                throw new UserError("nutrition.error.centreReadOnly");
            }
            return save(tx, station, draft, implausibleConfirmed, null);
        });
    }

    /** Saves inside the caller's transaction (demo, import); importRef names the row of an import file. */
    public UUID save(Tx tx, String stationCode, MeasurementDraft draft, boolean implausibleConfirmed, String importRef) {
        PersonRow person = people.row(tx, draft.personId())
                .orElseThrow(() -> new UserError("nutrition.error.childNotFound"));
        Optional<Measurement> existing = draft.id() == null ? Optional.empty() : repository.find(tx, draft.id());
        return save(tx, stationCode, draft, implausibleConfirmed, importRef, person, existing, false);
    }

    /**
     * Saves one weighing of an import, whose child and stored row the import has read already (in bulk):
     * the same rules, numbers and audit as a weighing saved alone.
     */
    public UUID saveImported(Tx tx, String stationCode, MeasurementDraft draft, String importRef, PersonRow person,
                             Optional<Measurement> existing) {
        return save(tx, stationCode, draft, true, importRef, person, existing, true);
    }

    /** The weighings of a station's earlier imports by the file's key, read at once (a bulk import). */
    public java.util.Map<String, Measurement> importedMeasurements(Tx tx, String stationCode) {
        return repository.byImportRef(tx, stationCode);
    }

    /** The child a weighing of an import belongs to. */
    /** This station's people by id, read in one query: an import's weighings name thousands of children. */
    public java.util.Map<UUID, PersonRow> childrenOfStation(Tx tx) {
        java.util.Map<UUID, PersonRow> byId = new java.util.HashMap<>();
        people.rows(tx).forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    public PersonRow child(Tx tx, UUID personId) {
        return people.row(tx, personId).orElseThrow(() -> new UserError("nutrition.error.childNotFound"));
    }

    private UUID save(Tx tx, String stationCode, MeasurementDraft draft, boolean implausibleConfirmed, String importRef,
                      PersonRow person, Optional<Measurement> existing, boolean batched) {
        if (!person.stationCode().equals(stationCode)) {
            throw new UserError("person.error.otherStation", person.stationCode());
        }
        Child child = child(person);
        List<Problem> problems = new ArrayList<>(MeasurementRules.check(draft, child.birthDate(),
                tx.now().toLocalDate()));
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        Measurement m = new Measurement(draft.id() == null ? ids.next() : draft.id(), draft.personId(), draft.date(),
                draft.weightKg(), draft.lengthCm(), draft.position(), draft.oedema(), draft.muacMm());
        Assessment a = assess(child, m);
        if (a.implausible() && !implausibleConfirmed) {
            throw new UserError("nutrition.error.confirmImplausible");
        }
        long seq = tx.nextChangeSeq();
        if (existing.isPresent()) {
            repository.update(tx, m, seq);
            tx.audit(TABLE, m.id(), AuditAction.UPDATE, seq, AuditText.changed(
                    MeasurementRepository.auditFields(existing.get()), MeasurementRepository.auditFields(m)));
        } else {
            repository.insert(tx, stationCode, m, importRef, seq, batched);
            tx.audit(TABLE, m.id(), AuditAction.INSERT, seq, AuditText.created(MeasurementRepository.auditFields(m)));
        }
        return m.id();
    }

    /**
     * Saves many new measurements inside the caller's transaction (the demo; an import), each
     * checked by the same rules as one typed in, then written in one batch with their audit lines.
     * A value WHO flags as implausible is refused unless confirmed; nothing is written when one is refused.
     */
    public void saveAll(Tx tx, List<NewMeasurement> rows, boolean implausibleConfirmed) {
        LocalDate today = tx.now().toLocalDate();
        Map<UUID, vn.tramyte.person.Person> children = people.findAll(tx,
                rows.stream().map(r -> r.draft().personId()).collect(java.util.stream.Collectors.toSet()));
        List<String> stations = new ArrayList<>(rows.size());
        List<Measurement> measurements = new ArrayList<>(rows.size());
        List<Long> seqs = new ArrayList<>(rows.size());
        List<vn.tramyte.db.AuditEntry> audit = new ArrayList<>(rows.size());
        for (NewMeasurement row : rows) {
            MeasurementDraft draft = row.draft();
            vn.tramyte.person.Person person = children.get(draft.personId());
            if (person == null) {
                throw new UserError("nutrition.error.childNotFound");
            }
            if (!person.stationCode().equals(row.stationCode())) {
                throw new UserError("person.error.otherStation", person.stationCode());
            }
            List<Problem> problems = MeasurementRules.check(draft, person.birthDate(), today);
            if (!problems.isEmpty()) {
                throw new UserError(problems);
            }
            Measurement m = new Measurement(draft.id() == null ? ids.next() : draft.id(), draft.personId(),
                    draft.date(), draft.weightKg(), draft.lengthCm(), draft.position(), draft.oedema(), draft.muacMm());
            Child child = new Child(person.id(), person.stationCode(), person.fullName(), null, person.sex(),
                    person.birthDate(), null, null);
            if (assess(child, m).implausible() && !implausibleConfirmed) {
                throw new UserError("nutrition.error.confirmImplausible");
            }
            stations.add(row.stationCode());
            measurements.add(m);
            seqs.add(row.changeSeq());
            audit.add(new vn.tramyte.db.AuditEntry(TABLE, m.id(), AuditAction.INSERT, row.changeSeq(),
                    AuditText.created(MeasurementRepository.auditFields(m))));
        }
        repository.insertAll(tx, stations, measurements, seqs);
        tx.auditAll(audit);
    }

    /** The weighing an import file's key named in an earlier import of this station. */
    public Optional<Measurement> findImported(Tx tx, String stationCode, String importRef) {
        return repository.findByImportRef(tx, stationCode, importRef);
    }

    /** A child's measurements, oldest first, each with its z-scores. */
    public List<ScreeningRow> history(Child child) {
        return db.read(tx -> repository.ofPerson(tx, child.id())).stream()
                .map(m -> new ScreeningRow(child, m, assess(child, m))).toList();
    }

    /** Children under five on a date (of the chosen villages; all when none is chosen). */
    public List<Child> childrenUnderFive(LocalDate date, Set<String> villageNames) {
        return childrenUnderFive(date, null, villageNames);
    }

    /**
     * Children under five on a date of a commune (at a centre; null for all its communes, and at
     * a station its own) and the chosen villages, by commune, village and name.
     */
    public List<Child> childrenUnderFive(LocalDate date, String commune, Set<String> villageNames) {
        return db.read(tx -> {
            Comparator<String> communes = places.communes(tx).order();
            // the living born in the five years before, chosen by the database (a centre holds 200,000 people)
            return people.livingBornBetween(tx, commune, date.minusDays(MeasurementRules.FIRST_DAY_WITHOUT_SCORES), date)
                    .stream()
                    .filter(p -> !p.birthYearOnly() && p.alive())
                    .map(NutritionService::child)
                    .filter(c -> c.underFiveOn(date))
                    .filter(c -> villageNames.isEmpty() || villageNames.contains(c.villageName()))
                    .sorted(Comparator.comparing(Child::stationCode, communes)
                            .thenComparing(Child::villageName, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(Child::searchName))
                    .toList();
        });
    }

    /**
     * The screening day: every child under five of the chosen villages, with the measurement
     * taken that day if there is one, so who has not come yet shows.
     */
    public List<ScreeningRow> screeningDay(LocalDate date, Set<String> villageNames) {
        return screeningDay(date, null, villageNames);
    }

    /** The screening day of a commune (at a centre; null for all its communes) and the chosen villages. */
    public List<ScreeningRow> screeningDay(LocalDate date, String commune, Set<String> villageNames) {
        List<Child> children = childrenUnderFive(date, commune, villageNames);
        Map<UUID, Measurement> thatDay = db.read(tx -> {
            Map<UUID, Measurement> map = new java.util.HashMap<>();
            for (Measurement m : repository.on(tx, places.listScope(tx, commune), date)) {
                map.put(m.personId(), m);
            }
            return map;
        });
        return children.stream().map(c -> {
            Measurement m = thatDay.get(c.id());
            return new ScreeningRow(c, m, m == null ? Assessment.NONE : assess(c, m));
        }).toList();
    }

    /** Children under five today whose latest measurement shows underweight, stunting or wasting. */
    public List<ScreeningRow> malnourished(LocalDate date) {
        return malnourished(date, null);
    }

    /** The malnourished children of a commune (at a centre; null for all its communes, commune by commune). */
    public List<ScreeningRow> malnourished(LocalDate date, String commune) {
        Map<UUID, Measurement> latest = db.read(tx -> repository.latestPerPerson(tx, places.listScope(tx, commune),
                date));
        List<ScreeningRow> rows = new ArrayList<>();
        for (Child c : childrenUnderFive(date, commune, Set.of())) {
            Measurement m = latest.get(c.id());
            if (m != null) {
                Assessment a = assess(c, m);
                if (a.malnourished()) {
                    rows.add(new ScreeningRow(c, m, a));
                }
            }
        }
        return rows;
    }

    public int count() {
        return db.read(tx -> repository.count(tx, places.ownStationCode(tx)));
    }

    public static Child child(PersonRow p) {
        return new Child(p.id(), p.stationCode(), p.fullName(), p.searchName(), p.sex(), p.birthDate(),
                p.villageName(), p.motherName());
    }

    /** Children whose name matches, for picking one to measure. */
    public static boolean matches(Child c, String query) {
        return SearchText.matchesWords(c.searchName(), SearchText.normalize(query));
    }
}
