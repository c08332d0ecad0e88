package vn.tramyte.place;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tramyte.common.Ids;
import vn.tramyte.common.SearchText;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.AuditText;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;

/** Places, villages and this installation's identity. */
public final class PlaceService {
    public static final String VILLAGE_TABLE = "village";

    private final Database db;
    private final PlaceRepository repository;
    private final ReferencePlaces reference;
    private final Ids ids;

    public PlaceService(Database db, PlaceRepository repository, ReferencePlaces reference, Ids ids) {
        this.db = db;
        this.repository = repository;
        this.reference = reference;
        this.ids = ids;
    }

    /** Puts the bundled places into the database; places already there are left as they are. */
    public void ensureReferenceData(Tx tx) {
        Missing missing = missing(tx);
        missing.places().forEach(p -> repository.insertIfMissing(tx, p, tx.now()));
        missing.merges().forEach(m -> repository.insertMergeIfMissing(tx, m));
    }

    /** Whether every bundled place and merge is in the database (two queries: SetupService#hasReferenceData). */
    public boolean hasReferenceData(Tx tx) {
        Missing missing = missing(tx);
        return missing.places().isEmpty() && missing.merges().isEmpty();
    }

    private record Missing(List<Place> places, List<ReferencePlaces.Merge> merges) {
    }

    /** The bundled places and merges the database does not have (read in two queries). */
    private Missing missing(Tx tx) {
        java.util.Set<UUID> places = repository.placeIds(tx);
        java.util.Set<List<UUID>> merges = repository.mergeKeys(tx);
        return new Missing(reference.places().stream().filter(p -> !places.contains(p.id())).toList(),
                reference.merges().stream().filter(m -> !merges.contains(mergeKey(m))).toList());
    }

    private static List<UUID> mergeKey(ReferencePlaces.Merge m) {
        return List.of(m.newPlace().id(), m.oldPlace().id());
    }

    public Optional<Installation> installation() {
        return db.read(this::installation);
    }

    public Optional<Installation> installation(Tx tx) {
        return repository.installation(tx);
    }

    /** The station that owns what is written here, or null at a centre (which sees every station). */
    public String ownStationCode(Tx tx) {
        return installation(tx).map(Installation::stationCode).orElse(null);
    }

    /** The places a new installation can be set up for: stations of a code list, or centres. */
    public List<Place> choices(Mode mode, CodeList list) {
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        return db.read(tx -> repository.places(tx, mode.supervises() ? CodeList.Y2024 : list, mode.placeLevel()))
                .stream().sorted(java.util.Comparator.comparing(Place::shortName, vietnamese)).toList();
    }

    public Optional<Place> find(Mode mode, CodeList list, String code) {
        return db.read(tx -> find(tx, mode, list, code));
    }

    /** The same, inside a transaction already open. */
    public Optional<Place> find(Tx tx, Mode mode, CodeList list, String code) {
        return repository.find(tx, mode.supervises() ? CodeList.Y2024 : list, mode.placeLevel(), code);
    }

    /** The commune stations a centre supervises, in the centre's own code list (a province: all its centres'). */
    public List<Place> stationsOf(Place centre) {
        return db.read(tx -> stationsOf(tx, centre));
    }

    /** The same, inside a transaction already open. */
    public List<Place> stationsOf(Tx tx, Place centre) {
        if (centre.level() == PlaceLevel.PROVINCE) {
            return centresOf(tx, centre).stream().flatMap(c -> stationsOf(tx, c).stream()).toList();
        }
        return repository.children(tx, centre.id()).stream()
                .filter(p -> p.level() == PlaceLevel.STATION && p.codeList() == centre.codeList()).toList();
    }

    /** The centres of a province, in the order of their codes. */
    public List<Place> centresOf(Place province) {
        return db.read(tx -> centresOf(tx, province));
    }

    /** The same, inside a transaction already open. */
    public List<Place> centresOf(Tx tx, Place province) {
        return repository.children(tx, province.id()).stream()
                .filter(p -> p.level() == PlaceLevel.CENTRE && p.codeList() == province.codeList())
                .sorted(java.util.Comparator.comparing(Place::code)).toList();
    }

