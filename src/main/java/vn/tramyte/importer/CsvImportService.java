package vn.tramyte.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tramyte.common.UserError;
import vn.tramyte.csvimport.CsvTable;
import vn.tramyte.csvimport.CsvTableReader;
import vn.tramyte.csvimport.FolderScan;
import vn.tramyte.csvimport.ImportContext;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportProblem;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.db.Database;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.PlaceService;

/**
 * The bulk import of CSV-IMPORT.md: every file is read and every row checked first; only
 * when nothing is wrong are all rows written, in one transaction, persons first. A failed
 * import changes nothing; a re-import of the same files changes nothing either.
 */
public final class CsvImportService {
    private final Database db;
    private final PersonService people;
    private final PlaceService places;
    private final Map<ImportFile, FileRows.Factory> features = new EnumMap<>(ImportFile.class);
    private final CsvTableReader reader = new CsvTableReader();

    /** persons.csv is the import's own; every other file is registered by its feature ({@link #register}). */
    public CsvImportService(Database db, PersonService people, PlaceService places) {
        this.db = db;
        this.people = people;
        this.places = places;
        register(ImportFile.PERSONS, () -> new PersonRows(people, places));
    }

    /** A feature takes charge of one file (done once, in the composition root). */
    public void register(ImportFile file, FileRows.Factory factory) {
        features.put(file, factory);
    }

    /** Imports files and folders (a folder: every known file in it, in dependency order). */
    public ImportReport importPaths(String user, List<Path> paths) {
        ImportReport.Builder report = ImportReport.builder();
        String station = db.read(places::ownStationCode);
        if (station == null) {
            throw new UserError("import.error.centre");
        }
        Map<ImportFile, CsvTable> tables = read(paths, report);
        ImportContext context = new ImportContext(people.today(), people.ethnicGroups());
        Map<String, ImportSession.KnownPerson> recorded = new java.util.HashMap<>();
        db.read(tx -> people.importedPeople(tx, station)).forEach((ref, p) -> recorded.put(ref,
                new ImportSession.KnownPerson(ref, p.id(), p.sex(), p.birthDate(), 0)));
        ImportSession session = new ImportSession(station, context, recorded);
        List<FileRows> handlers = new ArrayList<>();
        for (Map.Entry<ImportFile, CsvTable> e : tables.entrySet()) {
            FileRows.Factory factory = features.get(e.getKey());
            if (factory == null) {
                report.problem(ImportProblem.ofFile(e.getValue().fileName(), "import.problem.notYetSupported"));
                continue;
            }
            if (e.getValue().rows().isEmpty() && e.getValue().problems().isEmpty()) {
                report.readEmpty(e.getKey());
            }
            FileRows rows = factory.create();
            rows.check(e.getValue(), session, report);
            handlers.add(rows);
        }
        if (report.hasProblems()) {
            return report.build();
        }
        // one transaction; rows and audit lines are written in batches, each file's before the next is applied
        db.writeVoid(user, tx -> tx.bulk(() -> handlers.forEach(h -> {
            h.apply(tx, session, report);
            tx.flush();
        })));
        // a bulk write leaves most of the file dead pages: given back now, not only at the close (issue 14 §9)
        db.compactIfWorthIt();
        ImportReport done = report.build();
        return done;
    }

    private Map<ImportFile, CsvTable> read(List<Path> paths, ImportReport.Builder report) {
        Map<ImportFile, CsvTable> tables = new java.util.TreeMap<>(
                Comparator.comparingInt(f -> ImportFile.dependencyOrder().indexOf(f)));
        List<FolderScan.Found> found = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                FolderScan.Result scan = new FolderScan().scan(path);
                report.problems(scan.problems());
                found.addAll(scan.files());
            } else {
                String name = path.getFileName().toString();
                Optional<ImportFile> file = ImportFile.forFileName(name);
                if (file.isEmpty()) {
                    report.problem(ImportProblem.ofFile(name, "import.problem.unknownFile",
                            String.join(", ", ImportFile.fileNames())));
                } else {
                    found.add(new FolderScan.Found(file.get(), path));
                }
            }
        }
        found.sort(Comparator.comparingInt(f -> ImportFile.dependencyOrder().indexOf(f.file())));
        for (FolderScan.Found f : found) {
            CsvTable table = reader.read(f.file(), f.path());
            report.problems(table.problems());
            if (tables.putIfAbsent(f.file(), table) != null) {
                report.problem(ImportProblem.ofFile(table.fileName(), "import.problem.sameFileTwice",
                        tables.get(f.file()).fileName()));
            }
        }
        return tables;
    }
}
