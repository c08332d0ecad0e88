package vn.tramyte.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import vn.tramyte.common.DateText;
import vn.tramyte.common.Messages;
import vn.tramyte.place.Mode;
import vn.tramyte.plan.Indicator;

/**
 * What the printed table and the spreadsheet say around the numbers, in the user's language:
 * short indicator names, units, numbers in the language's own way, the heading and the
 * footnotes (small numbers, intervals, incomplete communes, "—").
 */
final class ReportText {
    /** Printed where there is no rate: the denominator is 0. */
    static final String NO_RATE = "—";
    /** Marks an unstable rate, explained in the footnotes. */
    static final String UNSTABLE = "*";

    private final Messages m;
    private final DecimalFormat twoDecimals;
    private final DecimalFormat plain;

    ReportText(Messages messages) {
        this.m = messages;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(messages.locale());
        this.twoDecimals = new DecimalFormat("#,##0.00", symbols);
        this.plain = new DecimalFormat("#,##0.##", symbols);
    }

    Messages messages() {
        return m;
    }

    /** A short name for a column head, with its unit. */
    String shortName(Indicator i) {
        switch (i) {
            case IMR:
                return m.get("report.file.short.imr");
            case U5MR:
                return m.get("report.file.short.u5mr");
            case MMR:
                return m.get("report.file.short.mmr");
            case UNDERWEIGHT:
                return m.get("report.file.short.underweight");
            case STUNTING:
                return m.get("report.file.short.stunting");
            case WASTING:
                return m.get("report.file.short.wasting");
            case FULL_IMMUNIZATION:
                return m.get("report.file.short.fullImmunization");
            case ANC3:
                return m.get("report.file.short.anc3");
            case ANC4:
                return m.get("report.file.short.anc4");
            case SKILLED_BIRTH:
                return m.get("report.file.short.skilledBirth");
            default:
                return m.get("report.file.short.tetanusProtected");
        }
    }

    String unit(Indicator.Unit unit) {
        switch (unit) {
            case PER_1000:
                return m.get("report.file.unit.per1000");
            case PER_100000:
                return m.get("report.file.unit.per100000");
            default:
                return m.get("report.file.unit.percent");
        }
    }

    /** 333,33 in Vietnamese, 333.33 in English. */
    String number(double value) {
        return twoDecimals.format(value);
    }

    /** A target as the plan writes it: 23,41 or 95. */
    String target(BigDecimal target) {
        return plain.format(target);
    }

    /** The rate with its unit and the unstable mark ("333,33‰ *"), or "—" with no rate. */
    String rate(Cell c) {
        Estimate e = c.estimate();
        if (!e.hasValue()) {
            return NO_RATE;
        }
        String unit = unit(c.indicator().unit());
        String sep = c.indicator().unit() == Indicator.Unit.PER_100000 ? " " : "";
        return number(e.value()) + sep + unit + (e.unstable() ? " " + UNSTABLE : "");
    }

    /** "KTC 95%: 68,72–974,06", or "" with no rate. */
    String interval(Cell c) {
        Estimate e = c.estimate();
        return e.hasValue() ? m.format("report.file.interval", number(e.low()), number(e.high())) : "";
    }

    /** "≤ 23,41" for a rate that must not exceed its target, "≥ 95" for a coverage; "" without one. */
    String targetWithBound(Cell c) {
        if (c.target() == null) {
            return "";
        }
        return (c.indicator().bound() == Indicator.Bound.MAX ? "≤ " : "≥ ") + target(c.target());
    }

    String verdict(Verdict v) {
        return m.get(v.messageKey());
    }

    /** A row's name; the records whose village is not known have a row named for that. */
    String placeName(ReportPlace p) {
        return p.name().isEmpty() && p.level() == ReportPlace.Level.VILLAGE ? m.get("report.file.noVillage") : p.name();
    }

    String period(Period p) {
        return m.format(p.labelKey(), p.labelArgs()) + " (" + DateText.show(p.from(), false) + " – "
                + DateText.show(p.to(), false) + ")";
    }

    /** "Trung tâm y tế: 110 – Huyện Than Uyên" or "Trạm y tế: 03637 – Xã Mường Kim". */
    String who(Report r) {
        return m.format(r.mode() == Mode.PROVINCE ? "report.file.province"
                : r.mode() == Mode.CENTRE ? "report.file.centre" : "report.file.station", r.place().label());
    }

    String madeOn(Report r) {
        return m.format("report.file.madeOn", DateText.show(r.madeOn(), false));
    }

    String codeList(Report r) {
        return m.format("report.file.codeList", r.codeList().code());
    }

    /** Up to when a row's data has arrived, or that none has. */
    String dataUntil(ReportPlace p) {
        return p.dataUntil() == null ? m.get("report.file.noDataYet") : DateText.show(p.dataUntil(), false);
    }

    /** "9/12 xã đủ số liệu" for the rows that are communes; "" when the rows are villages. */
    String completeness(Report r) {
        long communes = r.communes().size();
        return communes == 0 ? "" : m.format("report.file.complete", r.completeCommunes(), communes);
    }

    /** The notes under the table: what the marks mean, and which communes are incomplete. */
    List<String> footnotes(Report r) {
        List<String> notes = new ArrayList<>();
        notes.add(m.get("report.file.note.unstable"));
        notes.add(m.get("report.file.note.interval"));
        notes.add(m.get("report.file.note.noRate"));
        List<String> incomplete = new ArrayList<>();
        for (ReportRow row : r.communes()) {
            if (!row.place().complete()) {
                incomplete.add(placeName(row.place()) + " (" + dataUntil(row.place()) + ")");
            }
        }
        ReportPlace total = r.total().place();
        if (r.communes().isEmpty() && !total.complete()) {
            // the rows are villages: the commune's own data stops before the period ends
            incomplete.add(placeName(total) + " (" + dataUntil(total) + ")");
        }
        String end = DateText.show(r.period().to(), false);
        notes.add(incomplete.isEmpty() ? m.format("report.file.note.allComplete", end)
                : m.format("report.file.note.incomplete", end, String.join("; ", incomplete)));
        return notes;
    }

    /** The three verdicts' colours in words, for the legend (and for print in black and white). */
    String legend(Verdict v) {
        switch (v) {
            case MEETS:
                return m.get("report.file.legend.meets");
            case MISSES:
                return m.get("report.file.legend.misses");
            default:
                return m.get("report.file.legend.notConclusive");
        }
    }

    /** The fill of a judged verdict (green, red, amber, as a spreadsheet's good/bad/neutral); null otherwise. */
    static String fill(Verdict v) {
        switch (v) {
            case MEETS:
                return "C6EFCE";
            case MISSES:
                return "FFC7CE";
            case NOT_CONCLUSIVE:
                return "FFEB9C";
            default:
                return null;
        }
    }

    /** The text colour that goes with {@link #fill}; grey for the verdicts that judge nothing. */
    static String ink(Verdict v) {
        switch (v) {
            case MEETS:
                return "006100";
            case MISSES:
                return "9C0006";
            case NOT_CONCLUSIVE:
                return "9C5700";
            default:
                return "595959";
        }
    }
}