    /** The communes whose records this installation shows: its own at a station, its stations' at a centre. */
    public Communes communes() {
        return db.read(this::communes);
    }

    public Communes communes(Tx tx) {
        Installation inst = installation(tx).orElseThrow(() -> new IllegalStateException("not set up"));
        if (inst.mode() == Mode.STATION) {
            return new Communes(inst.place(), false, List.of(inst.place()));
        }
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        return new Communes(inst.place(), true, stationsOf(tx, inst.place()).stream()
                .sorted(java.util.Comparator.comparing(Place::shortName, vietnamese)).toList());
    }

    /**
     * The station whose records a list shows: this station's own at a station (whatever was
     * asked), the chosen commune at a centre, every station (null) when none is chosen.
     */
    public String listScope(Tx tx, String commune) {
        String own = ownStationCode(tx);
        if (own != null) {
            return own;
        }
        return commune == null || commune.isBlank() ? null : commune;
    }

    /**
     * The communes of the 1 July 2025 reform that a centre's stations were merged into, each with
     * the centre's stations it holds (the other stations merged into it belong to other centres),
     * in the order of their codes. A station no merge names is left out.
     */
    public java.util.Map<Place, List<Place>> communes2025Of(Place centre) {
        List<Place> stations = stationsOf(centre);
        java.util.Set<UUID> ours = stations.stream().map(Place::id).collect(java.util.stream.Collectors.toSet());
        java.util.Map<Place, List<Place>> communes = new java.util.LinkedHashMap<>();
        for (ReferencePlaces.Merge m : db.read(repository::merges)) {
            if (ours.contains(m.oldPlace().id())) {
                communes.computeIfAbsent(m.newPlace(), k -> new java.util.ArrayList<>()).add(m.oldPlace());
            }
        }
        return communes;
    }

    /** Sets this installation up once: its mode and place. Refused when it is already set up. */
    public Installation setUp(Tx tx, Mode mode, Place place, boolean demo) {
        if (repository.installation(tx).isPresent()) {
            throw new UserError("setup.error.alreadySetUp");
        }
        if (place.level() != mode.placeLevel()) {
            throw new UserError("setup.error.placeNotForMode", place.label());
        }
        repository.insertInstallation(tx, ids.next(), mode, place, demo, tx.now());
        return repository.installation(tx).orElseThrow();
    }

    /** A station's villages inside the caller's transaction. */
    public List<Village> villages(Tx tx, String stationCode) {
        return repository.villages(tx, stationCode);
    }

    public List<Village> villages(String stationCode) {
        return db.read(tx -> repository.villages(tx, stationCode));
    }

    /** The villages of this station (all stations' at a centre). */
    public List<Village> ownVillages() {
        return db.read(tx -> repository.villages(tx, ownStationCode(tx)));
    }

    public Optional<Village> village(Tx tx, UUID id) {
        return repository.village(tx, id);
    }

    /** The station's village of that name (diacritics and case ignored), added when it has none. */
    public Village villageNamed(Tx tx, String stationCode, String name) {
        String wanted = SearchText.normalize(name);
        return repository.villages(tx, stationCode).stream()
                .filter(v -> SearchText.normalize(v.name()).equals(wanted)).findFirst()
                .orElseGet(() -> addVillage(tx, stationCode, name));
    }

    /** Adds a village to a station; a name the station already has is refused. */
    public Village addVillage(Tx tx, String stationCode, String name) {
        String clean = SearchText.clean(name);
        if (clean.isEmpty()) {
            throw new UserError("village.error.nameRequired");
        }
        boolean taken = repository.villages(tx, stationCode).stream()
                .anyMatch(v -> SearchText.normalize(v.name()).equals(SearchText.normalize(clean)));
        if (taken) {
            throw new UserError("village.error.duplicate", clean);
        }
        Village v = new Village(ids.next(), stationCode, clean);
        long seq = tx.nextChangeSeq();
        repository.insertVillage(tx, v, seq);
        tx.audit(VILLAGE_TABLE, v.id(), AuditAction.INSERT, seq,
                AuditText.created(java.util.Map.of("station_code", stationCode, "name", clean)));
        return v;
    }
}
