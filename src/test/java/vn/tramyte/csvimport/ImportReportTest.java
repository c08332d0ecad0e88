package vn.tramyte.csvimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Messages;

class ImportReportTest {
    private static final ImportProblem BAD_DATE = ImportProblem.ofCell("persons.csv", 5, "birth_date", "31/02/2020",
            "import.problem.dateInvalid");

    @Test
    void aReportWithoutProblemsCountsRowsPerFileInDependencyOrder() {
        ImportReport report = ImportReport.builder()
                .count(ImportFile.VACCINATIONS, RowChange.NEW, 3)
                .count(ImportFile.PERSONS, RowChange.NEW)
                .count(ImportFile.PERSONS, RowChange.UPDATED)
                .count(ImportFile.PERSONS, RowChange.UNCHANGED, 40)
                .build();

        assertTrue(report.ok());
        assertEquals(List.of(new FileCounts(ImportFile.PERSONS, 1, 1, 40),
                new FileCounts(ImportFile.VACCINATIONS, 3, 0, 0)), report.files());
        assertEquals(42, report.counts(ImportFile.PERSONS).orElseThrow().total());
        assertEquals(Optional.empty(), report.counts(ImportFile.DEATHS));
    }

    @Test
    void aReportWithProblemsIsNotOkAndCountsNothing() {
        ImportReport.Builder builder = ImportReport.builder().count(ImportFile.PERSONS, RowChange.NEW);
        RowReader r = new RowReader(Fixtures.read(ImportFile.PERSONS, "persons.csv",
                "ref,full_name,sex,birth_date\n1,An,X,2020-01-01\n").rows().get(0), Fixtures.CONTEXT, builder::problem);
        r.sex("sex");

        ImportReport report = builder.problem(BAD_DATE).build();

        assertFalse(report.ok());
        assertTrue(report.files().isEmpty());
        assertEquals(2, report.problemsOf("persons.csv").size());
        assertTrue(report.problemsOf("deaths.csv").isEmpty());
    }

    @Test
    void aProblemIsDescribedWithFileLineColumnAndValueInVietnamese() {
        Messages vi = Messages.forLanguage("vi");

        assertEquals("persons.csv, dòng 5, cột birth_date, giá trị “31/02/2020”: "
                + vi.get("import.problem.dateInvalid"), BAD_DATE.describe(vi));
        assertEquals("persons.csv, dòng 1234, cột ref: " + vi.get("import.problem.required"),
                ImportProblem.ofCell("persons.csv", 1234, "ref", "", "import.problem.required").describe(vi));
    }

    @Test
    void problemsOfALineOrAWholeFileAreDescribedWithoutTheMissingParts() {
        Messages en = Messages.forLanguage("en");

        assertEquals("persons.csv, line 3: This line has 3 cells but the first line names 4 columns. Look for a "
                        + "missing or extra separator, or for a value holding the separator without quotes.",
                ImportProblem.ofLine("persons.csv", 3, "import.problem.cellCount", "4", "3").describe(en));
        assertEquals("persons.csv: " + en.get("import.problem.emptyFile"),
                ImportProblem.ofFile("persons.csv", "import.problem.emptyFile").describe(en));
    }

    @Test
    void theReportReadsAsSentencesInTheUsersLanguage() {
        Messages vi = Messages.forLanguage("vi");
        ImportReport done = ImportReport.builder().count(ImportFile.PERSONS, RowChange.NEW, 1200).build();
        ImportReport refused = ImportReport.builder().problem(BAD_DATE).build();

        assertEquals(List.of("persons.csv: 1200 mới, 0 cập nhật, 0 không đổi"), done.lines(vi));
        assertEquals(2, refused.lines(vi).size());
        assertTrue(refused.lines(vi).get(0).contains("1"), refused.lines(vi).get(0));
    }
}
