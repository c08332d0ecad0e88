package vn.tramyte.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OWASP's advice for CSV injection: a cell a spreadsheet would run is neutralised, a number is not. */
class CsvCellsTest {
    @Test
    void aTextAFormulaWouldStartWithGetsAnApostrophe() {
        for (String formula : List.of("=cmd|' /C calc'!A0", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "-",
                "=")) {
            assertEquals("'" + formula, CsvCells.safe(formula), formula);
            assertEquals(formula, CsvCells.restored(CsvCells.safe(formula)), "read back as typed: " + formula);
        }
    }

    @Test
    void numbersDatesAndOrdinaryTextsAreWrittenAsTheyAre() {
        for (String text : List.of("-2.31", "+84912345678", "-1,5", "1.5e-3", "2026-12-05", "Bản Đốc", "Lò Thị Hoa",
                "'quoted'", "")) {
            assertEquals(text, CsvCells.safe(text), text);
            assertEquals(text, CsvCells.restored(text), text);
        }
        assertEquals("-3", CsvCells.safe(-3));
        assertEquals("-0.5", CsvCells.safe(new BigDecimal("-0.5")));
        assertEquals("", CsvCells.safe(null));
        assertEquals(List.of("'=1", "-1", "x"), CsvCells.row(List.of("=1", -1, "x")));
    }
}
