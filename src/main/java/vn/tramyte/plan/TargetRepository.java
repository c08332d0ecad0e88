package vn.tramyte.plan;

import static vn.tramyte.db.generated.Tables.PLAN_TARGET;

import java.util.List;
import vn.tramyte.db.Tx;
import vn.tramyte.db.generated.tables.records.PlanTargetRecord;
import vn.tramyte.place.CodeList;

/** The only class that reads and writes the plan_target table and the targets' version. */
public final class TargetRepository {
    static final String VERSION_NAME = "plan_target";

    /** Every target, by place, year, indicator and population. */
    public List<PlanTarget> all(Tx tx) {
        return tx.dsl().selectFrom(PLAN_TARGET)
                .orderBy(PLAN_TARGET.CODE_LIST, PLAN_TARGET.PLACE_CODE, PLAN_TARGET.PLAN_YEAR, PLAN_TARGET.INDICATOR,
                        PLAN_TARGET.POPULATION)
                .fetch(TargetRepository::toTarget);
    }

    public int version(Tx tx) {
        return vn.tramyte.db.ReferenceVersionRepository.version(tx, VERSION_NAME);
    }

    /** Replaces the whole set and records its version. */
    public void replace(Tx tx, List<PlanTarget> targets, int version) {
        tx.dsl().deleteFrom(PLAN_TARGET).execute();
        for (PlanTarget t : targets) {
            PlanTargetRecord r = tx.dsl().newRecord(PLAN_TARGET);
            r.setCodeList(t.codeList().code());
            r.setPlaceCode(t.placeCode());
            r.setPlanYear(t.year());
            r.setIndicator(t.indicator().code());
            r.setPopulation(t.population().code());
            r.setBound(t.bound().code());
            r.setTarget(t.target());
            r.setUpdatedAt(tx.now());
            r.setUpdatedBy(tx.user());
            r.store();
        }
        vn.tramyte.db.ReferenceVersionRepository.record(tx, VERSION_NAME, version);
    }

    private static PlanTarget toTarget(PlanTargetRecord r) {
        return new PlanTarget(CodeList.fromCode(r.getCodeList()), r.getPlaceCode(), r.getPlanYear(),
                Indicator.fromCode(r.getIndicator()).orElseThrow(), Population.fromCode(r.getPopulation()).orElseThrow(),
                plain(r.getTarget()));
    }

    /** 25.50 as stored → 25.5, 95.00 → 95: the value as the plan writes it. */
    private static java.math.BigDecimal plain(java.math.BigDecimal stored) {
        java.math.BigDecimal v = stored.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
