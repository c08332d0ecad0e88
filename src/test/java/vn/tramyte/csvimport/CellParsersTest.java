package vn.tramyte.csvimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.DateText;
import vn.tramyte.person.EthnicGroups;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestClock;

class CellParsersTest {
    private static final LocalDate TODAY = TestClock.TODAY;
    private static final EthnicGroups GROUPS = Fixtures.CONTEXT.ethnicGroups();

    private static LocalDate event(String text) {
        return CellParsers.date(text, DateRule.NOT_FUTURE, TODAY).value().date();
    }

    private static String problem(CellValue<?> value) {
        assertFalse(value.ok(), "expected a problem, got " + value.value());
        return value.problemKey();
    }

    @Test
    void datesAreReadInBothContractFormatsAndWithOneDigitDayOrMonth() {
        assertEquals(LocalDate.of(2025, 3, 5), event("2025-03-05"));
        assertEquals(LocalDate.of(2025, 3, 5), event("05/03/2025"));
        assertEquals(LocalDate.of(2025, 3, 5), event("5/3/2025"));
        assertEquals(LocalDate.of(2024, 2, 29), event("29/02/2024"));
        assertEquals(TODAY, event("22/11/2026"));
    }

    @Test
    void aDayThatIsNotInTheCalendarIsRefusedNotRolledOver() {
        assertEquals("import.problem.dateInvalid", problem(CellParsers.date("31/02/2020", DateRule.NOT_FUTURE, TODAY)));
        assertEquals("import.problem.dateInvalid", problem(CellParsers.date("29/02/2025", DateRule.NOT_FUTURE, TODAY)));
        assertEquals("import.problem.dateInvalid", problem(CellParsers.date("2020-13-01", DateRule.NOT_FUTURE, TODAY)));
        assertEquals("import.problem.dateInvalid", problem(CellParsers.date("3/25/2025", DateRule.NOT_FUTURE, TODAY)));
    }

    @Test
    void otherDateShapesAreUnreadable() {
        for (String text : List.of("05.03.2020", "5/3/25", "2020/03/05", "March 5", "2025-03-05 00:00", "45000")) {
            assertEquals("import.problem.dateUnreadable",
                    problem(CellParsers.date(text, DateRule.NOT_FUTURE, TODAY)), text);
        }
        assertEquals("import.problem.birthDateUnreadable",
                problem(CellParsers.date("05.03.2020", DateRule.BIRTH_DATE, TODAY)));
    }

    @Test
    void aDateAfterTodayIsRefusedNamingToday() {
        CellValue<DateText.Parsed> tomorrow = CellParsers.date("23/11/2026", DateRule.NOT_FUTURE, TODAY);

        assertEquals("import.problem.dateFuture", problem(tomorrow));
        assertEquals(List.of("22/11/2026"), tomorrow.args());
    }

    @Test
    void anExpectedDeliveryDateMayLieAhead() {
        assertTrue(CellParsers.date("2027-03-01", DateRule.FUTURE_ALLOWED, TODAY).ok());
    }

    @Test
    void aDateBefore1900IsATypo() {
        assertEquals("import.problem.dateTooOld", problem(CellParsers.date("05/03/0202", DateRule.NOT_FUTURE, TODAY)));
        assertEquals("import.problem.dateTooOld", problem(CellParsers.date("1899", DateRule.BIRTH_DATE, TODAY)));
    }

    @Test
    void aYearAloneIsABirthDateOfAnAdultStoredAsFirstJanuary() {
        CellValue<DateText.Parsed> adult = CellParsers.date("1990", DateRule.BIRTH_DATE, TODAY);

        assertEquals(new DateText.Parsed(LocalDate.of(1990, 1, 1), true), adult.value());
        assertTrue(CellParsers.date("2008", DateRule.BIRTH_DATE, TODAY).ok(), "18 this year");
        assertEquals("import.problem.yearOnlyChild", problem(CellParsers.date("2010", DateRule.BIRTH_DATE, TODAY)));
        assertEquals("import.problem.dateFuture", problem(CellParsers.date("2027", DateRule.BIRTH_DATE, TODAY)));
        assertEquals("import.problem.dateUnreadable", problem(CellParsers.date("1990", DateRule.NOT_FUTURE, TODAY)));
    }

