package vn.tramyte.vaccination;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

    /**
     * A cell that is not of its column's form, with its line and column: the sentence tells the
     * centre exactly what to correct. Every cell is read strictly: "yes" in a true/false column is
     * refused, never read as false.
     */
    static final class BadCell extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        /** Longer values are cut in the sentence: a damaged file can hold a cell of a megabyte. */
        private static final int SHOWN = 60;

        final long line;
        final String column;
        final String value;
        final String key;

        BadCell(long line, String column, String value, String key) {
            super("line " + line + ", column " + column + ": " + shown(value));
            this.line = line;
            this.column = column;
            this.value = shown(value);
            this.key = key;
        }

        private static String shown(String value) {
            return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
        }
    }

    private static Vaccine row(CSVRecord r, String name) {
        Cells c = new Cells(r);
        return new Vaccine(
                VaccineCatalogue.normalizeCode(c.text("code")),
                VaccineCatalogue.normalizeCode(c.text("series")),
                c.whole("dose"),
                c.read("target", "vaccination.catalogue.notTarget", t -> Target.fromCode(t).orElseThrow()),
                c.text("name_vi").trim(),
                c.text("name_en").trim(),
                c.whole("due_months"),
                c.whole("min_age_days"),
                c.whole("min_interval_days"),
                c.text("max_age_days").isBlank() ? null : c.whole("max_age_days"),
                c.text("born_from").isBlank() ? null
                        : c.read("born_from", "vaccination.catalogue.notDate", LocalDate::parse),
                c.read("full_immunization", "vaccination.catalogue.notTrueFalse", CatalogueCsv::trueOrFalse),
                c.read("protection_years", "vaccination.catalogue.notProtection", ProtectionSpan::parse),
                c.text("source").trim());
    }

    /** true or false, capital letters ignored; anything else (yes, maybe, 1) is refused. */
    private static boolean trueOrFalse(String text) {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new IllegalArgumentException(text);
        }
    }

    /** The cells of one record, each read by its column's rule. */
    private static final class Cells {
        private final CSVRecord record;

        Cells(CSVRecord record) {
            this.record = record;
        }

        /** The cell's text as written (without the apostrophe an export puts before a would-be formula). */
        String text(String column) {
            try {
                return vn.tramyte.common.CsvCells.restored(record.get(column));
            } catch (IllegalArgumentException e) {
                throw new BadCell(line(), column, "", "vaccination.catalogue.missingCell");
            }
        }

        int whole(String column) {
            return read(column, "vaccination.catalogue.notWholeNumber", Integer::parseInt);
        }

        <T> T read(String column, String key, java.util.function.Function<String, T> parser) {
            String text = text(column).trim();
            try {
                return parser.apply(text);
            } catch (RuntimeException e) {
                throw new BadCell(line(), column, text, key);
            }
        }

        private long line() {
            return record.getRecordNumber() + 1;
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
                printer.printRecord(vn.tramyte.common.CsvCells.row(java.util.Arrays.asList(v.code(), v.series(),
                        v.dose(), v.target().code(), v.nameVi(), v.nameEn(), v.dueMonths(), v.minAgeDays(),
                        v.minIntervalDays(), v.maxAgeDays(), v.bornFrom(), v.fullImmunization(),
                        v.protection().code(), v.source())));
            }
        }
    }

}
