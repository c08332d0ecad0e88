package vn.tramyte.report;

import java.math.BigDecimal;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;

/**
 * One indicator for one place and population: the estimate, the year's target (null when the
 * plan sets none for this place) and the verdict.
 */
public record Cell(Indicator indicator, Population population, Estimate estimate, BigDecimal target,
                   Verdict verdict) {
}
