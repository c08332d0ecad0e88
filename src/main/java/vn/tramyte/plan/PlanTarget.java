package vn.tramyte.plan;

import java.math.BigDecimal;
import vn.tramyte.place.CodeList;

/**
 * One target of a plan: for a place (the centre or one of its communes, by GSO code in a code
 * list), a year, an indicator and a population, the value not to exceed or to reach.
 */
public record PlanTarget(CodeList codeList, String placeCode, int year, Indicator indicator, Population population,
                         BigDecimal target) {

    public Indicator.Bound bound() {
        return indicator.bound();
    }

    /** What makes a target unique in a set. */
    public String key() {
        return codeList.code() + "/" + placeCode + "/" + year + "/" + indicator.code() + "/" + population.code();
    }
}
