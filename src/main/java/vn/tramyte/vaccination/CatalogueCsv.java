package vn.tramyte.vaccination;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads catalogue rows from CSV (the bundled default). The file is ours, so a malformed cell
 * fails loudly with its line; the rules between rows are checked by {@link VaccineCatalogue}.
 */
final class CatalogueCsv {
    static final String DEFAULT_RESOURCE = "/vaccination/catalogue.csv";

    private CatalogueCsv() {
    }

    static List<Vaccine> readDefault() {
        InputStream in = CatalogueCsv.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("vaccine catalogue missing from the class path: " + DEFAULT_RESOURCE);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(DEFAULT_RESOURCE, e);
        }
    }

    static List<Vaccine> read(Reader reader, String name) {
        List<Vaccine> rows = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(reader)) {
                rows.add(row(r, name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
        return rows;
    }

    private static Vaccine row(CSVRecord r, String name) {
        try {
            return new Vaccine(
                    VaccineCatalogue.normalizeCode(r.get("code")),
                    VaccineCatalogue.normalizeCode(r.get("series")),
                    Integer.parseInt(r.get("dose").trim()),
                    Target.fromCode(r.get("target").trim())
                            .orElseThrow(() -> new IllegalArgumentException("target " + r.get("target"))),
                    r.get("name_vi").trim(),
                    r.get("name_en").trim(),
                    Integer.parseInt(r.get("due_months").trim()),
                    Integer.parseInt(r.get("min_age_days").trim()),
                    Integer.parseInt(r.get("min_interval_days").trim()),
                    optionalInt(r.get("max_age_days")),
                    optionalDate(r.get("born_from")),
                    Boolean.parseBoolean(r.get("full_immunization").trim()),
                    ProtectionSpan.parse(r.get("protection_years")),
                    r.get("source").trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // a damaged bundled file is a build mistake: stop at start-up, naming the line
            throw new IllegalStateException(name + " line " + (r.getRecordNumber() + 1) + ": " + e.getMessage(), e);
        }
    }

    /** The columns of the catalogue file, in the order of the bundled one. */
    static final String[] HEADER = {"code", "series", "dose", "target", "name_vi", "name_en", "due_months",
        "min_age_days", "min_interval_days", "max_age_days", "born_from", "full_immunization", "protection_years",
        "source"};

    /** Writes the catalogue in the same form as it is read, for a centre to edit in a spreadsheet. */
    static void write(List<Vaccine> vaccines, java.io.Writer out) throws IOException {
        try (var printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).build().print(out)) {
            for (Vaccine v : vaccines) {
                printer.printRecord(v.code(), v.series(), v.dose(), v.target().code(), v.nameVi(), v.nameEn(),
                        v.dueMonths(), v.minAgeDays(), v.minIntervalDays(),
                        v.maxAgeDays() == null ? "" : v.maxAgeDays(), v.bornFrom() == null ? "" : v.bornFrom(),
                        v.fullImmunization(), v.protection().code(), v.source());
            }
        }
    }

    private static Integer optionalInt(String text) {
        return text.isBlank() ? null : Integer.valueOf(text.trim());
    }

    private static LocalDate optionalDate(String text) {
        return text.isBlank() ? null : LocalDate.parse(text.trim());
    }
}
