package vn.tramyte.report.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import vn.tramyte.common.DateText;
import vn.tramyte.common.Messages;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.report.Cell;
import vn.tramyte.report.Estimate;
import vn.tramyte.report.ReportPlace;
import vn.tramyte.report.Verdict;

/**
 * How the report's numbers are written on screen, the same in the table, the chart and the list
 * of records: one decimal in the user's language, "—" when there is no rate, a verdict as a
 * colour and a mark (for print and for colour-blind readers), small numbers marked unstable.
 */
public final class ScreenText {
    /** The marks of the three verdicts; the legend under the table explains them in words. */
    public static final String MEETS = "✓";
    public static final String MISSES = "✗";
    public static final String NOT_CONCLUSIVE = "?";
    /** The mark of a rate resting on too few cases; the footnote under the table explains it. */
    public static final String UNSTABLE = "*";
    /** No rate: the denominator is 0. */
    public static final String NONE = "—";

    private final Messages m;
    private final NumberFormat oneDecimal;
    private final NumberFormat upToTwo;

    public ScreenText(Messages messages) {
        this.m = messages;
        this.oneDecimal = NumberFormat.getNumberInstance(messages.locale());
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        this.upToTwo = NumberFormat.getNumberInstance(messages.locale());
        upToTwo.setMaximumFractionDigits(2);
    }

    public Messages messages() {
        return m;
    }

    /** "33,3" in Vietnamese, "33.3" in English. */
    public String number(double value) {
        return oneDecimal.format(value);
    }

    /** The rate with one decimal, or "—" when the denominator is 0. */
    public String value(Estimate e) {
        return e.hasValue() ? number(e.value()) : NONE;
    }

    /** "33,3‰", "50,0%", "0,0/100.000", or "—". */
    public String valueWithUnit(Indicator indicator, Estimate e) {
        return e.hasValue() ? number(e.value()) + unit(indicator.unit()) : NONE;
    }

    /** The unit as written after a number. */
    public String unit(Indicator.Unit unit) {
        switch (unit) {
            case PER_1000:
                return "‰";
            case PER_100000:
                return m.get("report.ui.unit.per100000");
            default:
                return "%";
        }
    }

    /** A cell of the table: "33,3* ✗" (the value, the unstable mark, the verdict's mark). */
    public String cell(Cell c) {
        String text = value(c.estimate()) + (c.estimate().unstable() ? UNSTABLE : "");
        String mark = mark(c.verdict());
        return mark.isEmpty() ? text : text + " " + mark;
    }

    /** ✓, ✗ or ?, for a judged verdict; empty otherwise. */
    public static String mark(Verdict v) {
        switch (v) {
            case MEETS:
                return MEETS;
            case MISSES:
                return MISSES;
            case NOT_CONCLUSIVE:
                return NOT_CONCLUSIVE;
            default:
                return "";
        }
    }

    /** The style class colouring a verdict (green, red, amber); empty for no verdict. */
    public static String style(Verdict v) {
        switch (v) {
            case MEETS:
                return "verdict-meets";
            case MISSES:
                return "verdict-misses";
            case NOT_CONCLUSIVE:
                return "verdict-not-conclusive";
            default:
                return "";
        }
    }

    /** "≤ 23,41" for a rate that must not exceed it, "≥ 95" for a coverage; empty when there is none. */
    public String target(Indicator indicator, BigDecimal target) {
        if (target == null) {
            return "";
        }
        return (indicator.bound() == Indicator.Bound.MAX ? "≤ " : "≥ ") + upToTwo.format(target);
    }

    /** A target's value alone, as the user types it back: "23,41". */
    public String targetValue(BigDecimal target) {
        return target == null ? "" : upToTwo.format(target);
    }

    public String verdict(Verdict v) {
        return m.get(v.messageKey());
    }

    public String indicator(Indicator i) {
        return m.get(i.messageKey());
    }

    public String population(Population p) {
        return m.get(p.messageKey());
    }

    /** A row's name; the records whose village was not written get a row named so. */
    public String place(ReportPlace p) {
        if (p.level() == ReportPlace.Level.VILLAGE && p.villageId() == null) {
            return m.get("report.ui.noVillage");
        }
        return p.name();
    }

    public static String date(LocalDate d) {
        return DateText.show(d, false);
    }

    /** What the hover over a cell says: the counts, the interval, the target, the verdict in words. */
    public String tooltip(Cell c) {
        Estimate e = c.estimate();
        StringBuilder sb = new StringBuilder();
        sb.append(m.format("report.ui.tip.counts", String.valueOf(e.numerator()), String.valueOf(e.denominator())));
        if (e.hasValue()) {
            String u = unit(c.indicator().unit());
            sb.append('\n').append(m.format("report.ui.tip.value", number(e.value()) + u,
                    number(e.low()) + u, number(e.high()) + u));
        } else {
            sb.append('\n').append(m.get("report.ui.tip.noRate"));
        }
        if (c.target() != null) {
            sb.append('\n').append(m.format("report.ui.tip.target", target(c.indicator(), c.target())));
        }
        sb.append('\n').append(m.format("report.ui.tip.verdict", verdict(c.verdict()), why(c.verdict())));
        if (e.unstable()) {
            sb.append('\n').append(UNSTABLE).append(' ').append(m.get("report.ui.unstable"));
        }
        sb.append('\n').append(m.get("report.ui.tip.open"));
        return sb.toString();
    }

    /** Why a verdict is what it is, in a sentence. */
    public String why(Verdict v) {
        switch (v) {
            case MEETS:
                return m.get("report.ui.why.meets");
            case MISSES:
                return m.get("report.ui.why.misses");
            case NOT_CONCLUSIVE:
                return m.get("report.ui.why.notConclusive");
            case NO_TARGET:
                return m.get("report.ui.why.noTarget");
            default:
                return m.get("report.ui.why.noData");
        }
    }
}
