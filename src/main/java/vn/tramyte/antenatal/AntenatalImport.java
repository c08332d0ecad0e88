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

    record DeliveryRow(int line, String pregnancyRef, Delivery delivery) {
    }

    record BirthRow(int line, String pregnancyRef, Baby baby, String childRef) {
    }

    final Map<String, KnownPregnancy> fromFile = new HashMap<>();
    final Map<String, DeliveryRow> deliveries = new HashMap<>();
    final Map<String, List<BirthRow>> births = new HashMap<>();
    /** Per pregnancy ref, what applying its delivery did: NEW, UPDATED or UNCHANGED. */
    final Map<String, vn.tramyte.csvimport.RowChange> deliveryChanges = new HashMap<>();

    static AntenatalImport of(ImportSession session) {
        return session.shared(AntenatalImport.class, AntenatalImport::new);
    }

    Optional<KnownPregnancy> pregnancy(String ref, AntenatalService service, String station) {
        KnownPregnancy p = fromFile.get(ref);
        if (p != null) {
            return Optional.of(p);
        }
        return service.findImportedPregnancy(station, ref).map(x -> new KnownPregnancy(ref, null, x.lmp(), x.edd()));
    }

    List<BirthRow> birthsOf(String pregnancyRef) {
        return births.computeIfAbsent(pregnancyRef, k -> new ArrayList<>());
    }
}
