package vn.tramyte.nutrition.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.nutrition.growth.AnthroCalculator;
import vn.tramyte.nutrition.growth.GrowthStandards;

class SurveyCalculatorTest {
    private static final vn.tramyte.common.Messages EN = new vn.tramyte.common.Messages(vn.tramyte.common.Messages.ENGLISH);
    private static final SurveyCalculator SURVEY =
            new SurveyCalculator(new AnthroCalculator(GrowthStandards.loadBundled()));

    @TempDir
    Path dir;

    @Test
    void goodRowsAreScoredAndBadRowsReportedWithoutStoppingTheOthers() throws IOException {
        Path in = write("in.csv", """
                child,sex,age_days,weight_kg,length_cm,measure,oedema
                A1,2,365,16,,,
                A2,1,987,,72.86,L,n
                A3,1,400,abc,75,L,n
                A4,X,400,9,75,L,n
                A5,1,244,,60,H,
                A6,2,400,7.5,72,L,y
                """);
        Path out = dir.resolve("out.csv");

        SurveyResult result = SURVEY.calculate(in, out);

        assertEquals(6, result.rows());
        assertEquals(4, result.scored());
        assertEquals(2, result.badRows());
        assertEquals(List.of("line 4: weight_kg 'abc' is not a number", "line 5: sex 'X' is not a sex (1/2 or M/F)"),
                result.problems().stream().map(RowProblem::describe).toList());
        assertEquals(RowProblem.Reason.NOT_A_NUMBER, result.problems().get(0).reason());
        assertEquals("survey.problem.notANumber", result.problems().get(0).reason().messageKey());
        assertEquals("weight_kg", result.problems().get(0).column());
        assertEquals("abc", result.problems().get(0).value());
        assertEquals(List.of(
                "child,sex,age_days,weight_kg,length_cm,measure,oedema,waz,haz,whz,baz,flags,error",
                "A1,2,365,16,,,,4.80,,,,,",
                "A2,1,987,,72.86,L,n,,-6.09,,,haz_implausible,",
                "A3,1,400,abc,75,L,n,,,,,,weight_kg 'abc' is not a number",
                "A4,X,400,9,75,L,n,,,,,,sex 'X' is not a sex (1/2 or M/F)",
                "A5,1,244,,60,H,,,-4.81,,,c9mo,",
                "A6,2,400,7.5,72,L,y,,-1.28,,,,"), read(out));
    }

    @Test
    void semicolonFileWithByteOrderMarkDayMonthYearDatesAndDecimalCommas() throws IOException {
        Path in = dir.resolve("vn.csv");
        Files.writeString(in, "\uFEFFHọ tên;sex;birth_date;visit_date;weight_kg;length_cm;measure;oedema\r\n"
                + "Lò Thị Hoa;Nữ;05/01/2024;04/01/2025;16;;;\r\n"
                + "Vàng A Sử;M;2022-03-01;2025-03-01;13,2;92,4;H;n\r\n"
                + "Tòng Văn Ún;M;31/02/2024;01/06/2024;7,1;65;L;n\r\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("vn-out.csv");

        SurveyResult result = SURVEY.calculate(in, out);

        assertEquals(3, result.rows());
        assertEquals(1, result.badRows());
        assertEquals("line 4: birth_date '31/02/2024' is not a date (yyyy-mm-dd or dd/mm/yyyy)",
                result.problems().get(0).describe());
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(written.startsWith("\uFEFF"), "the byte-order mark is kept for Excel");
        List<String> lines = read(out);
        assertEquals("Họ tên;sex;birth_date;visit_date;weight_kg;length_cm;measure;oedema;waz;haz;whz;baz;flags;error",
                lines.get(0));
        // 5 Jan 2024 to 4 Jan 2025 is 365 days: the README's 16 kg girl
        assertTrue(lines.get(1).startsWith("Lò Thị Hoa;Nữ;05/01/2024;04/01/2025;16;;;;4.80;"), lines.get(1));
        assertTrue(lines.get(2).startsWith("Vàng A Sử;M;2022-03-01;2025-03-01;13,2;92,4;H;n;"), lines.get(2));
        assertFalse(lines.get(2).contains(";;;;;;"), "the decimal-comma child is scored: " + lines.get(2));
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
        Path in = write("bom.csv", "\uFEFFsex,age_days,weight_kg,length_cm\n1,100,6,60\n");
        SurveyResult result = SURVEY.calculate(in, dir.resolve("out.csv"));
        assertEquals(0, result.badRows());
        assertEquals(1, result.scored());
    }

    @Test
    void missingColumnRefusesTheFileAndWritesNothing() throws IOException {
        Path in = write("in.csv", "sex,weight_kg,length_cm\n1,9,75\n");
        Path out = dir.resolve("out.csv");

        SurveyFormatException e = assertThrows(SurveyFormatException.class, () -> SURVEY.calculate(in, out));

        assertEquals("missing column age_days (age_days may be replaced by the two columns birth_date and visit_date); "
                + "the header has: sex, weight_kg, length_cm", EN.format(e.key(), e.args()));
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no partial file is left behind");
        }
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path in = write("in.csv", "");
        assertThrows(SurveyFormatException.class, () -> SURVEY.calculate(in, dir.resolve("out.csv")));
    }

