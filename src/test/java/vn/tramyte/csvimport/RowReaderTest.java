package vn.tramyte.csvimport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Problem;
import vn.tramyte.common.DateText;
import vn.tramyte.person.Sex;

class RowReaderTest {
    private static RowReader reader(CsvTable table, int index, List<ImportProblem> sink) {
        return new RowReader(table.rows().get(index), Fixtures.CONTEXT, sink::add);
    }

    @Test
    void aValidPersonsFileGivesTypedValuesAndNoProblem() {
        CsvTable table = Fixtures.readResource(ImportFile.PERSONS, "persons-valid.csv");
        List<ImportProblem> problems = new ArrayList<>();

        RowReader mother = reader(table, 0, problems);
        assertEquals(new DateText.Parsed(LocalDate.of(1990, 1, 1), true), mother.birthDate("birth_date").orElseThrow());
        assertEquals("03", mother.ethnicity("ethnicity").orElseThrow().code());
        assertEquals(Sex.FEMALE, mother.sex("sex").orElseThrow());
        assertTrue(mother.ref("mother_ref").isEmpty());
        RowReader child = reader(table, 1, problems);
        assertEquals(LocalDate.of(2025, 3, 5), child.birthDate("birth_date").orElseThrow().date());
        assertEquals("1", child.ref("mother_ref").orElseThrow());
        assertEquals("08", reader(table, 3, problems).ethnicity("ethnicity").orElseThrow().code());

        assertTrue(Fixtures.checkPersons(table).isEmpty());
        assertTrue(problems.isEmpty(), problems.toString());
        assertTrue(mother.ok());
    }

