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
    private final java.util.function.Function<String, Optional<KnownPerson>> fromRecords;

    ImportSession(String stationCode, ImportContext context,
                  java.util.function.Function<String, Optional<KnownPerson>> fromRecords) {
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
        return p != null ? Optional.of(p) : fromRecords.apply(ref);
    }
}
