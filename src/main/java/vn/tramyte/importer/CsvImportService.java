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
import vn.tramyte.csvimport.ImportProgress;
import vn.tramyte.csvimport.CsvTable;
import vn.tramyte.csvimport.CsvTableReader;
import vn.tramyte.csvimport.FolderScan;
import vn.tramyte.csvimport.ImportContext;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportProblem;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.csvimport.XlsxTableReader;
import vn.tramyte.db.Database;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.PlaceService;

/**
 * The bulk import of CSV-IMPORT.md: every file is read and every row checked first; only
 * when nothing is wrong are all rows written, persons first, all or nothing (on a copy of the
 * file that takes its place at the end: {@link Database#writeAside}, decision 0018). A failed
 * import changes nothing; a re-import of the same files changes nothing either.
 */
public final class CsvImportService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CsvImportService.class);
    private final Database db;
    /** Who is logged in: every change and export asks it first (issue 13). */
    private final vn.tramyte.security.Session session;
    private final PersonService people;
    private final PlaceService places;
    private final Map<ImportFile, FileRows.Factory> features = new EnumMap<>(ImportFile.class);
    private final CsvTableReader reader = new CsvTableReader();
    private final XlsxTableReader workbooks = new XlsxTableReader();

    /** persons.csv is the import's own; every other file is registered by its feature ({@link #register}). */
    public CsvImportService(Database db, PersonService people, PlaceService places, vn.tramyte.security.Session session) {
        this.db = db;
        this.session = session;
        this.people = people;
        this.places = places;
        register(ImportFile.PERSONS, () -> new PersonRows(people, places));
    }

    /** A feature takes charge of one file (done once, in the composition root). */
    public void register(ImportFile file, FileRows.Factory factory) {
        features.put(file, factory);
    }

    /**
     * Imports files and folders (a folder: every known file in it, in dependency order); an Excel
     * workbook gives the registers of its sheets ({@link XlsxTableReader}), as a folder its files.
     */
    public ImportReport importPaths(String user, List<Path> paths) {
        return importPaths(user, paths, ImportProgress.NONE);
    }

    /**
     * The same, telling the window how far it has come; stopped when {@code progress} says so, at any
     * point, with nothing changed ({@code import.error.stopped}).
     */
    public ImportReport importPaths(String user, List<Path> paths, ImportProgress progress) {
        session.require(vn.tramyte.security.Permission.RECORD);
        long start = System.nanoTime();
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
            stopIfAsked(progress);
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
        handlers.forEach(h -> h.checkWithOthers(session, report));
        long checked = System.nanoTime();
        if (report.hasProblems()) {
            return report.build();
        }
        stopIfAsked(progress);
        long rows = tables.values().stream().mapToLong(t -> t.rows().size()).sum();
        // all or nothing, on a copy of the file put in its place at the end (decision 0018); rows and audit
        // lines are written in batches, each file's before the next is applied
        long[] applied = new long[1];
        try {
            db.writeAside(user, tx -> {
                progress.writing(0, rows);
                tx.onLinesWritten(written -> {
                    progress.writing(Math.min(written, rows), rows);
                    stopIfAsked(progress); // thrown inside the write: the copy is thrown away, the file unchanged
                });
                tx.bulk(() -> handlers.forEach(h -> {
                    h.apply(tx, session, report);
                    tx.flush();
                }));
                applied[0] = System.nanoTime();
            });
        } catch (vn.tramyte.csvimport.RowsRefused refused) {
            // a rule that needed the stored records or the other files: nothing was written
            report.problems(refused.problems());
            return report.build();
        }
        long written = System.nanoTime();
        // a bulk write leaves most of the file dead pages: given back now, not only at the close (issue 14 §9)
        db.compactIfWorthIt();
        LOG.info("import of {} file(s): read and checked in {} ms, written in {} ms, committed in {} ms, compacted in "
                + "{} ms", tables.size(), (checked - start) / 1_000_000, (applied[0] - checked) / 1_000_000,
                (written - applied[0]) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
        return report.build();
    }

    private static void stopIfAsked(ImportProgress progress) {
        if (progress.stopped()) {
            throw new UserError("import.error.stopped");
        }
    }

    private Map<ImportFile, CsvTable> read(List<Path> paths, ImportReport.Builder report) {
        Map<ImportFile, CsvTable> tables = new java.util.TreeMap<>(
                Comparator.comparingInt(f -> ImportFile.dependencyOrder().indexOf(f)));
        List<FolderScan.Found> found = new ArrayList<>();
        List<Path> books = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                FolderScan.Result scan = new FolderScan().scan(path);
                report.problems(scan.problems());
                found.addAll(scan.files());
                books.addAll(scan.workbooks());
            } else {
                String name = path.getFileName().toString();
                Optional<ImportFile> file = ImportFile.forFileName(name);
                if (XlsxTableReader.isWorkbook(name)) {
                    books.add(path);
                    continue;
                }
                if (file.isEmpty()) {
                    report.problem(ImportProblem.ofFile(name, "import.problem.unknownFile",
                            String.join(", ", ImportFile.fileNames())));
                } else {
                    found.add(new FolderScan.Found(file.get(), path));
                }
            }
        }
        found.sort(Comparator.comparingInt(f -> ImportFile.dependencyOrder().indexOf(f.file())));
        List<CsvTable> read = new ArrayList<>();
        for (FolderScan.Found f : found) {
            read.add(reader.read(f.file(), f.path()));
        }
        for (Path book : books) {
            XlsxTableReader.Result result = workbooks.read(book);
            report.problems(result.problems());
            read.addAll(result.tables());
        }
        for (CsvTable table : read) {
            report.problems(table.problems());
            if (table.encoding().assumed()) {
                report.note(ImportProblem.ofFile(table.fileName(), "import.note.encoding", table.encoding().shown()));
            }
            CsvTable first = tables.putIfAbsent(table.file(), table);
            if (first == null) {
                report.source(table.file(), table.fileName());
            } else {
                // persons.csv beside Persons.CSV, or beside a workbook's sheet persons
                report.problem(ImportProblem.ofFile(table.fileName(), first.fileName().equalsIgnoreCase(table.fileName())
                        ? "import.problem.sameFileTwice" : "import.problem.sameRegisterTwice", first.fileName()));
            }
        }
        return tables;
    }
}
