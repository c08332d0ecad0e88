package vn.tramyte.report;

import vn.tramyte.place.CodeList;

/**
 * What a user asks of a report.
 *
 * @param codeList the communes to report by; null for the period's own (2024 before the reform, 2025 after)
 * @param commune  at a centre, one commune's code in that list (then its villages are the rows); null for all
 */
public record ReportRequest(Period period, CodeList codeList, String commune) {
    public static ReportRequest of(Period period) {
        return new ReportRequest(period, null, null);
    }

    public CodeList codeListOrDefault() {
        return codeList != null ? codeList : period.defaultCodeList();
    }
}
