package vn.tramyte.report.ui;

import java.util.function.Supplier;
import vn.tramyte.common.Messages;
import vn.tramyte.report.Report;
import vn.tramyte.report.ReportPlace;
import vn.tramyte.report.ReportRow;

/** What a row of the report table shows besides its figures: the place, and up to when its data has arrived. */
public final class ReportRowText {
    private final Messages m;
    private final ScreenText text;
    private final Supplier<Report> shown;

    /** {@code shown} is the report on screen (null before the first). */
    ReportRowText(Messages messages, ScreenText text, Supplier<Report> shown) {
        this.m = messages;
        this.text = text;
        this.shown = shown;
    }

    private Report report() {
        return shown.get();
    }

    public String placeName(ReportRow row) {
        return text.place(row.place());
    }

    public boolean isTotal(ReportRow row) {
        return row.place().sums();
    }

    /**
     * Up to when a row's data has arrived: a date, "no data yet", marked when it stops before
     * the period's end; the centre's total says how many communes are complete.
     */
    public String dataUntil(ReportRow row) {
        Report r = report();
        if (row.place().level() == ReportPlace.Level.TOTAL && r != null && !r.communes().isEmpty()) {
            return m.format("report.ui.totalComplete", String.valueOf(r.completeCommunes()),
                    String.valueOf(r.communes().size()));
        }
        String shownDate = dataUntil(row.place());
        return row.place().complete() ? shownDate : "⚠ " + shownDate;
    }

    String dataUntil(ReportPlace place) {
        return place.dataUntil() == null ? m.get("report.ui.noDataYet") : ScreenText.date(place.dataUntil());
    }

    /** Whether a row's data stops before the end of the period (the total of a centre: any commune's). */
    public boolean incomplete(ReportRow row) {
        Report r = report();
        if (row.place().level() == ReportPlace.Level.TOTAL && r != null && !r.communes().isEmpty()) {
            return r.completeCommunes() < r.communes().size();
        }
        return !row.place().complete();
    }

    public String dataUntilTip(ReportRow row) {
        return incomplete(row) ? m.get("report.ui.incompleteTip") : m.get("report.ui.completeTip");
    }
}
