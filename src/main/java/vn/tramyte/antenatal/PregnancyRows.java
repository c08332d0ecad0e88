package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;
import vn.tramyte.csvimport.CsvRow;
import vn.tramyte.csvimport.CsvTable;
import vn.tramyte.csvimport.Duplicates;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportProblem;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.csvimport.RowChange;
import vn.tramyte.csvimport.RowReader;
import vn.tramyte.csvimport.RowsRefused;
import vn.tramyte.db.Tx;
import vn.tramyte.importer.FileRows;
import vn.tramyte.importer.ImportSession;
import vn.tramyte.person.Person;
import vn.tramyte.person.PersonService;

/**
 * pregnancies.csv: one pregnancy per row, keyed by its ref. The rules that depend on other
 * files (another open pregnancy, the delivery date) are checked again when the rows are written.
 */
public final class PregnancyRows implements FileRows {
    record Row(CsvRow csv, String ref, String personRef, LocalDate lmp, LocalDate edd, Integer gravida,
               Integer para) {
    }

    private final AntenatalService antenatal;
    private final PersonService people;
    private final List<Row> rows = new ArrayList<>();

    public PregnancyRows(AntenatalService antenatal, PersonService people) {
        this.antenatal = antenatal;
        this.people = people;
    }

    @Override
    public ImportFile file() {
        return ImportFile.PREGNANCIES;
    }

