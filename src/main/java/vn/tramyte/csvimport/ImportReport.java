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
 * file, or every problem found. An import is one transaction, so a report with problems
 * means nothing was imported and its counts are meaningless (the builder keeps none then).
 *
 * @param files counts per file, in dependency order, only for files that had rows
 */
public record ImportReport(List<FileCounts> files, List<ImportProblem> problems) {
    public ImportReport {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
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
            return lines;
        }
        for (FileCounts c : files) {
            lines.add(messages.format("import.report.counts", c.file().fileName(), String.valueOf(c.newRows()),
                    String.valueOf(c.updatedRows()), String.valueOf(c.unchangedRows())));
        }
        return lines;
    }

    /** Collects problems while checking, then counts while applying. Not shared between threads. */
    public static final class Builder {
        private final Map<ImportFile, FileCounts> counts = new EnumMap<>(ImportFile.class);
        private final List<ImportProblem> problems = new ArrayList<>();

        private Builder() {
        }

        /** Usable as the sink of a {@link RowReader}: {@code builder::problem}. */
        public Builder problem(ImportProblem problem) {
            problems.add(problem);
            return this;
        }

        public Builder problems(Collection<ImportProblem> more) {
            problems.addAll(more);
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
            return new ImportReport(problems.isEmpty() ? List.copyOf(counts.values()) : List.of(), problems);
        }
    }
}
