package vn.tramyte.csvimport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderScanTest {
    @TempDir
    Path folder;

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Files.writeString(folder.resolve(name), "ref\n");
        }
    }

    @Test
    void knownFilesAreListedInDependencyOrderWhateverTheirCase() throws IOException {
        touch("births.csv", "ANC_VISITS.csv", "deaths.csv", "Persons.CSV", "pregnancies.csv", "deliveries.csv",
                "measurements.csv", "vaccinations.csv");

        FolderScan.Result scan = new FolderScan().scan(folder);

        assertTrue(scan.ok(), scan.problems().toString());
        assertEquals(List.of(ImportFile.PERSONS, ImportFile.VACCINATIONS, ImportFile.PREGNANCIES,
                ImportFile.MEASUREMENTS, ImportFile.DEATHS, ImportFile.ANC_VISITS, ImportFile.DELIVERIES,
                ImportFile.BIRTHS), scan.files().stream().map(FolderScan.Found::file).toList());
        assertEquals("Persons.CSV", scan.files().get(0).path().getFileName().toString());
    }

    @Test
    void aFolderWithSomeOfTheFilesListsOnlyThose() throws IOException {
        touch("measurements.csv", "persons.csv");

        FolderScan.Result scan = new FolderScan().scan(folder);

        assertEquals(List.of(ImportFile.PERSONS, ImportFile.MEASUREMENTS),
                scan.files().stream().map(FolderScan.Found::file).toList());
    }

    @Test
    void anUnknownCsvFileIsAProblemNamingTheKnownNames() throws IOException {
        touch("persons.csv", "vaccination.csv");

        FolderScan.Result scan = new FolderScan().scan(folder);

        assertEquals(1, scan.problems().size());
        ImportProblem p = scan.problems().get(0);
        assertEquals("vaccination.csv", p.file());
        assertEquals("import.problem.unknownFile", p.key());
        assertArrayEquals(new Object[] {"persons.csv, vaccinations.csv, pregnancies.csv, measurements.csv, "
                + "deaths.csv, anc_visits.csv, deliveries.csv, births.csv"}, p.args());
        assertEquals(1, scan.files().size());
    }

    @Test
    void otherFilesExcelLockFilesAndFoldersAreLeftAlone() throws IOException {
        touch("persons.csv", "notes.docx", "README.txt", "~$persons.csv", "._persons.csv", "~$so-tram.xlsx");
        Files.createDirectory(folder.resolve("old.csv"));

        FolderScan.Result scan = new FolderScan().scan(folder);

        assertTrue(scan.ok(), scan.problems().toString());
        assertEquals(1, scan.files().size());
        assertEquals(List.of(), scan.workbooks());
    }

    @Test
    void workbooksAndExcelsUnicodeTextNamedAfterARegisterAreTaken() throws IOException {
        touch("so-tram.xlsx", "Measurements.txt", "README.txt");

        FolderScan.Result scan = new FolderScan().scan(folder);

        assertTrue(scan.ok(), scan.problems().toString());
        assertEquals(List.of(folder.resolve("so-tram.xlsx")), scan.workbooks());
        assertEquals(List.of(ImportFile.MEASUREMENTS), scan.files().stream().map(FolderScan.Found::file).toList());
    }

    @Test
    void twoNamesForTheSameFileAreAProblem() throws IOException {
        touch("persons.csv", "PERSONS.csv");
        if (Files.list(folder).count() < 2) {
            return; // a case-insensitive file system holds only one of them: nothing to refuse
        }

        FolderScan.Result scan = new FolderScan().scan(folder);

        assertEquals(List.of("import.problem.sameFileTwice"),
                scan.problems().stream().map(ImportProblem::key).toList());
    }

    @Test
    void aFolderWithoutImportFilesIsAProblem() throws IOException {
        touch("persons.xls", "README.txt");

        FolderScan.Result scan = new FolderScan().scan(folder);

        assertEquals(List.of("import.problem.noFiles"), scan.problems().stream().map(ImportProblem::key).toList());
    }

    @Test
    void aMissingFolderIsAProblemNotAnException() {
        FolderScan.Result scan = new FolderScan().scan(folder.resolve("nowhere"));

        assertEquals(List.of("import.problem.folderUnreadable"),
                scan.problems().stream().map(ImportProblem::key).toList());
    }

    @Test
    void theFilesOfAScanAreReadInItsOrder() throws IOException {
        Files.writeString(folder.resolve("vaccinations.csv"), "person_ref,vaccine,date\n1,BCG,2026-01-02\n");
        Files.writeString(folder.resolve("persons.csv"), "ref,full_name,sex,birth_date\n1,An,M,2026-01-01\n");

        List<CsvTable> tables = new CsvTableReader().readAll(new FolderScan().scan(folder));

        assertEquals(List.of(ImportFile.PERSONS, ImportFile.VACCINATIONS),
                tables.stream().map(CsvTable::file).toList());
        assertTrue(tables.stream().allMatch(CsvTable::ok));
    }
}
