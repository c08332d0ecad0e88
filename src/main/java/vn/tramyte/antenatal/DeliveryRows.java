package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;
import vn.tramyte.csvimport.ContractCodes;
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
import vn.tramyte.person.PersonService;

/**
 * deliveries.csv: one delivery per pregnancy, keyed by the pregnancy ref. Its babies are the
 * rows of births.csv with the same pregnancy ref, in file order; both are written together.
 */
public final class DeliveryRows implements FileRows {
    private final AntenatalService antenatal;
    private final PersonService people;
    private final List<AntenatalImport.DeliveryRow> rows = new ArrayList<>();

    public DeliveryRows(AntenatalService antenatal, PersonService people) {
        this.antenatal = antenatal;
        this.people = people;
    }

    @Override
    public ImportFile file() {
        return ImportFile.DELIVERIES;
    }

    @Override
    public void check(CsvTable table, ImportSession session, ImportReport.Builder report) {
        report.problems(Duplicates.inColumn(table.rows(), "pregnancy_ref"));
        AntenatalImport shared = AntenatalImport.of(session);
        for (CsvRow csv : table.rows()) {
            RowReader r = new RowReader(csv, session.context(), report::problem);
            Optional<String> ref = r.ref("pregnancy_ref");
            Optional<LocalDate> date = r.date("date");
            Optional<String> place = r.code("place", ContractCodes.EVENT_PLACES);
            Optional<String> attendant = r.code("attendant", ContractCodes.ATTENDANTS);
            Optional<String> mother = r.code("mother_outcome", ContractCodes.MOTHER_OUTCOMES);
            if (!r.ok()) {
                ref.ifPresent(shared.refusedDeliveries::add);
                continue;
            }
            Optional<AntenatalImport.KnownPregnancy> pregnancy = shared.pregnancy(ref.get(), antenatal,
                    session.stationCode());
            if (pregnancy.isEmpty()) {
                r.refNotFound("pregnancy_ref", ImportFile.PREGNANCIES);
                shared.refusedDeliveries.add(ref.get());
                continue;
            }
            Delivery d = new Delivery(date.get(), DeliveryPlace.fromCode(place.get()).orElseThrow(),
                    Attendant.fromCode(attendant.get()).orElseThrow(),
                    mother.flatMap(MotherOutcome::fromCode).orElse(MotherOutcome.ALIVE), List.of());
            Pregnancy p = new Pregnancy(null, null, pregnancy.get().lmp(), pregnancy.get().edd(), null, null, null,
                    null);
            List<LocalDate> visits = shared.visitDates(ref.get(), antenatal, session.stationCode());
            for (Problem problem : new DeliveryValidator().validate(d, p, visits, session.context().today())) {
                // the babies are in births.csv: checked there
                if (!"antenatal.problem.babyCountOutOfRange".equals(problem.key())) {
                    r.problem(column(problem.field()), problem);
                }
            }
            if (r.ok()) {
                AntenatalImport.DeliveryRow row = new AntenatalImport.DeliveryRow(csv, ref.get(), d);
                rows.add(row);
                shared.deliveries.put(ref.get(), row);
            } else {
                shared.refusedDeliveries.add(ref.get());
            }
        }
    }

    @Override
    public void apply(Tx tx, ImportSession session, ImportReport.Builder report) {
        String station = session.stationCode();
        AntenatalImport shared = AntenatalImport.of(session);
        // pregnancies.csv was applied before: every ref names a stored pregnancy, read here at once
        java.util.Map<String, Pregnancy> pregnancies = antenatal.imports().importedPregnancies(tx, station);
        java.util.Map<UUID, StoredDelivery> stored = antenatal.imports().deliveriesByPregnancy(tx, station);
        List<DeliveryRecorder.Imported> fresh = new ArrayList<>();
        List<AntenatalImport.DeliveryRow> freshRows = new ArrayList<>();
        List<ImportProblem> refused = new ArrayList<>();
        for (AntenatalImport.DeliveryRow row : rows) {
            Pregnancy p = Objects.requireNonNull(pregnancies.get(row.pregnancyRef()), row.pregnancyRef());
            List<NewBaby> babies = new ArrayList<>();
            for (AntenatalImport.BirthRow b : shared.birthsOf(row.pregnancyRef())) {
                UUID child = b.childRef() == null ? null
                        : session.personId(b.childRef());
                babies.add(new NewBaby(b.baby(), null, child));
            }
            StoredDelivery existing = stored.get(p.id());
            RowChange change;
            if (existing == null) {
                // written with the other new ones below, in one batch per table
                fresh.add(new DeliveryRecorder.Imported(p, row.delivery(), babies, row.pregnancyRef()));
                freshRows.add(row);
                change = RowChange.NEW;
            } else if (same(existing, row.delivery(), babies)) {
                change = RowChange.UNCHANGED;
            } else {
                try {
                    antenatal.recordDelivery(tx, station, p.womanId(), p.id(), null, row.delivery(), babies,
                            row.pregnancyRef());
                } catch (UserError e) {
                    AntenatalImport.refuse(row.csv(), e.problems(), session, DeliveryRows::column, refused);
                }
                change = RowChange.UPDATED;
            }
            shared.deliveryChanges.put(row.pregnancyRef(), change);
            report.count(ImportFile.DELIVERIES, change);
        }
        antenatal.imports().recordNewDeliveries(tx, station, fresh).forEach((i, problems) ->
                AntenatalImport.refuse(freshRows.get(i).csv(), problems, session, DeliveryRows::column, refused));
        if (!refused.isEmpty()) {
            throw new RowsRefused(refused);
        }
    }

    /** The cell a delivery's problem is told in: its date, else the line. */
    private static String column(String field) {
        return "date".equals(field) ? "date" : null;
    }

    private static boolean same(StoredDelivery stored, Delivery d, List<NewBaby> babies) {
        Delivery s = stored.delivery();
        if (!(s.date().equals(d.date()) && s.place() == d.place() && s.attendant() == d.attendant()
                && s.motherOutcome() == d.motherOutcome() && stored.births().size() == babies.size())) {
            return false;
        }
        for (int i = 0; i < babies.size(); i++) {
            StoredBirth b = stored.births().get(i);
            if (!b.baby().equals(babies.get(i).baby())
                    || !Objects.equals(b.childId(), babies.get(i).existingChildId())) {
                return false;
            }
        }
        return true;
    }
}
