package vn.tramyte.csvimport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicatesTest {
    @Test
    void theSameDoseTwiceIsFoundWithTheKeyTheFeatureGives() {
        CsvTable table = Fixtures.read(ImportFile.VACCINATIONS, "vaccinations.csv",
                "person_ref,vaccine,date\n1,BCG,2026-01-02\n1,PENTA1,2026-03-02\n2,BCG,2026-01-02\n1,bcg,2026-01-09\n");

        List<ImportProblem> problems = Duplicates.byKey(table.rows(), "vaccine", "person_ref + vaccine",
                row -> row.get("person_ref") + "|" + row.get("vaccine").toUpperCase(java.util.Locale.ROOT));

        assertEquals(List.of("5 vaccine=bcg import.problem.duplicate"), Fixtures.brief(problems));
        assertArrayEquals(new Object[] {"2", "person_ref + vaccine"}, problems.get(0).args());
    }

    @Test
    void rowsWithoutAKeyAreNotDuplicatesOfEachOther() {
        CsvTable table = Fixtures.read(ImportFile.DEATHS, "deaths.csv",
                "ref,person_ref,death_date\nD1,,2026-01-02\nD2,,2026-01-03\n");

        assertEquals(List.of(), Duplicates.inColumn(table.rows(), "person_ref"));
    }

    @Test
    void theFirstLineOfEachRefTellsAFeatureWhichRefsThisImportDefines() {
        CsvTable table = Fixtures.readResource(ImportFile.PERSONS, "persons-valid.csv");

        Map<String, Integer> lines = table.firstLines("ref");

        assertEquals(Map.of("1", 2, "2", 3, "3", 4, "4", 5), lines);
        assertEquals(Map.of("1", 3), table.firstLines("mother_ref"));
    }
}
