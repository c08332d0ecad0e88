package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tramyte.common.Ids;
import vn.tramyte.common.Problem;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.AuditEntry;
import vn.tramyte.db.AuditText;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.person.Person;
import vn.tramyte.person.PersonService;

/**
 * What the antenatal files of an import read and write in bulk (issue 12): the stored pregnancies,
 * visit dates and deliveries read once per file, not once per row; new pregnancies and deliveries
 * written in one batch per table, each row checked by the rules a typed record meets, with the same
 * refs, change numbers and audit lines as one record at a time.
 */
final class AntenatalImportStore {
    /** A pregnancy of an import not stored yet; deliveryDate: its delivery in the same import, or null. */
    record NewImported(UUID womanId, PregnancyDraft draft, String importRef, LocalDate deliveryDate) {
    }

    private final Database db;
    private final AntenatalRepository repository;
    private final PersonService people;
    private final Ids ids;
    private final DeliveryRecorder deliveries;

    AntenatalImportStore(Database db, AntenatalRepository repository, PersonService people, Ids ids,
                         DeliveryRecorder deliveries) {
        this.db = db;
        this.repository = repository;
        this.people = people;
        this.ids = ids;
        this.deliveries = deliveries;
    }

    Optional<Pregnancy> findImportedPregnancy(String station, String importRef) {
        return db.read(tx -> repository.pregnancyByImportRef(tx, station, importRef));
    }

    /** Every pregnancy of the station's imports by its file's ref. */
    Map<String, Pregnancy> importedPregnancies(Tx tx, String station) {
        return repository.pregnanciesByImportRef(tx, station);
    }

    /** What the check before the write reads: the station's imported pregnancies by ref, and these women's. */
    record Stored(Map<String, Pregnancy> byRef, Map<UUID, List<Pregnancy>> byWoman) {
    }

    Stored stored(String station, java.util.Collection<UUID> womenIds) {
        return db.read(tx -> new Stored(repository.pregnanciesByImportRef(tx, station),
                repository.pregnanciesOfWomen(tx, womenIds)));
    }

    /** The visit dates of the station's imported pregnancies by the pregnancy's ref. */
    Map<String, List<LocalDate>> importedVisitDates(String station) {
        return db.read(tx -> repository.visitDatesByPregnancyRef(tx, station));
    }

    /** A station's stored deliveries by their pregnancy. */
    Map<UUID, StoredDelivery> deliveriesByPregnancy(Tx tx, String station) {
        return repository.deliveriesOfStation(tx, station).stream()
                .collect(Collectors.toMap(StoredDelivery::pregnancyId, d -> d, (a, b) -> a));
    }

    Map<Integer, List<Problem>> recordNewDeliveries(Tx tx, String station, List<DeliveryRecorder.Imported> items) {
        return deliveries.recordNew(tx, station, items);
    }

    /**
     * Registers an import's new pregnancies: each checked against the woman and her other pregnancies
     * (stored, and this import's before it, ended by their delivery in the import). Returns the problems
     * of each refused row by its place in the list; writes nothing unless there are none.
     *
     * @param endedByImport stored pregnancies whose delivery comes in this import, by id: its date
     */
    Map<Integer, List<Problem>> registerNew(Tx tx, String station, List<NewImported> items,
                                            Map<UUID, LocalDate> endedByImport) {
        Map<Integer, List<Problem>> refused = new LinkedHashMap<>();
        if (items.isEmpty()) {
            return refused;
        }
        LocalDate today = tx.now().toLocalDate();
        Set<UUID> womenIds = new HashSet<>();
        items.forEach(i -> womenIds.add(i.womanId()));
        Map<UUID, Person> women = people.findAll(tx, womenIds);
        Map<UUID, List<Pregnancy>> hers = new java.util.HashMap<>();
        repository.pregnanciesOfWomen(tx, womenIds).forEach((woman, stored) -> hers.put(woman, new ArrayList<>(
                stored.stream().map(p -> p.open() && endedByImport.containsKey(p.id())
                        ? p.delivered(endedByImport.get(p.id())) : p).toList())));
        List<AntenatalRepository.Stamped<Pregnancy>> rows = new ArrayList<>(items.size());
        Map<UUID, String> refs = new java.util.HashMap<>();
        List<AuditEntry> audit = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            NewImported item = items.get(i);
            Person woman = women.get(item.womanId());
            List<Pregnancy> others = hers.computeIfAbsent(item.womanId(), k -> new ArrayList<>());
            List<Problem> problems = woman == null ? List.of(Problem.of(null, "person.error.notFound"))
                    : new PregnancyValidator().validate(woman, item.draft(), item.deliveryDate(), others, today);
            if (!problems.isEmpty()) {
                refused.put(i, problems);
                continue;
            }
            Pregnancy p = Pregnancy.of(ids.next(), item.womanId(), item.draft());
            others.add(p.delivered(item.deliveryDate()));
            long seq = tx.nextChangeSeq();
            rows.add(new AntenatalRepository.Stamped<>(station, p, seq));
            refs.put(p.id(), item.importRef());
            audit.add(new AuditEntry(AntenatalService.PREGNANCY_TABLE, p.id(), AuditAction.INSERT, seq,
                    AuditText.created(AntenatalAuditFields.of(p))));
        }
        if (refused.isEmpty()) {
            repository.insertPregnancies(tx, rows, p -> refs.get(p.id()));
            tx.auditAll(audit);
        }
        return refused;
    }
}