    @Test
    void decimalCommasOfASemicolonFileAreRead() {
        CsvTable table = Fixtures.readResource(ImportFile.MEASUREMENTS, "measurements-semicolon-bom.csv");
        List<ImportProblem> problems = new ArrayList<>();

        RowReader r = reader(table, 0, problems);
        assertEquals(new BigDecimal("8.4"), r.decimal("weight_kg", 0.5, 60).orElseThrow());
        assertEquals(new BigDecimal("71.5"), r.decimal("length_cm", 38, 150).orElseThrow());
        assertEquals(LocalDate.of(2026, 6, 15), r.date("date").orElseThrow());
        assertEquals("H", reader(table, 1, problems).code("position", ContractCodes.POSITIONS).orElseThrow());
        assertEquals(false, reader(table, 1, problems).yesNo("oedema").orElseThrow());
        assertTrue(Fixtures.checkMeasurements(table).isEmpty());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void everyInvalidCellOfAPersonsFileIsReportedInOnePassWithLineColumnAndValue() {
        CsvTable table = Fixtures.readResource(ImportFile.PERSONS, "persons-invalid.csv");

        List<ImportProblem> problems = Fixtures.checkPersons(table);

        assertEquals(List.of(
                "2 birth_date=31/02/1990 import.problem.dateInvalid",
                "3 sex=X import.problem.sexUnknown",
                "3 birth_date=2027-01-05 import.problem.dateFuture",
                "3 ethnicity=Kinhh import.problem.ethnicityUnknown",
                "4 full_name import.problem.required",
                "4 birth_date=2020-13-01 import.problem.dateInvalid",
                "5 birth_date=2010 import.problem.yearOnlyChild",
                "5 ethnicity=99 import.problem.ethnicityUnknown",
                "6 ref=1 import.problem.duplicate",
                "6 birth_date=05.03.2020 import.problem.birthDateUnreadable"), Fixtures.brief(problems));
        assertTrue(problems.stream().allMatch(p -> p.file().equals("persons.csv")));
    }

    @Test
    void everyBadNumberAndCodeOfAMeasurementsFileIsReportedInOnePass() {
        CsvTable table = Fixtures.readResource(ImportFile.MEASUREMENTS, "measurements-invalid.csv");

        List<ImportProblem> problems = Fixtures.checkMeasurements(table);

        assertEquals(List.of(
                "2 weight_kg=abc import.problem.numberUnreadable",
                "3 weight_kg=250 import.problem.outOfRange",
                "3 position=X import.problem.codeUnknown",
                "3 oedema=maybe import.problem.yesNoUnknown",
                "3 muac_mm=12.5 import.problem.integerUnreadable",
                "4 weight_kg=8,4 import.problem.decimalComma",
                "4 length_cm=1.234 import.problem.outOfRange"), Fixtures.brief(problems));
        assertArrayEquals(new Object[] {"0.5", "60"}, problems.get(1).args());
        assertArrayEquals(new Object[] {"L, H"}, problems.get(2).args());
    }

    @Test
    void anEmptyOptionalCellIsNoProblemButAnEmptyRequiredOneIs() {
        CsvTable table = Fixtures.read(ImportFile.VACCINATIONS, "vaccinations.csv",
                "person_ref,vaccine,date,place,lot\n1,,2026-01-02,,\n");
        List<ImportProblem> problems = new ArrayList<>();
        RowReader r = reader(table, 0, problems);

        assertTrue(r.code("place", ContractCodes.DOSE_PLACES).isEmpty());
        assertTrue(r.ok());
        assertTrue(r.text("vaccine").isEmpty());

        assertFalse(r.ok());
        assertEquals(List.of("2 vaccine import.problem.required"), Fixtures.brief(problems));
    }

    @Test
    void aPregnancyNeedsItsLmpOrItsEdd() {
        CsvTable table = Fixtures.read(ImportFile.PREGNANCIES, "pregnancies.csv",
                "ref,person_ref,lmp,edd\nP1,1,,\nP2,1,,2027-02-01\n");
        List<ImportProblem> problems = new ArrayList<>();

        reader(table, 0, problems).requireOneOf("lmp", "edd");
        RowReader second = reader(table, 1, problems);
        second.requireOneOf("lmp", "edd");

        assertEquals(List.of("2 lmp import.problem.oneOfRequired"), Fixtures.brief(problems));
        assertArrayEquals(new Object[] {"lmp, edd"}, problems.get(0).args());
        assertEquals(LocalDate.of(2027, 2, 1), second.dateMayBeFuture("edd").orElseThrow());
    }

    @Test
    void aDeathOfAnUnregisteredPersonNeedsNameSexAndBirthDate() {
        CsvTable table = Fixtures.read(ImportFile.DEATHS, "deaths.csv",
                "ref,person_ref,full_name,sex,birth_date,death_date\n"
                        + "D1,7,,,,2026-01-02\nD2,,Lò Văn Pọm,,,2026-01-02\n");
        List<ImportProblem> problems = new ArrayList<>();

        for (int i = 0; i < 2; i++) {
            RowReader r = reader(table, i, problems);
            for (String column : List.of("full_name", "sex", "birth_date")) {
                r.requireWhenEmpty(column, "person_ref");
            }
        }

        assertEquals(List.of("3 sex import.problem.requiredWhenEmpty", "3 birth_date import.problem.requiredWhenEmpty"),
                Fixtures.brief(problems));
    }

    @Test
    void aLiveBirthNeedsTheChildsRefAndAStillbirthDoesNot() {
        CsvTable table = Fixtures.read(ImportFile.BIRTHS, "births.csv",
                "pregnancy_ref,outcome,child_ref\nP1,Live,\nP2,still,\n");
        List<ImportProblem> problems = new ArrayList<>();

        for (int i = 0; i < 2; i++) {
            reader(table, i, problems).requireWhenValue("child_ref", "outcome", ContractCodes.LIVE_BIRTH);
        }

        assertEquals(List.of("2 child_ref import.problem.requiredWhenValue"), Fixtures.brief(problems));
    }

    @Test
    void anEventBeforeTheBirthAndAnUnknownRefAreReportedOnTheirCells() {
        CsvTable table = Fixtures.read(ImportFile.VACCINATIONS, "vaccinations.csv",
                "person_ref,vaccine,date\n9,BCG,2020-01-01\n");
        List<ImportProblem> problems = new ArrayList<>();
        RowReader r = reader(table, 0, problems);

        r.notBeforeBirth("date", r.date("date").orElseThrow(), LocalDate.of(2021, 5, 6));
        r.notBeforeBirth("date", LocalDate.of(2022, 1, 1), LocalDate.of(2021, 5, 6));
        r.refNotFound("person_ref", ImportFile.PERSONS);

        assertEquals(List.of("2 date=2020-01-01 import.problem.beforeBirth",
                "2 person_ref=9 import.problem.refNotFound"), Fixtures.brief(problems));
        assertArrayEquals(new Object[] {"06/05/2021"}, problems.get(0).args());
        assertArrayEquals(new Object[] {"persons.csv"}, problems.get(1).args());
    }

    @Test
    void aProblemOfTheFeaturesValidatorIsPlacedOnItsCell() {
        CsvTable table = Fixtures.read(ImportFile.PERSONS, "persons.csv",
                "ref,full_name,sex,birth_date,phone\n1,An,M,2020-01-01,12345\n");
        List<ImportProblem> problems = new ArrayList<>();

        reader(table, 0, problems).problem("phone", Problem.of("phone", "person.error.phoneFormat", "12345"));

        assertEquals(ImportProblem.ofCell("persons.csv", 2, "phone", "12345", "person.error.phoneFormat", "12345"),
                problems.get(0));
    }
}
