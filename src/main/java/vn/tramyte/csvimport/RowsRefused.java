package vn.tramyte.csvimport;

import java.util.List;

/**
 * Rows a file's write refused by a rule that needs what is stored or the other files (a woman's other
 * pregnancies, a delivery in deliveries.csv): thrown inside the import's write, which then changes
 * nothing, and told as the checks' problems are, with the file, line and column.
 */
public final class RowsRefused extends RuntimeException {
    private final transient List<ImportProblem> problems;

    public RowsRefused(List<ImportProblem> problems) {
        super(problems.isEmpty() ? "rows refused" : problems.get(0).key());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
