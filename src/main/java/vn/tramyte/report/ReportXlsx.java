package vn.tramyte.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;

/**
 * The report as a spreadsheet: one sheet per population shown, the heading, two frozen header
 * rows (the indicator over its five columns: numerator, denominator, rate, target, verdict),
 * each commune's data-until, the verdicts coloured and in words, unstable rates marked, the
 * interval as a note on each rate, the footnotes under the table.
 */
final class ReportXlsx {
    /** Columns before the indicators: code, name, data until, complete. */
    static final int FIRST_INDICATOR_COLUMN = 4;
    static final int COLUMNS_PER_INDICATOR = 5;
    /** Rows 0–2 the heading, 3 the indicators, 4 the sub-heads; data from row 5. */
    static final int GROUP_HEAD_ROW = 3;
    static final int FIRST_DATA_ROW = 5;

    private ReportXlsx() {
    }

    /** @return the number of data rows written, over all sheets */
    static int write(Report report, Set<Population> shown, ReportText text, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "TramYTe", "1.0");
        int rows = 0;
        for (Population p : Population.values()) {
            if (shown.contains(p)) {
                rows += sheet(wb.newWorksheet(text.messages().get(p.messageKey())), report, p, text);
            }
        }
        wb.finish();
        return rows;
    }

    private static int sheet(Worksheet ws, Report report, Population population, ReportText text) {
        var m = text.messages();
        ws.value(0, 0, m.format("report.file.title", m.get(population.messageKey())));
        ws.style(0, 0).bold().fontSize(14).set();
        ws.value(1, 0, text.who(report) + " · " + text.period(report.period()) + " · " + text.codeList(report));
        String complete = text.completeness(report);
        ws.value(2, 0, text.madeOn(report) + (complete.isEmpty() ? "" : " · " + complete));
        head(ws, report, text);
        int r = FIRST_DATA_ROW;
        for (ReportRow row : report.rows()) {
            place(ws, r, row, report, text);
            for (Indicator i : Indicator.values()) {
                cell(ws, r, column(i), row.cell(i, population), row.place().sums(),
                        text);
            }
            r++;
        }
        r++;
        ws.value(r, 0, m.get("report.file.legend"));
        ws.style(r, 0).bold().set();
        int c = 1;
        for (Verdict v : new Verdict[] {Verdict.MEETS, Verdict.MISSES, Verdict.NOT_CONCLUSIVE}) {
            ws.value(r, c, text.legend(v));
            ws.range(r, c, r, c + 5).merge();
            ws.range(r, c, r, c + 5).style().fillColor(ReportText.fill(v)).fontColor(ReportText.ink(v)).set();
            c += 6;
        }
        r += 2;
        for (String note : text.footnotes(report)) {
            ws.value(r, 0, note);
            ws.style(r, 0).italic().set();
            r++;
        }
        ws.freezePane(FIRST_INDICATOR_COLUMN, FIRST_DATA_ROW);
        ws.pageOrientation("landscape");
        ws.repeatRows(GROUP_HEAD_ROW, FIRST_DATA_ROW - 1);
        return report.rows().size();
    }

    static int column(Indicator i) {
        return FIRST_INDICATOR_COLUMN + i.ordinal() * COLUMNS_PER_INDICATOR;
    }

    private static void head(Worksheet ws, Report report, ReportText text) {
        var m = text.messages();
        List<String> first = List.of(m.get("report.file.col.code"), m.get(report.communes().isEmpty() ? "report.file.col.village" : "report.file.col.commune"),
                m.get("report.file.col.dataUntil"), m.get("report.file.col.complete"));
        for (int c = 0; c < first.size(); c++) {
            ws.value(GROUP_HEAD_ROW, c, first.get(c));
            ws.range(GROUP_HEAD_ROW, c, GROUP_HEAD_ROW + 1, c).merge();
            ws.range(GROUP_HEAD_ROW, c, GROUP_HEAD_ROW + 1, c).style().bold().wrapText(true).fillColor("D9D9D9")
                    .verticalAlignment("center").borderStyle("thin").set();
        }
        ws.width(0, 10);
        ws.width(1, 26);
        ws.width(2, 13);
        ws.width(3, 12);
        List<String> sub = List.of(m.get("report.file.col.numerator"), m.get("report.file.col.denominator"),
                m.get("report.file.col.rate"), m.get("report.file.col.target"), m.get("report.file.col.verdict"));
        for (Indicator i : Indicator.values()) {
            int c = column(i);
            ws.value(GROUP_HEAD_ROW, c, text.shortName(i));
            ws.range(GROUP_HEAD_ROW, c, GROUP_HEAD_ROW, c + COLUMNS_PER_INDICATOR - 1).merge();
            ws.range(GROUP_HEAD_ROW, c, GROUP_HEAD_ROW, c + COLUMNS_PER_INDICATOR - 1).style().bold().wrapText(true)
                    .horizontalAlignment("center").fillColor("D9D9D9").borderStyle("thin").set();
            for (int k = 0; k < sub.size(); k++) {
                ws.value(GROUP_HEAD_ROW + 1, c + k, sub.get(k));
                ws.style(GROUP_HEAD_ROW + 1, c + k).bold().wrapText(true).horizontalAlignment("center")
                        .fillColor("EDEDED").borderStyle("thin").set();
            }
            ws.width(c, 8);
            ws.width(c + 1, 8);
            ws.width(c + 2, 10);
            ws.width(c + 3, 8);
            ws.width(c + 4, 14);
            // the counts fold away to leave rates, targets and verdicts side by side
            ws.groupCols(c, c + 1);
        }
        ws.rowHeight(GROUP_HEAD_ROW, 45);
    }

    private static void place(Worksheet ws, int r, ReportRow row, Report report, ReportText text) {
        ReportPlace p = row.place();
        boolean total = p.sums();
        // a village's id is internal: the sheet names villages only
        ws.value(r, 0, p.level() == ReportPlace.Level.VILLAGE ? "" : p.code());
        ws.value(r, 1, text.placeName(p));
        if (p.dataUntil() == null) {
            ws.value(r, 2, text.dataUntil(p));
        } else {
            ws.value(r, 2, p.dataUntil());
        }
        String complete;
        if (total && !report.communes().isEmpty()) {
            complete = report.completeCommunes() + "/" + report.communes().size();
        } else {
            complete = text.messages().get(p.complete() ? "report.file.completeYes" : "report.file.completeNo");
        }
        ws.value(r, 3, complete);
        // one style per cell: a second style() on the same cell would replace the first
        for (int c = 0; c < FIRST_INDICATOR_COLUMN; c++) {
            var style = ws.style(r, c);
            if (c == 2 && p.dataUntil() != null) {
                style.format("dd/mm/yyyy");
            }
            if (c == 3 && !p.complete() && !total) {
                style.fontColor("9C0006").bold();
            }
            if (total) {
                style.bold().fillColor("F2F2F2");
            }
            style.set();
        }
    }

    private static void cell(Worksheet ws, int r, int c, Cell cell, boolean total, ReportText text) {
        Estimate e = cell.estimate();
        ws.value(r, c, e.numerator());
        ws.value(r, c + 1, e.denominator());
        if (e.hasValue()) {
            ws.value(r, c + 2, e.value());
            // backslashes, not quotes: fastexcel writes the format unescaped into XML
            var style = ws.style(r, c + 2).format(e.unstable() ? "0.00\\ \\" + ReportText.UNSTABLE : "0.00");
            if (e.unstable()) {
                style.italic();
            }
            if (total) {
                style.bold();
            }
            style.set();
            ws.comment(r, c + 2, text.interval(cell));
        } else {
            ws.value(r, c + 2, ReportText.NO_RATE);
            ws.style(r, c + 2).horizontalAlignment("center").set();
        }
        if (cell.target() != null) {
            ws.value(r, c + 3, cell.target());
        }
        ws.value(r, c + 4, text.verdict(cell.verdict()));
        String fill = ReportText.fill(cell.verdict());
        var verdict = ws.style(r, c + 4).fontColor(ReportText.ink(cell.verdict())).wrapText(true);
        if (fill != null) {
            verdict.fillColor(fill);
        }
        verdict.set();
    }
}
