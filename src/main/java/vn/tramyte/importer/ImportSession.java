package vn.tramyte.importer;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.tramyte.csvimport.ImportContext;
import vn.tramyte.person.Sex;

/**
 * What the files of one import know about each other while they are checked: the people of
 * persons.csv by ref, and those of earlier imports found in the records.
 */
public final class ImportSession {
    /** A person a ref names: from this import (id null until applied) or from the records. */
    public record KnownPerson(String ref, UUID id, Sex sex, LocalDate birthDate, int line) {
    }

    private final String stationCode;
    private final ImportContext context;
    private final Map<String, KnownPerson> fromFile = new HashMap<>();
    /** The people of earlier imports by ref, read once (not one query per row). */
    private final Map<String, KnownPerson> fromRecords;
    /** The ids persons.csv gave its people when it was applied. */
    private final Map<String, UUID> applied = new HashMap<>();

    ImportSession(String stationCode, ImportContext context, Map<String, KnownPerson> fromRecords) {
        this.stationCode = stationCode;
        this.context = context;
        this.fromRecords = fromRecords;
    }

    private final Map<Class<?>, Object> shared = new HashMap<>();

    /**
     * State several files of one feature share during one import (pregnancies named by visits,
     * births belonging to deliveries), made on first use.
     */
    public <T> T shared(Class<T> type, java.util.function.Supplier<T> make) {
        return type.cast(shared.computeIfAbsent(type, k -> make.get()));
    }

    public String stationCode() {
        return stationCode;
    }

    public ImportContext context() {
        return context;
    }

    public void addFromFile(KnownPerson p) {
        fromFile.put(p.ref(), p);
    }

    /** The person a ref names: this import's persons.csv first (it may correct the records), then the records. */
    public Optional<KnownPerson> person(String ref) {
        KnownPerson p = fromFile.get(ref);
        return p != null ? Optional.of(p) : Optional.ofNullable(fromRecords.get(ref));
    }

    /** The id of a person of earlier imports (null when the ref is new to the records). */
    public UUID recordedId(String ref) {
        KnownPerson p = fromRecords.get(ref);
        return p == null ? null : p.id();
    }

    /** persons.csv was applied: the person of this ref has this id now. */
    public void applied(String ref, UUID id) {
        applied.put(ref, id);
    }

    /**
     * While the import is applied, after persons.csv: the id of the person a ref names (this import's
     * or the records'). Every ref was checked before, so an unknown one is a fault of the program.
     */
    public UUID personId(String ref) {
        UUID id = applied.get(ref);
        if (id == null) {
            id = recordedId(ref);
        }
        if (id == null) {
            throw new IllegalStateException("person ref not resolved: " + ref);
        }
        return id;
    }
}
