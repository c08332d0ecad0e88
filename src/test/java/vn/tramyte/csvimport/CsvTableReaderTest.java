package vn.tramyte.csvimport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {
    private static final String PERSONS_HEADER =
            "ref,full_name,sex,birth_date,ethnicity,village,mother_ref,personal_id,insurance_no,phone\n";

    @Test
    void validPersonsFileGivesEveryRowWithItsLineAndCells() {
        CsvTable table = Fixtures.readResource(ImportFile.PERSONS, "persons-valid.csv");

        assertTrue(table.ok(), table.problems().toString());
        assertEquals(',', table.separator());
        assertEquals(ImportFile.PERSONS.columnNames(), table.columns());
        assertEquals(List.of(2, 3, 4, 5), table.rows().stream().map(CsvRow::line).toList());
        CsvRow first = table.rows().get(0);
        assertEquals("Lò Thị Hương", first.get("full_name"));
        assertEquals("1990", first.get("birth_date"));
        assertEquals("", first.get("mother_ref"));
        assertEquals("Bản Nà, Cang", table.rows().get(3).get("village"));
    }

    /**
     * Issue 12: a commune's registers are over 100,000 rows held together while the files are checked, in a
     * heap of 256 MB: a value met again in the file (a date, a code, a ref) is the same text object, and the
     * cells are a read-only view over the file's one set of column names.
     */
    @Test
    void equalValuesOfAFileAreHeldOnceAndTheCellsAreReadOnly() {
        CsvTable table = Fixtures.read(ImportFile.VACCINATIONS, "vaccinations.csv",
                "person_ref,vaccine,date,place,lot\n"
                        + "1,BCG,2026-01-02,station, A1 \n"
                        + "2,BCG,2026-01-02,station,A1\n");
        CsvRow first = table.rows().get(0);
        CsvRow second = table.rows().get(1);
        assertTrue(first.get("date") == second.get("date"), "one text for the date of both lines");
        assertTrue(first.get("lot") == second.get("lot"), "trimmed, then shared");
        assertEquals(java.util.Map.of("person_ref", "1", "vaccine", "BCG", "date", "2026-01-02", "place", "station",
                "lot", "A1"), first.cells());
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class,
                () -> first.cells().put("lot", "B2"));
    }

    @Test
    void semicolonFileWithByteOrderMarkIsReadWithMixedCaseHeadersInAnyOrder() {
        CsvTable table = Fixtures.readResource(ImportFile.MEASUREMENTS, "measurements-semicolon-bom.csv");

        assertTrue(table.ok(), table.problems().toString());
        assertEquals(';', table.separator());
        assertEquals("person_ref", table.columns().get(0));
        assertEquals("date", table.columns().get(1));
        CsvRow row = table.rows().get(0);
        assertEquals("2", row.get("person_ref"));
        assertEquals("8,4", row.get("weight_kg"));
        assertTrue(row.decimalCommaAllowed());
    }

    @Test
    void linesOfOnlySeparatorsAndEmptyLinesAreSkippedWithoutShiftingLineNumbers() {
        CsvTable table = Fixtures.readResource(ImportFile.MEASUREMENTS, "measurements-semicolon-bom.csv");

        assertEquals(List.of(2, 5), table.rows().stream().map(CsvRow::line).toList());
    }

    @Test
    void aQuotedCellHoldingLineBreaksKeepsTheLineNumbersOfLaterRowsTrue() {
        CsvTable table = Fixtures.read(ImportFile.VACCINATIONS, "vaccinations.csv",
                "person_ref,vaccine,date,place,lot\r\n"
                        + "1,BCG,2026-01-02,station,\"A1\r\nB2\nC3\"\r\n"
                        + "2,BCG,2026-01-03,x,\n");

        assertEquals(List.of(2, 5), table.rows().stream().map(CsvRow::line).toList());
        assertEquals("A1\r\nB2\nC3", table.rows().get(0).get("lot"));
    }

    @Test
    void unknownColumnIsRefusedWithItsNameAndTheKnownColumns() {
        CsvTable table = Fixtures.read(ImportFile.VACCINATIONS, "vaccinations.csv",
                "person_ref,vaccine,date,plase\n1,BCG,2026-01-02,station\n");

        assertEquals(1, table.problems().size());
        ImportProblem p = table.problems().get(0);
        assertEquals("import.problem.unknownColumn", p.key());
        assertEquals(1, p.line());
        assertEquals("plase", p.column());
        assertArrayEquals(new Object[] {"plase", "person_ref, vaccine, date, place, lot"}, p.args());
        assertTrue(table.rows().isEmpty(), "rows of a refused header are not checked");
    }

    @Test
    void missingRequiredColumnIsRefusedByName() {
        CsvTable table = Fixtures.read(ImportFile.PERSONS, "persons.csv", "ref,full_name,sex\n1,An,M\n");

        assertEquals(List.of("1 - import.problem.missingColumn"), Fixtures.brief(table.problems()));
        assertArrayEquals(new Object[] {"birth_date"}, table.problems().get(0).args());
    }

    @Test
    void optionalColumnsMayBeLeftOutOfTheHeader() {
        CsvTable table = Fixtures.read(ImportFile.PERSONS, "persons.csv",
                "REF , Full_Name,sex,birth_date\n1,An,M,2020-01-01\n");

        assertTrue(table.ok(), table.problems().toString());
        assertEquals("", table.rows().get(0).get("village"));
        assertTrue(!table.rows().get(0).hasColumn("village"));
    }

    @Test
    void columnNamedTwiceIsRefused() {
        CsvTable table = Fixtures.read(ImportFile.PERSONS, "persons.csv", "ref,full_name,sex,birth_date,Sex\n");

        assertEquals(List.of("1 sex import.problem.duplicateColumn"), Fixtures.brief(table.problems()));
    }

    @Test
    void lineWithTheWrongNumberOfCellsIsReportedByLine() {
        CsvTable table = Fixtures.read(ImportFile.PERSONS, "persons.csv",
                "ref,full_name,sex,birth_date\n1,An,M,2020-01-01\n2,Binh,M\n3,Chi,F,2020-01-01,extra\n"
                        + "4,Dung,F,2020-01-01\n");

        assertEquals(List.of("3 - import.problem.cellCount", "4 - import.problem.cellCount"),
                Fixtures.brief(table.problems()));
        assertArrayEquals(new Object[] {"4", "3"}, table.problems().get(0).args());
        assertEquals(List.of(2, 5), table.rows().stream().map(CsvRow::line).toList());
    }

    @Test
    void trailingEmptyCellsAndNamelessEmptyColumnsAreHarmless() {
        CsvTable table = Fixtures.read(ImportFile.PERSONS, "persons.csv",
                "ref;full_name;sex;birth_date;;\n1;An;M;2020-01-01;;\n2;Binh;M;2020-01-01;;;\n");

        assertTrue(table.ok(), table.problems().toString());
        assertEquals(2, table.rows().size());
    }

    @Test
    void valueUnderANamelessColumnIsReported() {
        CsvTable table = Fixtures.read(ImportFile.PERSONS, "persons.csv",
                "ref,full_name,sex,birth_date,\n1,An,M,2020-01-01,note\n");

        assertEquals(List.of("2 - import.problem.valueWithoutColumn"), Fixtures.brief(table.problems()));
        assertArrayEquals(new Object[] {"5", "note"}, table.problems().get(0).args());
    }

    @Test
    void sameRefTwiceInPersonsIsAProblemOnTheSecondLineNamingTheFirst() {
        CsvTable table = Fixtures.read(ImportFile.PERSONS, "persons.csv",
                PERSONS_HEADER + "A7,An,M,2020-01-01,,,,,,\nA8,Binh,M,2020-01-01,,,,,,\n A7 ,Chi,F,2020-01-01,,,,,,\n");

        assertEquals(List.of("4 ref=A7 import.problem.duplicate"), Fixtures.brief(table.problems()));
        assertArrayEquals(new Object[] {"2", "ref"}, table.problems().get(0).args());
    }

    @Test
    void sameRefTwiceInPregnanciesAndInDeathsIsAProblemToo() {
        CsvTable pregnancies = Fixtures.read(ImportFile.PREGNANCIES, "pregnancies.csv",
                "ref,person_ref,lmp\nP1,1,2026-03-01\nP1,2,2026-04-01\n");
        CsvTable deaths = Fixtures.read(ImportFile.DEATHS, "deaths.csv",
                "ref,person_ref,death_date\nD1,1,2026-03-01\nD2,2,2026-04-01\nD1,3,2026-05-01\n");

        assertEquals(List.of("3 ref=P1 import.problem.duplicate"), Fixtures.brief(pregnancies.problems()));
        assertEquals(List.of("4 ref=D1 import.problem.duplicate"), Fixtures.brief(deaths.problems()));
    }

    @Test
    void refsDifferingOnlyInCaseAreDifferentRefs() {
        CsvTable table = Fixtures.read(ImportFile.PERSONS, "persons.csv",
                "ref,full_name,sex,birth_date\na1,An,M,2020-01-01\nA1,Binh,M,2020-01-01\n");

        assertTrue(table.ok(), table.problems().toString());
    }

    @Test
    void aFileInExcelsVietnameseCodePageIsReadAndSaysSo() {
        // Excel's plain "CSV" on a Vietnamese Windows is Windows-1258, where ò is o then the grave accent (CC)
        byte[] windows1258 = vn.tramyte.testing.ExcelFiles.windows1258(
                "ref,full_name,sex,birth_date\n1,Lo Van An,M,2020-01-01\n2,Lò Van,F,2020-01-01\n");

        CsvTable table = new CsvTableReader().read(ImportFile.PERSONS, "persons.csv", windows1258);

        assertTrue(table.ok(), table.problems().toString());
        assertEquals("Lò Van", table.rows().get(1).get("full_name"));
        assertEquals(ImportText.Encoding.WINDOWS_1258, table.encoding());
    }

    @Test
    void aFileNoEncodingReadsIsRefusedAtTheLineOfTheBadByte() {
        // 0x90 is no character of Windows-1258, nor a first byte of UTF-8
        byte[] bytes = "ref,full_name,sex,birth_date\n1,Lo Van An,M,2020-01-01\n2,L? Van,F,2020-01-01\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        bytes[new String(bytes, StandardCharsets.ISO_8859_1).indexOf('?')] = (byte) 0x90;

        CsvTable table = new CsvTableReader().read(ImportFile.PERSONS, "persons.csv", bytes);

        assertEquals(List.of("3 - import.problem.notText"), Fixtures.brief(table.problems()));
    }

    @Test
    void excelsUnicodeTextIsSeparatedByTabs() {
        String text = "ref\tfull_name\tsex\tbirth_date\r\n1\tLò Thị Hoa\tF\t1998\r\n";
        CsvTable table = new CsvTableReader().read(ImportFile.PERSONS, "persons.txt",
                vn.tramyte.testing.ExcelFiles.unicodeText(text));

        assertTrue(table.ok(), table.problems().toString());
        assertEquals('\t', table.separator());
        assertEquals("Lò Thị Hoa", table.rows().get(0).get("full_name"));
    }

    @Test
    void anEmptyFileIsRefused() {
        CsvTable table = Fixtures.read(ImportFile.PERSONS, "persons.csv", "\n\n");

        assertEquals(List.of("0 - import.problem.emptyFile"), Fixtures.brief(table.problems()));
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheLineWhereItOpens() {
        CsvTable table = Fixtures.read(ImportFile.PERSONS, "persons.csv",
                "ref,full_name,sex,birth_date\n1,An,M,2020-01-01\n2,\"Binh,M,2020-01-01\n3,Chi,F,2020-01-01\n");

        assertEquals(List.of("3 - import.problem.badQuotes"), Fixtures.brief(table.problems()));
        assertEquals(List.of(2), table.rows().stream().map(CsvRow::line).toList());
    }

    @Test
    void aFileThatCannotBeOpenedIsAProblemNotAnException(@TempDir Path dir) {
        CsvTable table = new CsvTableReader().read(ImportFile.PERSONS, dir.resolve("persons.csv"));

        assertEquals(List.of("0 - import.problem.fileUnreadable"), Fixtures.brief(table.problems()));
    }

    @Test
    void aFileOnDiskIsReportedUnderTheNameItHasThere(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Persons.CSV");
        Files.writeString(file, "ref,full_name,sex,birth_date\n1,An,M,2020-01-01\n1,Binh,M,2020-01-01\n");

        CsvTable table = new CsvTableReader().read(ImportFile.PERSONS, file);

        assertEquals("Persons.CSV", table.problems().get(0).file());
        assertEquals("Persons.CSV", table.rows().get(0).fileName());
    }

    @Test
    void theSeparatorComesFromTheHeaderNotFromDecimalCommasInTheData() {
        assertEquals(',', CsvTableReader.separatorOf("person_ref,date,weight_kg\n1;2;\"3,4\"\n"));
        assertEquals(';', CsvTableReader.separatorOf("\n\nperson_ref;date;weight_kg\n1,2,3\n"));
        assertEquals(',', CsvTableReader.separatorOf("ref\n1\n"));
    }

    @Test
    void askingARowForAColumnOutsideTheContractIsAProgrammingError() {
        CsvRow row = Fixtures.readResource(ImportFile.PERSONS, "persons-valid.csv").rows().get(0);

        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> row.get("fullname"));
    }

    // ---- limits (issue 14 §4): a huge file is refused with the limit named, never read whole

    @Test
    void aLinkToAnEndlessDeviceIsRefusedAsTooLargeWithTheLimit(@TempDir Path dir) throws Exception {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "a system with /dev/zero");
        Path link = Files.createSymbolicLink(dir.resolve("persons.csv"), zero);

        CsvTable table = new CsvTableReader().read(ImportFile.PERSONS, link);

        assertEquals(List.of(ImportProblem.ofFile("persons.csv", "import.problem.fileTooLarge",
                String.valueOf(CsvTableReader.MAX_FILE_MB))), table.problems());
        assertTrue(table.rows().isEmpty());
        assertEquals("persons.csv: The file is larger than 16 MB, the most one import reads. Split it into smaller "
                + "files (for example by year or by village) and import them one after the other: a ref finds the "
                + "people of an earlier import.", table.problems().get(0).describe(vn.tramyte.common.Messages
                .forLanguage("en")));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAndOneAtTheLimitIsRead(@TempDir Path dir) throws Exception {
        String rows = PERSONS_HEADER + "1,Lò Thị Hoa,F,1996,,,,,,\n";
        Path file = Files.writeString(dir.resolve("persons.csv"), rows, StandardCharsets.UTF_8);
        long size = Files.size(file);

        assertTrue(new CsvTableReader(size, 10).read(ImportFile.PERSONS, file).ok());
        CsvTable over = new CsvTableReader(size - 1, 10).read(ImportFile.PERSONS, file);
        assertEquals("import.problem.fileTooLarge", over.problems().get(0).key());
        assertTrue(over.rows().isEmpty());
    }

    @Test
    void aFileOverTheRowLimitIsRefusedWithTheLimit(@TempDir Path dir) throws Exception {
        StringBuilder text = new StringBuilder(PERSONS_HEADER);
        for (int i = 1; i <= 4; i++) {
            text.append(i).append(",Lò Thị Hoa,F,1996,,,,,,\n");
        }
        Path file = Files.writeString(dir.resolve("persons.csv"), text.toString(), StandardCharsets.UTF_8);

        assertEquals(4, new CsvTableReader(1 << 20, 4).read(ImportFile.PERSONS, file).rows().size());
        CsvTable over = new CsvTableReader(1 << 20, 3).read(ImportFile.PERSONS, file);
        assertEquals(List.of(ImportProblem.ofFile("persons.csv", "import.problem.tooManyRows", "3")), over.problems());
        assertTrue(over.rows().isEmpty());
    }

    @Test
    void aCellLongerThanAnyColumnIsRefusedOnItsLine(@TempDir Path dir) throws Exception {
        String village = "Bản " + "Phiêng".repeat(400);
        Path file = Files.writeString(dir.resolve("persons.csv"), PERSONS_HEADER + "1,Lò Thị Hoa,F,1996,,"
                + village + ",,,,\n2,Lò Văn An,M,1990,,Bản Mè,,,,\n", StandardCharsets.UTF_8);

        CsvTable table = new CsvTableReader().read(ImportFile.PERSONS, file);

        assertEquals(1, table.problems().size(), table.problems().toString());
        ImportProblem p = table.problems().get(0);
        assertEquals("import.problem.cellTooLong", p.key());
        assertEquals(2, p.line());
        assertEquals("village", p.column());
        assertEquals(List.of(2, 3).subList(1, 2), table.rows().stream().map(CsvRow::line).toList());
    }
}
