package vn.tramyte.antenatal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tramyte.common.Problem;
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

/** anc_visits.csv: one visit per row, keyed by pregnancy ref and date (a re-import changes nothing). */
public final class AncVisitRows implements FileRows {
    record Row(int line, String pregnancyRef, AncVisit visit) {
        String importRef() {
            return pregnancyRef + "@" + visit.date();
        }
    }

    private final AntenatalService antenatal;
    private final List<Row> rows = new ArrayList<>();

    public AncVisitRows(AntenatalService antenatal) {
        this.antenatal = antenatal;
    }

    @Override
    public ImportFile file() {
        return ImportFile.ANC_VISITS;
    }

    @Override
    public void check(CsvTable table, ImportSession session, ImportReport.Builder report) {
        report.problems(Duplicates.byKey(table.rows(), "date", "pregnancy_ref + date",
                r -> r.get("pregnancy_ref") + "@" + r.get("date")));
        AntenatalImport shared = AntenatalImport.of(session);
        for (CsvRow csv : table.rows()) {
            RowReader r = new RowReader(csv, session.context(), report::problem);
            Optional<String> ref = r.ref("pregnancy_ref");
            Optional<LocalDate> date = r.date("date");
            Optional<BigDecimal> weight = r.decimal("weight_kg", AncVisitValidator.WEIGHT_KG.min(),
                    AncVisitValidator.WEIGHT_KG.max());
            Optional<Integer> sys = r.integer("bp_systolic", AncVisitValidator.SYSTOLIC_MMHG.min(),
                    AncVisitValidator.SYSTOLIC_MMHG.max());
            Optional<Integer> dia = r.integer("bp_diastolic", AncVisitValidator.DIASTOLIC_MMHG.min(),
                    AncVisitValidator.DIASTOLIC_MMHG.max());
            Optional<BigDecimal> fundal = r.decimal("fundal_height_cm", AncVisitValidator.FUNDAL_HEIGHT_CM.min(),
                    AncVisitValidator.FUNDAL_HEIGHT_CM.max());
            Optional<String> tt = r.text("tetanus_dose");
            Optional<Boolean> iron = r.yesNo("iron_folic");
            TetanusDose dose = null;
            if (tt.isPresent()) {
                dose = TetanusDose.parse(tt.get()).orElse(null);
                if (dose == null) {
                    r.problem("tetanus_dose", "antenatal.import.unknownTetanusDose", tt.get());
                }
            }
            if (!r.ok()) {
                continue;
            }
            Optional<AntenatalImport.KnownPregnancy> pregnancy = shared.pregnancy(ref.get(), antenatal,
                    session.stationCode());
            if (pregnancy.isEmpty()) {
                r.refNotFound("pregnancy_ref", ImportFile.PREGNANCIES);
                continue;
            }
            AncVisit visit = new AncVisit(date.get(), weight.map(BigDecimal::doubleValue).orElse(null),
                    sys.orElse(null), dia.orElse(null), fundal.map(BigDecimal::doubleValue).orElse(null), null, null,
                    null, null, dose, iron.orElse(false), null, null);
            Pregnancy p = new Pregnancy(null, null, pregnancy.get().lmp(), pregnancy.get().edd(), null, null, null,
                    null);
            for (Problem problem : new AncVisitValidator().validate(visit, p, session.context().today())) {
                r.problem(column(problem.field()), problem);
            }
            if (r.ok()) {
                rows.add(new Row(csv.line(), ref.get(), visit));
                shared.visitDates.computeIfAbsent(ref.get(), k -> new ArrayList<>()).add(date.get());
            }
        }
    }

    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "date" -> "date";
            case "weightKg" -> "weight_kg";
            case "systolicMmHg" -> "bp_systolic";
            case "diastolicMmHg" -> "bp_diastolic";
            case "fundalHeightCm" -> "fundal_height_cm";
            default -> null;
        };
    }

    @Override
    public void apply(Tx tx, ImportSession session, ImportReport.Builder report) {
        String station = session.stationCode();
        java.util.Map<String, StoredVisit> stored = antenatal.importedVisits(tx, station);
        // pregnancies.csv was applied before: every ref names a stored pregnancy, read here at once
        java.util.Map<String, Pregnancy> pregnancies = antenatal.imports().importedPregnancies(tx, station);
        for (Row row : rows) {
            Pregnancy p = java.util.Objects.requireNonNull(pregnancies.get(row.pregnancyRef()), row.pregnancyRef());
            Optional<StoredVisit> existing = Optional.ofNullable(stored.get(row.importRef()));
            AncVisit wanted = existing.map(e -> merged(e.visit(), row.visit())).orElse(row.visit());
            if (existing.isPresent() && existing.get().visit().equals(wanted)
                    && existing.get().pregnancyId().equals(p.id())) {
                report.count(ImportFile.ANC_VISITS, RowChange.UNCHANGED);
                continue;
            }
            antenatal.saveVisit(tx, station, p, existing.map(StoredVisit::id).orElse(null), wanted,
                    row.importRef());
            report.count(ImportFile.ANC_VISITS, existing.isPresent() ? RowChange.UPDATED : RowChange.NEW);
        }
    }

    /** The file's columns over a stored visit: what the file does not have (tests, examiner) stays. */
    private static AncVisit merged(AncVisit stored, AncVisit file) {
        return new AncVisit(file.date(), file.weightKg(), file.systolicMmHg(), file.diastolicMmHg(),
                file.fundalHeightCm(), stored.fetalHeart(), stored.urineProtein(), stored.hivTest(),
                stored.haemoglobinGPerDl(), file.tetanusDose(), file.ironFolicGiven(),
                file.ironFolicGiven() ? stored.ironFolicTablets() : null, stored.examiner());
    }
}
