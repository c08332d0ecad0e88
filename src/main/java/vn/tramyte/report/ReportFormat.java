package vn.tramyte.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files a report is written to: the table (csv, xlsx, pdf) and the counts for DHIS2 (JSON, ADX). */
public enum ReportFormat {
    CSV("csv", "csv"),
    XLSX("xlsx", "xlsx"),
    PDF("pdf", "pdf"),
    DHIS2_JSON("dhis2-json", "json"),
    ADX("adx", "xml");

    private final String code;
    private final String extension;

    ReportFormat(String code, String extension) {
        this.code = code;
        this.extension = extension;
    }

    /** As the command line names it. */
    public String code() {
        return code;
    }

    /** The file name's ending, without the dot. */
    public String extension() {
        return extension;
    }

    /** Whether the file carries the counts for DHIS2, which takes only a year, a quarter or a month. */
    public boolean dhis2() {
        return this == DHIS2_JSON || this == ADX;
    }

    public static Optional<ReportFormat> parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(t)).findFirst();
    }
}