    @Test
    void fileThatIsNotUtf8IsRefused() throws IOException {
        Path in = dir.resolve("latin1.csv");
        Files.write(in, "sex,age_days,weight_kg,length_cm,village\n1,100,6,60,Mư\u00f4ng\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        SurveyFormatException e = assertThrows(SurveyFormatException.class,
                () -> SURVEY.calculate(in, dir.resolve("out.csv")));
        assertEquals("the file is not UTF-8 text; save it from the spreadsheet as CSV UTF-8", EN.format(e.key(), e.args()));
    }

    @Test
    void textThatIsNotUtf8FarIntoTheFileIsRefusedToo() throws IOException {
        Path in = dir.resolve("late.csv");
        String rows = "sex,age_days,weight_kg,length_cm,village\n" + "1,100,6,60,Ta Gia\n".repeat(3000);
        Files.write(in, (rows + "1,100,6,60,Mư\u00f4ng\n").getBytes(StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("out.csv");

        assertThrows(SurveyFormatException.class, () -> SURVEY.calculate(in, out));
        assertFalse(Files.exists(out));
    }

    @Test
    void unclosedQuoteRefusesTheFile() throws IOException {
        Path in = write("in.csv", "sex,age_days,weight_kg,length_cm\n1,100,6,60\n1,\"100,6,60\n");
        SurveyFormatException e = assertThrows(SurveyFormatException.class,
                () -> SURVEY.calculate(in, dir.resolve("out.csv")));
        assertEquals("anthro.format.broken", e.key());
    }

    @Test
    void decimalCommaInACommaFileShiftsTheValuesAndIsReported() throws IOException {
        Path in = write("in.csv", "sex,age_days,weight_kg,length_cm\n1,400,8,5,75\n");
        SurveyResult result = SURVEY.calculate(in, dir.resolve("out.csv"));
        assertEquals(1, result.badRows());
        assertEquals("line 2: the row has 5 values, but the header has 4 columns", result.problems().get(0).describe());
    }

    @Test
    void everyProblemOfARowIsReported() throws IOException {
        Path in = write("in.csv", "sex,age_days,weight_kg,length_cm,measure,oedema\n,-3,1e3,NaN,S,maybe\n");
        SurveyResult result = SURVEY.calculate(in, dir.resolve("out.csv"));
        assertEquals(List.of("line 2: sex is missing", "line 2: age_days '-3' is negative",
                        "line 2: weight_kg '1e3' is not a number", "line 2: length_cm 'NaN' is not a number",
                        "line 2: measure 'S' is not a position (L or H)", "line 2: oedema 'maybe' is not y or n"),
                result.problems().stream().map(RowProblem::describe).toList());
        assertEquals(1, result.badRows());
    }

    @Test
    void visitBeforeBirthIsReported() throws IOException {
        Path in = write("in.csv", "sex,birth_date,visit_date,weight_kg,length_cm\nF,2024-05-02,2024-05-01,3,50\n");
        SurveyResult result = SURVEY.calculate(in, dir.resolve("out.csv"));
        assertEquals("line 2: visit_date '2024-05-01' is before birth_date", result.problems().get(0).describe());
    }

    @Test
    void lineNumbersCountBlankLinesAndLineBreaksInsideQuotes() throws IOException {
        Path in = write("in.csv", "note,sex,age_days,weight_kg,length_cm\n"
                + "\"two\nlines\",1,100,6,60\n"
                + "\n"
                + ",,,,\n"
                + "x,1,100,zero,60\n");
        SurveyResult result = SURVEY.calculate(in, dir.resolve("out.csv"));
        assertEquals(2, result.rows(), "blank lines are not rows");
        assertEquals(6, result.problems().get(0).line());
    }

    @Test
    void unknownAgeStillGivesWeightForLength() throws IOException {
        Path in = write("in.csv", "sex,age_days,weight_kg,length_cm,measure\n1,,12,90,L\n");
        Path out = dir.resolve("out.csv");
        SurveyResult result = SURVEY.calculate(in, out);
        assertEquals(1, result.scored());
        assertTrue(read(out).get(1).matches("1,,12,90,L,,,-?\\d+\\.\\d\\d,,,"), read(out).get(1));
    }

    @Test
    void resultFileCanBeCalculatedAgain() throws IOException {
        Path in = write("in.csv", "sex,age_days,weight_kg,length_cm\n2,365,16,\n1,400,abc,75\n");
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        SURVEY.calculate(in, first);

        SURVEY.calculate(first, second);

        assertEquals(read(first), read(second));
    }

    @Test
    void existingOutputIsReplaced() throws IOException {
        Path in = write("in.csv", "sex,age_days,weight_kg,length_cm\n2,365,16,\n");
        Path out = write("out.csv", "old content that is much longer than the new one will be, surely\n".repeat(50));
        SURVEY.calculate(in, out);
        assertEquals(2, read(out).size());
    }

    @Test
    void everyReasonHasAMessageKeyOfTheProjectsForm() {
        for (RowProblem.Reason reason : RowProblem.Reason.values()) {
            assertTrue(reason.messageKey().matches("survey\\.problem\\.[a-z][a-zA-Z0-9]*"), reason.messageKey());
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.replace("\uFEFF", "").lines().toList();
    }
}
