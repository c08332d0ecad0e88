package vn.tramyte.antenatal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.tramyte.csvimport.ContractCodes;
import vn.tramyte.csvimport.CsvRow;
import vn.tramyte.csvimport.CsvTable;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.csvimport.RowChange;
import vn.tramyte.csvimport.RowReader;
import vn.tramyte.db.Tx;
import vn.tramyte.importer.FileRows;
import vn.tramyte.importer.ImportSession;
import vn.tramyte.person.Sex;

/**
 * births.csv: one baby per row; the babies of a pregnancy, in file order, are the babies of its
 * delivery in deliveries.csv of the same import, and are written with it. A live birth names the
 * child's row of persons.csv.
 */
public final class BirthRows implements FileRows {
    private final List<AntenatalImport.BirthRow> rows = new ArrayList<>();

    @Override
    public ImportFile file() {
        return ImportFile.BIRTHS;
    }

    @Override
    public void check(CsvTable table, ImportSession session, ImportReport.Builder report) {
        AntenatalImport shared = AntenatalImport.of(session);
        Map<String, Integer> firstLine = new TreeMap<>();
        for (CsvRow csv : table.rows()) {
            RowReader r = new RowReader(csv, session.context(), report::problem);
            Optional<String> ref = r.ref("pregnancy_ref");
            Optional<String> outcome = r.code("outcome", ContractCodes.BIRTH_OUTCOMES);
            r.requireWhenValue("child_ref", "outcome", ContractCodes.LIVE_BIRTH);
            Optional<String> childRef = r.ref("child_ref");
            Optional<Sex> sex = r.sex("sex");
            Optional<Integer> weight = r.integer("weight_g", DeliveryValidator.BIRTH_WEIGHT_G.min(),
                    DeliveryValidator.BIRTH_WEIGHT_G.max());
            if (!r.ok()) {
                continue;
            }
            AntenatalImport.DeliveryRow delivery = shared.deliveries.get(ref.get());
            if (delivery == null && shared.refusedDeliveries.contains(ref.get())) {
                continue; // its delivery's line in deliveries.csv says what is wrong: not said again here
            }
            if (delivery == null) {
                r.problem("pregnancy_ref", "antenatal.import.birthWithoutDelivery", ref.get());
                continue;
            }
            BirthOutcome o = BirthOutcome.fromCode(outcome.get()).orElseThrow();
            Sex childSex = sex.orElse(null);
            if (o == BirthOutcome.LIVE) {
                Optional<ImportSession.KnownPerson> child = session.person(childRef.get());
                if (child.isEmpty()) {
                    r.refNotFound("child_ref", ImportFile.PERSONS);
                    continue;
                }
                if (!child.get().birthDate().equals(delivery.delivery().date())) {
                    r.problem("child_ref", "antenatal.import.childBornOtherDay", childRef.get(),
                            vn.tramyte.common.DateText.show(child.get().birthDate(), false),
                            vn.tramyte.common.DateText.show(delivery.delivery().date(), false));
                    continue;
                }
                childSex = childSex != null ? childSex : child.get().sex();
            }
            List<AntenatalImport.BirthRow> babies = shared.birthsOf(ref.get());
            if (babies.size() >= Delivery.MAX_BABIES) {
                r.problem("pregnancy_ref", "antenatal.import.tooManyBabies", ref.get(), Delivery.MAX_BABIES);
                continue;
            }
            AntenatalImport.BirthRow row = new AntenatalImport.BirthRow(csv.line(), ref.get(),
                    new Baby(o, childSex, weight.orElse(null)), o == BirthOutcome.LIVE ? childRef.get() : null);
            babies.add(row);
            rows.add(row);
            firstLine.putIfAbsent(ref.get(), csv.line());
        }
        for (AntenatalImport.DeliveryRow d : shared.deliveries.values()) {
            if (shared.birthsOf(d.pregnancyRef()).isEmpty()) {
                report.problem(vn.tramyte.csvimport.ImportProblem.ofLine(ImportFile.DELIVERIES.fileName(), d.line(),
                        "antenatal.import.deliveryWithoutBirths", d.pregnancyRef()));
            }
        }
    }

    @Override
    public void apply(Tx tx, ImportSession session, ImportReport.Builder report) {
        AntenatalImport shared = AntenatalImport.of(session);
        for (AntenatalImport.BirthRow row : rows) {
            report.count(ImportFile.BIRTHS, shared.deliveryChanges.getOrDefault(row.pregnancyRef(), RowChange.NEW));
        }
    }
}
