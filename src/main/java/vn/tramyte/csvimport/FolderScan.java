package vn.tramyte.csvimport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the import files in a folder and puts them in dependency order. A {@code .csv} file
 * with any other name is a problem, not skipped: {@code person.csv} or {@code vaccination.csv}
 * would otherwise be left out of an import that reports success.
 */
public final class FolderScan {
    private static final Logger LOG = LoggerFactory.getLogger(FolderScan.class);

    /** An import file found on disk, under the name it has there. */
    public record Found(ImportFile file, Path path) {
    }

    /**
     * The files to import, in dependency order, the Excel workbooks (each may hold several
     * registers, {@link XlsxTableReader}), and what is wrong with the folder.
     */
    public record Result(Path folder, List<Found> files, List<ImportProblem> problems, List<Path> workbooks) {
        public Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
            workbooks = List.copyOf(workbooks);
        }

        public Result(Path folder, List<Found> files, List<ImportProblem> problems) {
            this(folder, files, problems, List.of());
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result scan(Path folder) {
        String folderName = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            LOG.warn("cannot list import folder {}", folder, e);
            return new Result(folder, List.of(),
                    List.of(ImportProblem.ofFile(folderName, "import.problem.folderUnreadable")));
        }
        Map<ImportFile, Found> found = new EnumMap<>(ImportFile.class);
        List<ImportProblem> problems = new ArrayList<>();
        List<Path> workbooks = new ArrayList<>();
        String known = String.join(", ", ImportFile.fileNames());
        for (Path path : entries) {
            String name = path.getFileName().toString();
            if (isHiddenOrLock(name)) {
                continue;
            }
            if (XlsxTableReader.isWorkbook(name)) {
                workbooks.add(path);
                continue;
            }
            Optional<ImportFile> file = ImportFile.forFileName(name);
            if (!isCsv(name) && (!isText(name) || file.isEmpty())) {
                // a .txt file is taken when it is named after a register (Excel's "Unicode text"), a readme is not
                continue;
            }
            if (file.isEmpty()) {
                problems.add(ImportProblem.ofFile(name, "import.problem.unknownFile", known));
            } else if (found.containsKey(file.get())) {
                problems.add(ImportProblem.ofFile(name, "import.problem.sameFileTwice",
                        found.get(file.get()).path().getFileName().toString()));
            } else {
                found.put(file.get(), new Found(file.get(), path));
            }
        }
        if (found.isEmpty() && workbooks.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile(folderName, "import.problem.noFiles", known));
        }
        // EnumMap iterates in declaration order, which is the dependency order
        return new Result(folder, List.copyOf(found.values()), problems, workbooks);
    }

    private static boolean isCsv(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(ImportFile.EXTENSION);
    }

    private static boolean isText(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(ImportFile.TEXT_EXTENSION);
    }

    /** Excel keeps "~$persons.csv" beside a file it has open; macOS leaves "._persons.csv". */
    private static boolean isHiddenOrLock(String name) {
        return name.startsWith(".") || name.startsWith("~$");
    }
}
