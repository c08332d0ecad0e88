package vn.tramyte.report;

import java.math.BigDecimal;
import vn.tramyte.plan.Indicator;

/**
 * A value against its target, in three honest verdicts and two absences: it meets the target;
 * it misses it (the whole 95% interval lies on the wrong side); or it is on the wrong side but
 * its interval still reaches the target, so the data cannot tell (not conclusive).
 */
public enum Verdict {
    MEETS("meets", "report.verdict.meets"),
    MISSES("misses", "report.verdict.misses"),
    NOT_CONCLUSIVE("not_conclusive", "report.verdict.notConclusive"),
    NO_TARGET("no_target", "report.verdict.noTarget"),
    /** The denominator is 0: there is no rate to judge. */
    NO_DATA("no_data", "report.verdict.noData");

    private final String code;
    private final String messageKey;

    Verdict(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    /** The code in the CSV contract. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Whether the verdict judges a value against a target (meets, misses, not conclusive). */
    public boolean judged() {
        return this == MEETS || this == MISSES || this == NOT_CONCLUSIVE;
    }

    /** The verdict of an estimate against a target (null: none set). A value equal to its target meets it. */
    public static Verdict of(Indicator indicator, Estimate e, BigDecimal target) {
        if (!e.hasValue()) {
            return NO_DATA;
        }
        if (target == null) {
            return NO_TARGET;
        }
        double t = target.doubleValue();
        if (indicator.meets(e.value(), t)) {
            return MEETS;
        }
        boolean wholeIntervalWrong = indicator.bound() == Indicator.Bound.MAX ? e.low() > t : e.high() < t;
        return wholeIntervalWrong ? MISSES : NOT_CONCLUSIVE;
    }
}