    @Override
    public void check(CsvTable table, ImportSession session, ImportReport.Builder report) {
        report.problems(Duplicates.inColumn(table.rows(), "ref"));
        AntenatalImport shared = AntenatalImport.of(session);
        for (CsvRow csv : table.rows()) {
            RowReader r = new RowReader(csv, session.context(), report::problem);
            Optional<String> ref = r.ref("ref");
            Optional<String> personRef = r.ref("person_ref");
            Optional<LocalDate> lmp = r.date("lmp");
            Optional<LocalDate> edd = r.dateMayBeFuture("edd");
            Optional<Integer> gravida = r.integer("gravida", PregnancyValidator.GRAVIDA.min(),
                    PregnancyValidator.GRAVIDA.max());
            Optional<Integer> para = r.integer("para", PregnancyValidator.PARA.min(), PregnancyValidator.PARA.max());
            r.requireOneOf("lmp", "edd");
            if (!r.ok()) {
                continue;
            }
            Optional<ImportSession.KnownPerson> woman = session.person(personRef.get());
            if (woman.isEmpty()) {
                r.refNotFound("person_ref", ImportFile.PERSONS);
                continue;
            }
            ImportSession.KnownPerson w = woman.get();
            Person asPerson = asPerson(w, session, personRef.get());
            PregnancyDraft draft = new PregnancyDraft(null, lmp.orElse(null), edd.orElse(null), gravida.orElse(null),
                    para.orElse(null), null);
            for (Problem p : new PregnancyValidator().validate(asPerson, draft, null, List.of(),
                    session.context().today())) {
                // whether she is still pregnant depends on deliveries.csv: checked by checkWithOthers
                if (!"antenatal.problem.openPregnancyTooOld".equals(p.key())) {
                    r.problem(column(p.field()), p);
                }
            }
            if (r.ok()) {
                Row row = new Row(csv, ref.get(), personRef.get(), lmp.orElse(null), edd.orElse(null),
                        gravida.orElse(null), para.orElse(null));
                rows.add(row);
                Pregnancy p = Pregnancy.of(null, UUID.randomUUID(), draft);
                shared.fromFile.put(row.ref(), new AntenatalImport.KnownPregnancy(row.ref(), row.personRef(),
                        p.lmp(), p.edd()));
            }
        }
    }

    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "lmp", "edd", "gravida", "para" -> field;
            case "woman" -> "person_ref";
            default -> null;
        };
    }

    @Override
    public void apply(Tx tx, ImportSession session, ImportReport.Builder report) {
        String station = session.stationCode();
        AntenatalImport shared = AntenatalImport.of(session);
        // refs are unique in the file: what earlier imports stored is read once, not once per row
        java.util.Map<String, Pregnancy> stored = antenatal.imports().importedPregnancies(tx, station);
        List<Row> fresh = new ArrayList<>();
        List<AntenatalImportStore.NewImported> items = new ArrayList<>();
        List<ImportProblem> refused = new ArrayList<>();
        for (Row row : rows) {
            UUID woman = session.personId(row.personRef());
            Optional<Pregnancy> existing = Optional.ofNullable(stored.get(row.ref()));
            PregnancyDraft draft = new PregnancyDraft(existing.map(Pregnancy::id).orElse(null), row.lmp(), row.edd(),
                    row.gravida(), row.para(), existing.map(Pregnancy::riskNotes).orElse(null));
            if (unchanged(existing.orElse(null), woman, row)) {
                report.count(ImportFile.PREGNANCIES, RowChange.UNCHANGED);
                continue;
            }
            AntenatalImport.DeliveryRow delivery = shared.deliveries.get(row.ref());
            LocalDate delivered = delivery == null ? null : delivery.delivery().date();
            if (existing.isEmpty()) {
                // written with the other new ones below, in one batch
                fresh.add(row);
                items.add(new AntenatalImportStore.NewImported(woman, draft, row.ref(), delivered));
                report.count(ImportFile.PREGNANCIES, RowChange.NEW);
                continue;
            }
            try {
                antenatal.savePregnancy(tx, station, woman, draft, row.ref(), delivered);
            } catch (UserError e) {
                AntenatalImport.refuse(row.csv(), e.problems(), session, PregnancyRows::column, refused);
            }
            report.count(ImportFile.PREGNANCIES, RowChange.UPDATED);
        }
        antenatal.imports().registerNew(tx, station, items, endedByImport(stored, shared)).forEach((i, problems) ->
                AntenatalImport.refuse(fresh.get(i).csv(), problems, session, PregnancyRows::column, refused));
        if (!refused.isEmpty()) {
            throw new RowsRefused(refused);
        }
    }

    /** A stored pregnancy the row gives again as it is (her, the same dates and counts): nothing to write. */
    private static boolean unchanged(Pregnancy existing, UUID woman, Row row) {
        if (existing == null || !existing.womanId().equals(woman)) {
            return false;
        }
        Pregnancy wanted = Pregnancy.of(null, woman, new PregnancyDraft(null, row.lmp(), row.edd(), null, null, null));
        return existing.lmp().equals(wanted.lmp()) && existing.edd().equals(wanted.edd())
                && Objects.equals(existing.gravida(), row.gravida()) && Objects.equals(existing.para(), row.para());
    }

    /** Stored pregnancies whose delivery comes in this import's deliveries.csv, by id: the delivery's date. */
    private static java.util.Map<UUID, LocalDate> endedByImport(java.util.Map<String, Pregnancy> stored,
                                                             AntenatalImport shared) {
        java.util.Map<UUID, LocalDate> ended = new java.util.HashMap<>();
        stored.forEach((ref, p) -> {
            AntenatalImport.DeliveryRow delivery = shared.deliveries.get(ref);
            if (delivery != null) {
                ended.put(p.id(), delivery.delivery().date());
            }
        });
        return ended;
    }

    /**
     * Her other pregnancies (stored, and this file's before it) and the deliveries of deliveries.csv are
     * known now: a second open pregnancy, one overlapping another, and one too old to be still open with
     * no delivery are told with the other problems, before anything is written (the write checks again).
     */
    @Override
    public void checkWithOthers(ImportSession session, ImportReport.Builder report) {
        if (rows.isEmpty()) {
            return;
        }
        AntenatalImport shared = AntenatalImport.of(session);
        java.util.Set<UUID> storedWomen = new java.util.HashSet<>();
        rows.forEach(row -> session.person(row.personRef()).map(ImportSession.KnownPerson::id)
                .ifPresent(storedWomen::add));
        AntenatalImportStore.Stored stored = antenatal.imports().stored(session.stationCode(), storedWomen);
        java.util.Map<UUID, LocalDate> ended = endedByImport(stored.byRef(), shared);
        java.util.Map<String, List<Pregnancy>> hers = new java.util.HashMap<>();
        for (Row row : rows) {
            ImportSession.KnownPerson w = session.person(row.personRef()).orElseThrow();
            Pregnancy existing = stored.byRef().get(row.ref());
            if (unchanged(existing, w.id(), row) || shared.refusedDeliveries.contains(row.ref())) {
                continue; // as stored; or its delivery's line is refused: whether it ended is not known
            }
            List<Pregnancy> others = hers.computeIfAbsent(w.id() != null ? w.id().toString() : row.personRef(),
                    k -> new ArrayList<>(stored.byWoman().getOrDefault(w.id(), List.of()).stream()
                            .map(p -> ended.containsKey(p.id()) ? p.delivered(ended.get(p.id())) : p).toList()));
            AntenatalImport.DeliveryRow delivery = shared.deliveries.get(row.ref());
            LocalDate delivered = delivery != null ? delivery.delivery().date()
                    : existing != null ? existing.deliveryDate() : null;
            PregnancyDraft draft = new PregnancyDraft(existing == null ? null : existing.id(), row.lmp(), row.edd(),
                    row.gravida(), row.para(), null);
            RowReader r = new RowReader(row.csv(), session.context(), report::problem);
            for (Problem p : new PregnancyValidator().validate(asPerson(w, session, row.personRef()), draft, delivered,
                    others, session.context().today())) {
                r.problem(column(p.field()), p);
            }
            Pregnancy checked = Pregnancy.of(draft.id() != null ? draft.id() : UUID.randomUUID(), w.id(), draft)
                    .delivered(delivered);
            others.removeIf(p -> p.id().equals(checked.id()));
            others.add(checked);
        }
    }

    private static Person asPerson(ImportSession.KnownPerson w, ImportSession session, String personRef) {
        return new Person(w.id(), session.stationCode(), personRef, w.sex(), w.birthDate(), false,
                null, null, null, null, null, null, null);
    }
}
