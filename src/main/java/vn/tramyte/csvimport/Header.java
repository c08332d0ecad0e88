package vn.tramyte.csvimport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first line of a file: column names matched to the contract, case-insensitive, trimmed,
 * in any order, in English or in Vietnamese ({@link VietnameseColumns}). A column without a
 * name is kept as a gap (Excel writes trailing separators
 * for formatted but empty columns); a value under it is reported per line.
 *
 * @param names the contract name of each position, or "" for a nameless column
 */
record Header(List<String> names, List<ImportProblem> problems) {
    Header {
        names = List.copyOf(names);
        problems = List.copyOf(problems);
    }

    static Header check(ImportFile file, String fileName, int line, List<String> cells) {
        List<String> names = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String known = String.join(", ", file.columnNames());
        for (String cell : cells) {
            String written = cell.replace("\uFEFF", "").trim();
            String name = VietnameseColumns.english(file, written).orElse(written.toLowerCase(Locale.ROOT));
            names.add(name);
            if (name.isEmpty()) {
                continue;
            }
            if (file.column(name).isEmpty()) {
                problems.add(ImportProblem.ofCell(fileName, line, written, null, "import.problem.unknownColumn",
                        written, known));
            } else if (!seen.add(name)) {
                problems.add(ImportProblem.ofCell(fileName, line, name, null, "import.problem.duplicateColumn",
                        name));
            }
        }
        for (String required : file.requiredColumnNames()) {
            if (!seen.contains(required)) {
                problems.add(ImportProblem.ofLine(fileName, line, "import.problem.missingColumn", required));
            }
        }
        return new Header(names, problems);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    List<String> columns() {
        return names.stream().filter(n -> !n.isEmpty()).toList();
    }
}
