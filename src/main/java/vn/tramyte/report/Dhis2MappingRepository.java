package vn.tramyte.report;

import static vn.tramyte.db.generated.Tables.DHIS2_MAPPING;

import java.util.List;
import vn.tramyte.db.Tx;
import vn.tramyte.db.generated.tables.records.Dhis2MappingRecord;
import vn.tramyte.place.CodeList;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;

/** The only class that reads and writes the dhis2_mapping table and the mapping's version. */
public final class Dhis2MappingRepository {
    static final String VERSION_NAME = "dhis2_mapping";

    public List<Dhis2Line> all(Tx tx) {
        return tx.dsl().selectFrom(DHIS2_MAPPING)
                .orderBy(DHIS2_MAPPING.KIND, DHIS2_MAPPING.CODE_LIST, DHIS2_MAPPING.PLACE_CODE, DHIS2_MAPPING.INDICATOR,
                        DHIS2_MAPPING.POPULATION, DHIS2_MAPPING.COUNT_PART)
                .fetch(Dhis2MappingRepository::toLine);
    }

    public int version(Tx tx) {
        return vn.tramyte.db.ReferenceVersionRepository.version(tx, VERSION_NAME);
    }

    /** Replaces the whole set and records its version. */
    public void replace(Tx tx, List<Dhis2Line> lines, int version) {
        tx.dsl().deleteFrom(DHIS2_MAPPING).execute();
        for (Dhis2Line l : lines) {
            Dhis2MappingRecord r = tx.dsl().newRecord(DHIS2_MAPPING);
            r.setKind(l.kind().code());
            r.setCodeList(l.codeList() == null ? "" : l.codeList().code());
            r.setPlaceCode(l.placeCode() == null ? "" : l.placeCode());
            r.setIndicator(l.indicator() == null ? "" : l.indicator().code());
            r.setPopulation(l.population() == null ? "" : l.population().code());
            r.setCountPart(l.part() == null ? "" : l.part().code());
            r.setDhis2Code(l.code());
            r.setCategoryOptionCombo(l.categoryOptionCombo());
            r.setUpdatedAt(tx.now());
            r.setUpdatedBy(tx.user());
            r.store();
        }
        vn.tramyte.db.ReferenceVersionRepository.record(tx, VERSION_NAME, version);
    }

    private static Dhis2Line toLine(Dhis2MappingRecord r) {
        return new Dhis2Line(Dhis2Line.Kind.fromCode(r.getKind()).orElseThrow(),
                r.getCodeList().isEmpty() ? null : CodeList.fromCode(r.getCodeList()),
                r.getPlaceCode().isEmpty() ? null : r.getPlaceCode(),
                Indicator.fromCode(r.getIndicator()).orElse(null), Population.fromCode(r.getPopulation()).orElse(null),
                Dhis2Line.Part.fromCode(r.getCountPart()).orElse(null), r.getDhis2Code(), r.getCategoryOptionCombo());
    }
}
