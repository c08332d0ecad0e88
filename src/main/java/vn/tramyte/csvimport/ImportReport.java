package vn.tramyte.csvimport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tramyte.common.Messages;

/**
 * The outcome of an import as the contract promises it: rows new / updated / unchanged per
 * file, or every problem found. An import is all or nothing, so a report with problems
 * means nothing was imported and its counts are meaningless (the builder keeps none then).
 *
 * @param files counts per file, in dependency order, for every file read (a file without rows has all counts 0)
 * @param notes what the user should know though nothing is wrong: a file read in another encoding than UTF-8
 * @param sources where a register was read when that is not its own file name: a workbook's sheet
 *     ({@code so-tram.xlsx › persons}) or Excel's "Unicode text" ({@code persons.txt})
 */
public record ImportReport(List<FileCounts> files, List<ImportProblem> problems, List<ImportProblem> notes,
                           Map<ImportFile, String> sources) {
    public ImportReport {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        sources = Map.copyOf(sources);
    }

    public ImportReport(List<FileCounts> files, List<ImportProblem> problems) {
        this(files, problems, List.of(), Map.of());
    }

    /** The name a register's line of counts shows: its file's, or the sheet it was read from. */
    private String shownName(ImportFile file) {
        return sources.getOrDefault(file, file.fileName());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when nothing was wrong: the import was (or may be) applied. The CLI exits 0. */
    public boolean ok() {
        return problems.isEmpty();
    }

    public Optional<FileCounts> counts(ImportFile file) {
        return files.stream().filter(c -> c.file() == file).findFirst();
    }

    /** The problems of one file, by the name the report shows (as found on disk). */
    public List<ImportProblem> problemsOf(String fileName) {
        return problems.stream().filter(p -> p.file().equals(fileName)).toList();
    }

    /**
     * The report as sentences in the user's language, for the command line and the wizard:
     * the counts of each file, or a refusal followed by every problem.
     */
    public List<String> lines(Messages messages) {
        List<String> lines = new ArrayList<>();
        if (!ok()) {
            lines.add(messages.format("import.report.refused", problems.size()));
            problems.forEach(p -> lines.add(p.describe(messages)));
        } else {
            for (FileCounts c : files) {
                lines.add(c.total() == 0 ? messages.format("import.report.noRows", shownName(c.file()))
                        : messages.format("import.report.counts", shownName(c.file()), String.valueOf(c.newRows()),
                        String.valueOf(c.updatedRows()), String.valueOf(c.unchangedRows())));
            }
        }
        // after the counts or the problems: a garbled name in a problem is explained by its file's encoding
        notes.forEach(n -> lines.add(n.describe(messages)));
        return lines;
    }

    /** Collects problems while checking, then counts while applying. Not shared between threads. */
    public static final class Builder {
        private final Map<ImportFile, FileCounts> counts = new EnumMap<>(ImportFile.class);
        private final List<ImportProblem> problems = new ArrayList<>();
        /** A problem found by two checks (a ref repeated: by the file and by its feature) is told once. */
        private final java.util.Set<ImportProblem> seen = new java.util.HashSet<>();
        private final List<ImportProblem> notes = new ArrayList<>();
        private final Map<ImportFile, String> sources = new EnumMap<>(ImportFile.class);

        private Builder() {
        }

        /** Usable as the sink of a {@link RowReader}: {@code builder::problem}. */
        public Builder problem(ImportProblem problem) {
            if (seen.add(problem)) {
                problems.add(problem);
            }
            return this;
        }

        public Builder problems(Collection<ImportProblem> more) {
            more.forEach(this::problem);
            return this;
        }

        /** A file that was read but holds no row: the report says so rather than nothing. */
        public Builder readEmpty(ImportFile file) {
            return count(file, RowChange.NEW, 0);
        }

        /** Something the user should know that is not wrong (the encoding a file was read in). */
        public Builder note(ImportProblem note) {
            notes.add(note);
            return this;
        }

        /** The register was read from a sheet or a file of another name than its own ({@code persons.csv}). */
        public Builder source(ImportFile file, String name) {
            if (!name.equalsIgnoreCase(file.fileName())) {
                sources.put(file, name);
            }
            return this;
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        public Builder count(ImportFile file, RowChange change) {
            return count(file, change, 1);
        }

        public Builder count(ImportFile file, RowChange change, int rows) {
            counts.merge(file, new FileCounts(file, 0, 0, 0).plus(change, rows),
                    (a, b) -> a.plus(change, rows));
            return this;
        }

        public ImportReport build() {
            return new ImportReport(problems.isEmpty() ? List.copyOf(counts.values()) : List.of(), problems, notes,
                    sources);
        }
    }
}
