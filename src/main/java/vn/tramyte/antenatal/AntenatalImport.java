package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tramyte.importer.ImportSession;

/**
 * What pregnancies.csv, anc_visits.csv, deliveries.csv and births.csv of one import know of each
 * other: the pregnancies by ref (this import's, then the records'), deliveries and their babies.
 */
final class AntenatalImport {
    /** A pregnancy a ref names: from this import's file, or from the records. */
    record KnownPregnancy(String ref, String personRef, LocalDate lmp, LocalDate edd) {
    }

    record DeliveryRow(vn.tramyte.csvimport.CsvRow csv, String pregnancyRef, Delivery delivery) {
        int line() {
            return csv.line();
        }
    }

    record BirthRow(int line, String pregnancyRef, Baby baby, String childRef) {
    }

    final Map<String, KnownPregnancy> fromFile = new HashMap<>();
    final Map<String, DeliveryRow> deliveries = new HashMap<>();
    /** The pregnancy refs of deliveries.csv's rows that were refused: their births are not refused again. */
    final java.util.Set<String> refusedDeliveries = new java.util.HashSet<>();
    final Map<String, List<BirthRow>> births = new HashMap<>();
    /** Per pregnancy ref, what applying its delivery did: NEW, UPDATED or UNCHANGED. */
    final Map<String, vn.tramyte.csvimport.RowChange> deliveryChanges = new HashMap<>();

    /** Per pregnancy ref, the dates of this import's visits (anc_visits.csv): no delivery may come before one. */
    final Map<String, List<LocalDate>> visitDates = new HashMap<>();
    /** The same of the visits stored before, read once when a delivery is first checked. */
    private Map<String, List<LocalDate>> storedVisitDates;

    static AntenatalImport of(ImportSession session) {
        return session.shared(AntenatalImport.class, AntenatalImport::new);
    }

    Optional<KnownPregnancy> pregnancy(String ref, AntenatalService service, String station) {
        KnownPregnancy p = fromFile.get(ref);
        if (p != null) {
            return Optional.of(p);
        }
        return service.imports().findImportedPregnancy(station, ref).map(x -> new KnownPregnancy(ref, null, x.lmp(), x.edd()));
    }

    /** The dates of a pregnancy's visits once this import is written: stored before, and this import's. */
    List<LocalDate> visitDates(String ref, AntenatalService service, String station) {
        if (storedVisitDates == null) {
            storedVisitDates = service.imports().importedVisitDates(station);
        }
        List<LocalDate> dates = new ArrayList<>(storedVisitDates.getOrDefault(ref, List.of()));
        dates.addAll(visitDates.getOrDefault(ref, List.of()));
        return dates;
    }

    /**
     * A row the write refused by a rule it checks again on what is stored by then: told at its line, in the
     * cell of the problem's field ({@code column}); the import then throws {@link vn.tramyte.csvimport.RowsRefused}.
     */
    static void refuse(vn.tramyte.csvimport.CsvRow row, List<vn.tramyte.common.Problem> problems, ImportSession session,
                       java.util.function.Function<String, String> column,
                       List<vn.tramyte.csvimport.ImportProblem> refused) {
        vn.tramyte.csvimport.RowReader r = new vn.tramyte.csvimport.RowReader(row, session.context(), refused::add);
        problems.forEach(p -> r.problem(column.apply(p.field()), p));
    }

    List<BirthRow> birthsOf(String pregnancyRef) {
        return births.computeIfAbsent(pregnancyRef, k -> new ArrayList<>());
    }
}
