package vn.tramyte.csvimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.tramyte.common.Problem;
import vn.tramyte.common.SearchText;
import vn.tramyte.common.DateText;
import vn.tramyte.person.EthnicGroup;
import vn.tramyte.person.Sex;

/**
 * Reads typed values from one row and records a problem (file, line, column, value, key)
 * for each cell that is wrong, instead of throwing, so a feature reads every row to the end
 * and the report lists every problem at once.
 *
 * <p>Every reader returns empty both for an empty cell and for a wrong one; an empty cell is
 * a problem only in a column the contract marks required. Conditional rules (one of lmp/edd,
 * child_ref for a live birth, name/sex/birth date of an unregistered dead person) are stated
 * by the feature with the {@code require...} methods. Read each column once: a second read
 * would record its problem twice.
 */
public final class RowReader {
    private final CsvRow row;
    private final ImportContext context;
    private final Consumer<ImportProblem> sink;
    private int problems;

    public RowReader(CsvRow row, ImportContext context, Consumer<ImportProblem> sink) {
        this.row = Objects.requireNonNull(row, "row");
        this.context = Objects.requireNonNull(context, "context");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    public CsvRow row() {
        return row;
    }

    public int line() {
        return row.line();
    }

    /** True while no problem has been recorded for this row: the row may be applied. */
    public boolean ok() {
        return problems == 0;
    }

    public boolean isBlank(String column) {
        return row.isBlank(column);
    }

    /** Free text, cleaned as stored (NFC, single spaces). */
    public Optional<String> text(String column) {
        return read(column, t -> CellValue.of(SearchText.clean(t)));
    }

    /** A {@code ref} or {@code *_ref}: at most {@value CellParsers#MAX_REF_LENGTH} characters. */
    public Optional<String> ref(String column) {
        return read(column, CellParsers::ref);
    }

    /** A date of something that happened: not in the future. */
    public Optional<LocalDate> date(String column) {
        return read(column, t -> CellParsers.date(t, DateRule.NOT_FUTURE, context.today()))
                .map(DateText.Parsed::date);
    }

    /** A date that may lie ahead, such as a pregnancy's {@code edd}. */
    public Optional<LocalDate> dateMayBeFuture(String column) {
        return read(column, t -> CellParsers.date(t, DateRule.FUTURE_ALLOWED, context.today()))
                .map(DateText.Parsed::date);
    }

    /** A birth date, possibly a year alone for an adult (then {@code yearOnly}, 1 January). */
    public Optional<DateText.Parsed> birthDate(String column) {
        return read(column, t -> CellParsers.date(t, DateRule.BIRTH_DATE, context.today()));
    }

    public Optional<Sex> sex(String column) {
        return read(column, CellParsers::sex);
    }

    public Optional<EthnicGroup> ethnicity(String column) {
        return read(column, t -> CellParsers.ethnicity(t, context.ethnicGroups()));
    }

    /** A decimal within the plausible range {@code min..max} (inclusive) of the column's unit. */
    public Optional<BigDecimal> decimal(String column, double min, double max) {
        return read(column, t -> CellParsers.decimal(t, row.decimalCommaAllowed(), BigDecimal.valueOf(min),
                BigDecimal.valueOf(max)));
    }

    public Optional<Integer> integer(String column, int min, int max) {
        return read(column, t -> CellParsers.integer(t, min, max));
    }

    public Optional<Boolean> yesNo(String column) {
        return read(column, CellParsers::yesNo);
    }

    /** One of the allowed codes (e.g. {@link ContractCodes#ATTENDANTS}), as the list spells it. */
    public Optional<String> code(String column, Collection<String> allowed) {
        return read(column, t -> CellParsers.code(t, allowed));
    }

    /** An optional column made required by another being empty (deaths: full_name when no person_ref). */
    public void requireWhenEmpty(String column, String otherColumn) {
        if (row.isBlank(column) && row.isBlank(otherColumn)) {
            record(column, "import.problem.requiredWhenEmpty", otherColumn);
        }
    }

    /**
     * An optional column made required by another column's value, compared ignoring case
     * (births: child_ref when outcome is {@code live}).
     */
    public void requireWhenValue(String column, String otherColumn, String otherValue) {
        if (row.isBlank(column) && row.get(otherColumn).equalsIgnoreCase(otherValue)) {
            record(column, "import.problem.requiredWhenValue", otherColumn, otherValue);
        }
    }

    /** At least one of the columns must be filled (pregnancies: lmp or edd). */
    public void requireOneOf(String... columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("name the columns of which one is required");
        }
        for (String c : columns) {
            if (!row.isBlank(c)) {
                return;
            }
        }
        record(columns[0], "import.problem.oneOfRequired", String.join(", ", List.of(columns)));
    }

    /** The contract's "no event before the person's birth", once the feature knows the birth date. */
    public void notBeforeBirth(String column, LocalDate date, LocalDate birthDate) {
        if (date != null && birthDate != null && date.isBefore(birthDate)) {
            record(column, "import.problem.beforeBirth", CellParsers.show(birthDate));
        }
    }

    /** A {@code *_ref} that names no row of the target file, in this import or in the records. */
    public void refNotFound(String column, ImportFile target) {
        record(column, "import.problem.refNotFound", target.fileName());
    }

    /** Any other rule of the feature, about one cell (or the whole line when column is null). */
    public void problem(String column, String key, Object... args) {
        record(column, key, args);
    }

    /**
     * A problem found by the feature's ordinary validator (the rules a typed record meets),
     * placed on the cell the validator's field comes from.
     */
    public void problem(String column, Problem problem) {
        record(column, problem.key(), problem.args());
    }

    private <T> Optional<T> read(String column, Function<String, CellValue<T>> parser) {
        String text = row.get(column);
        if (text.isEmpty()) {
            if (row.file().isRequired(column)) {
                record(column, "import.problem.required");
            }
            return Optional.empty();
        }
        CellValue<T> value = parser.apply(text);
        if (!value.ok()) {
            record(column, value.problemKey(), value.args().toArray());
        }
        return value.toOptional();
    }

    private void record(String column, String key, Object... args) {
        problems++;
        if (column == null) {
            sink.accept(ImportProblem.ofLine(row.fileName(), row.line(), key, args));
        } else {
            sink.accept(ImportProblem.ofCell(row.fileName(), row.line(), column, row.get(column), key, args));
        }
    }
}