    @Test
    void sexIsReadFromCodesAndVietnameseWords() {
        assertEquals(Sex.MALE, CellParsers.sex("M").value());
        assertEquals(Sex.FEMALE, CellParsers.sex("f").value());
        assertEquals(Sex.MALE, CellParsers.sex("Nam").value());
        assertEquals(Sex.FEMALE, CellParsers.sex("Nữ").value());
        assertEquals("import.problem.sexUnknown", problem(CellParsers.sex("X")));
    }

    @Test
    void ethnicityIsReadFromTheCodeOrTheNameIgnoringCaseAndDiacritics() {
        assertEquals("03", CellParsers.ethnicity("03", GROUPS).value().code());
        assertEquals("03", CellParsers.ethnicity("thai", GROUPS).value().code());
        assertEquals("08", CellParsers.ethnicity("Mông", GROUPS).value().code());
        assertEquals("08", CellParsers.ethnicity("HMông", GROUPS).value().code());
        assertEquals("import.problem.ethnicityUnknown", problem(CellParsers.ethnicity("99", GROUPS)));
        assertEquals("import.problem.ethnicityUnknown", problem(CellParsers.ethnicity("Kinhh", GROUPS)));
    }

    @Test
    void decimalsUseADotAndACommaOnlyInSemicolonFiles() {
        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.valueOf(60);
        assertEquals(new BigDecimal("8.4"), CellParsers.decimal("8.4", false, min, max).value());
        assertEquals(new BigDecimal("8.4"), CellParsers.decimal("8,4", true, min, max).value());
        assertEquals(new BigDecimal("12"), CellParsers.decimal("12", false, min, max).value());
        assertEquals("import.problem.decimalComma", problem(CellParsers.decimal("8,4", false, min, max)));
        assertEquals("import.problem.numberUnreadable", problem(CellParsers.decimal("8 kg", true, min, max)));
        assertEquals("import.problem.numberUnreadable", problem(CellParsers.decimal("1.234,5", true, min, max)));
    }

    @Test
    void aNumberOutsideThePlausibleRangeNamesTheRange() {
        CellValue<BigDecimal> heavy = CellParsers.decimal("250", false, new BigDecimal("0.5"), BigDecimal.valueOf(60));

        assertEquals("import.problem.outOfRange", problem(heavy));
        assertEquals(List.of("0.5", "60"), heavy.args());
        assertTrue(CellParsers.decimal("60.0", false, new BigDecimal("0.5"), BigDecimal.valueOf(60)).ok());
    }

    @Test
    void integersRefuseDecimalsAndRespectTheirRange() {
        assertEquals(3, CellParsers.integer("3", 1, 10).value());
        assertEquals("import.problem.integerUnreadable", problem(CellParsers.integer("3.0", 1, 10)));
        assertEquals("import.problem.integerUnreadable", problem(CellParsers.integer("99999999999", 1, 10)));
        assertEquals("import.problem.outOfRange", problem(CellParsers.integer("11", 1, 10)));
    }

    @Test
    void yesAndNoAreReadInTheContractsLettersAndInWords() {
        for (String yes : List.of("y", "Y", "yes", "có", "Có", "1")) {
            assertEquals(true, CellParsers.yesNo(yes).value(), yes);
        }
        for (String no : List.of("n", "No", "không", "khong", "0")) {
            assertEquals(false, CellParsers.yesNo(no).value(), no);
        }
        assertEquals("import.problem.yesNoUnknown", problem(CellParsers.yesNo("maybe")));
    }

    @Test
    void codesAreMatchedIgnoringCaseAndGivenAsTheContractSpellsThem() {
        assertEquals("station", CellParsers.code("Station", ContractCodes.DOSE_PLACES).value());
        assertEquals("L", CellParsers.code("l", ContractCodes.POSITIONS).value());
        CellValue<String> unknown = CellParsers.code("clinic", ContractCodes.DOSE_PLACES);
        assertEquals("import.problem.codeUnknown", problem(unknown));
        assertEquals(List.of("station, outreach, hospital, private, other"), unknown.args());
    }

    @Test
    void refsAreCleanedAndLimitedToAHundredCharacters() {
        assertEquals("A 12", CellParsers.ref("  A   12 ").value());
        assertTrue(CellParsers.ref("x".repeat(100)).ok());
        assertEquals("import.problem.refTooLong", problem(CellParsers.ref("x".repeat(101))));
    }

    @Test
    void anEmptyCellGivenToAParserIsMissing() {
        assertEquals("import.problem.required", problem(CellParsers.sex(" ")));
        assertEquals("import.problem.required", problem(CellParsers.yesNo("")));
    }
}
