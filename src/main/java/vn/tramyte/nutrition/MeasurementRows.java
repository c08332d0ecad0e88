package vn.tramyte.nutrition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tramyte.common.Problem;
import vn.tramyte.csvimport.ContractCodes;
import vn.tramyte.csvimport.CsvRow;
import vn.tramyte.csvimport.CsvTable;
import vn.tramyte.csvimport.Duplicates;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.csvimport.RowChange;
import vn.tramyte.csvimport.RowReader;
import vn.tramyte.db.Tx;
import vn.tramyte.importer.FileRows;
import vn.tramyte.importer.ImportSession;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.person.PersonService;

/**
 * measurements.csv: one weighing per row, keyed by person and date, so a re-import changes
 * nothing and a corrected file updates the weighing it names. Implausible values are kept
 * (and flagged on screen), as WHO tools do; values outside the physical ranges are refused.
 */
public final class MeasurementRows implements FileRows {
    record Row(int line, String personRef, LocalDate date, Double weightKg, Double lengthCm, Position position,
               boolean oedema, Integer muacMm) {

        /** The key kept with the weighing: the register's person ref and the date. */
        String importRef() {
            return personRef + "@" + date;
        }
    }

    private final NutritionService nutrition;
    private final PersonService people;
    private final List<Row> rows = new ArrayList<>();

    public MeasurementRows(NutritionService nutrition, PersonService people) {
        this.nutrition = nutrition;
        this.people = people;
    }

    @Override
    public ImportFile file() {
        return ImportFile.MEASUREMENTS;
    }

    @Override
    public void check(CsvTable table, ImportSession session, ImportReport.Builder report) {
        report.problems(Duplicates.byKey(table.rows(), "date", "person_ref + date",
                r -> r.get("person_ref") + "@" + r.get("date")));
        for (CsvRow csv : table.rows()) {
            RowReader r = new RowReader(csv, session.context(), report::problem);
            Optional<String> ref = r.ref("person_ref");
            Optional<LocalDate> date = r.date("date");
            Optional<BigDecimal> weight = r.decimal("weight_kg", MeasurementRules.MIN_WEIGHT_KG,
                    MeasurementRules.MAX_WEIGHT_KG);
            Optional<BigDecimal> length = r.decimal("length_cm", MeasurementRules.MIN_LENGTH_CM,
                    MeasurementRules.MAX_LENGTH_CM);
            Optional<String> position = r.code("position", ContractCodes.POSITIONS);
            Optional<Boolean> oedema = r.yesNo("oedema");
            Optional<Integer> muac = r.integer("muac_mm", MeasurementRules.MIN_MUAC_MM, MeasurementRules.MAX_MUAC_MM);
            if (!r.ok()) {
                continue;
            }
            Optional<ImportSession.KnownPerson> child = session.person(ref.get());
            if (child.isEmpty()) {
                r.refNotFound("person_ref", ImportFile.PERSONS);
                continue;
            }
            LocalDate birth = child.get().birthDate();
            Position pos = position.flatMap(Position::parse).orElse(MeasurementRules.defaultPosition(birth, date.get()));
            Row row = new Row(csv.line(), ref.get(), date.get(), weight.map(BigDecimal::doubleValue).orElse(null),
                    length.map(BigDecimal::doubleValue).orElse(null), pos, oedema.orElse(false), muac.orElse(null));
            for (Problem p : MeasurementRules.check(draft(row, null, null), birth, session.context().today())) {
                r.problem("date".equals(p.field()) ? "date" : null, p);
            }
            if (r.ok()) {
                rows.add(row);
            }
        }
    }

    private static MeasurementDraft draft(Row row, java.util.UUID id, java.util.UUID person) {
        return new MeasurementDraft(id, person, row.date(), row.weightKg(), row.lengthCm(),
                row.lengthCm() == null ? null : row.position(), row.oedema(), row.muacMm());
    }

    @Override
    public void apply(Tx tx, ImportSession session, ImportReport.Builder report) {
        String station = session.stationCode();
        java.util.Map<String, Measurement> stored = nutrition.importedMeasurements(tx, station);
        java.util.Map<java.util.UUID, vn.tramyte.person.PersonRow> children = nutrition.childrenOfStation(tx);
        for (Row row : rows) {
            java.util.UUID person = session.personId(row.personRef());
            Optional<Measurement> existing = Optional.ofNullable(stored.get(row.importRef()));
            MeasurementDraft d = draft(row, existing.map(Measurement::id).orElse(null), person);
            if (existing.isPresent() && same(existing.get(), d)) {
                report.count(ImportFile.MEASUREMENTS, RowChange.UNCHANGED);
                continue;
            }
            nutrition.saveImported(tx, station, d, row.importRef(),
                    children.computeIfAbsent(person, id -> nutrition.child(tx, id)), existing);
            report.count(ImportFile.MEASUREMENTS, existing.isPresent() ? RowChange.UPDATED : RowChange.NEW);
        }
    }

    private static boolean same(Measurement m, MeasurementDraft d) {
        return m.personId().equals(d.personId()) && m.date().equals(d.date())
                && java.util.Objects.equals(m.weightKg(), d.weightKg()) && java.util.Objects.equals(m.lengthCm(), d.lengthCm())
                && m.position() == d.position() && m.oedema() == d.oedema() && java.util.Objects.equals(m.muacMm(), d.muacMm());
    }
}
