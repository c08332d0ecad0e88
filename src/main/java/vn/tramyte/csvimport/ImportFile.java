package vn.tramyte.csvimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The eight files of the bulk import contract (CSV-IMPORT.md), with their columns exactly as
 * the contract's table lists them.
 *
 * <p>The constants are declared in dependency order: a file only names rows of files declared
 * before it, so importing a folder in {@link #values()} order lets every {@code *_ref} resolve.
 */
public enum ImportFile {
    PERSONS("persons", "ref", List.of(Column.required("ref"), Column.required("full_name"),
            Column.required("sex"), Column.required("birth_date"), Column.optional("ethnicity"),
            Column.optional("village"), Column.optional("mother_ref"), Column.optional("personal_id"),
            Column.optional("insurance_no"), Column.optional("phone")), Set.of()),
    VACCINATIONS("vaccinations", null, List.of(Column.required("person_ref"), Column.required("vaccine"),
            Column.required("date"), Column.optional("place"), Column.optional("lot")), Set.of(PERSONS)),
    PREGNANCIES("pregnancies", "ref", List.of(Column.required("ref"), Column.required("person_ref"),
            Column.optional("lmp"), Column.optional("edd"), Column.optional("gravida"),
            Column.optional("para")), Set.of(PERSONS)),
    MEASUREMENTS("measurements", null, List.of(Column.required("person_ref"), Column.required("date"),
            Column.required("weight_kg"), Column.optional("length_cm"), Column.optional("position"),
            Column.optional("oedema"), Column.optional("muac_mm")), Set.of(PERSONS)),
    DEATHS("deaths", "ref", List.of(Column.required("ref"), Column.optional("person_ref"),
            Column.optional("full_name"), Column.optional("sex"), Column.optional("birth_date"),
            Column.required("death_date"), Column.optional("place"), Column.optional("cause_group"),
            Column.optional("cause_text"), Column.optional("pregnancy_related"), Column.optional("ethnicity"),
            Column.optional("village")), Set.of(PERSONS)),
    ANC_VISITS("anc_visits", null, List.of(Column.required("pregnancy_ref"), Column.required("date"),
            Column.optional("weight_kg"), Column.optional("bp_systolic"), Column.optional("bp_diastolic"),
            Column.optional("fundal_height_cm"), Column.optional("tetanus_dose"), Column.optional("iron_folic")),
            Set.of(PREGNANCIES)),
    DELIVERIES("deliveries", null, List.of(Column.required("pregnancy_ref"), Column.required("date"),
            Column.required("place"), Column.required("attendant"), Column.optional("mother_outcome")),
            Set.of(PREGNANCIES)),
    BIRTHS("births", null, List.of(Column.required("pregnancy_ref"), Column.required("outcome"),
            Column.optional("child_ref"), Column.optional("sex"), Column.optional("weight_g")),
            Set.of(PREGNANCIES, PERSONS));

    /**
     * Kept apart from the base names because the bundle test reads every dotted string literal
     * in the code as a message key: the whole name in quotes would look like a missing key.
     */
    public static final String EXTENSION = ".csv";
    /** Excel's "Unicode text" (UTF-16, tab-separated) is saved as .txt; a register's name with it is read too. */
    public static final String TEXT_EXTENSION = ".txt";

    private final String baseName;
    private final String refColumn;
    private final List<Column> columns;
    /** The columns by name: every cell of every row asks (a commune's registers have some 600,000 cells). */
    private final java.util.Map<String, Column> byName;
    private final Set<ImportFile> dependencies;

    ImportFile(String baseName, String refColumn, List<Column> columns, Set<ImportFile> dependencies) {
        this.baseName = baseName;
        this.refColumn = refColumn;
        this.columns = List.copyOf(columns);
        this.byName = this.columns.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Column::name, c -> c));
        this.dependencies = Set.copyOf(dependencies);
    }

    /** The file name the contract gives, e.g. {@code persons.csv}. */
    public String fileName() {
        return baseName + EXTENSION;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The column names in the contract's order: the list shown when a column is unknown. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public List<String> requiredColumnNames() {
        return columns.stream().filter(Column::required).map(Column::name).toList();
    }

    public Optional<Column> column(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean isRequired(String columnName) {
        return column(columnName).map(Column::required).orElse(false);
    }

    /**
     * The column holding the row's own key, unique within the file ({@code ref} of persons,
     * pregnancies and deaths); empty for files whose rows have no key of their own.
     */
    public Optional<String> refColumn() {
        return Optional.ofNullable(refColumn);
    }

    /** The files whose rows this file names through its {@code *_ref} columns. */
    public Set<ImportFile> dependencies() {
        return dependencies;
    }

    /** All files in the order a folder is imported. */
    public static List<ImportFile> dependencyOrder() {
        return List.of(values());
    }

    /**
     * The file a name stands for, ignoring case ({@code Persons.CSV} is persons.csv); Excel's
     * "Unicode text" {@code persons.txt} is persons.csv too.
     */
    public static Optional<ImportFile> forFileName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        if (wanted.endsWith(TEXT_EXTENSION)) {
            wanted = wanted.substring(0, wanted.length() - TEXT_EXTENSION.length()) + EXTENSION;
        }
        for (ImportFile f : values()) {
            if (f.fileName().equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The register a name without its extension stands for, ignoring case and spaces around it:
     * a workbook's sheet {@code persons} (or {@code persons.csv}), a workbook {@code persons.xlsx}.
     */
    public static Optional<ImportFile> forBaseName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (ImportFile f : values()) {
            if (f.baseName.equals(wanted) || f.fileName().equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The name of the register without extension, e.g. {@code persons}: a workbook's sheet is named so. */
    public String baseName() {
        return baseName;
    }

    /** Every file name, for the sentence that refuses an unknown file. */
    public static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (ImportFile f : values()) {
            names.add(f.fileName());
        }
        return names;
    }
}
