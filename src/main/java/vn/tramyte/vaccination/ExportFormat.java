package vn.tramyte.vaccination;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a list can be written in. */
public enum ExportFormat {
    CSV, XLSX, PDF;

    /** The file ending, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExportFormat> parse(String text) {
        return text == null ? Optional.empty() : Arrays.stream(values())
                .filter(f -> f.extension().equals(text.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
