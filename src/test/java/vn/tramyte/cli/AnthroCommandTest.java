package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnthroCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void goodFileExitsZeroWithASummaryLine() throws IOException {
        Path in = write("sex,age_days,weight_kg,length_cm\n2,365,16,\n1,730,11.3,85\n");
        Path result = dir.resolve("result.csv");

        int exit = run("--in", in.toString(), "--out", result.toString());

        assertEquals(0, exit);
        assertEquals("rows: 2, scored: 2, bad rows: 0" + System.lineSeparator(), out.toString());
        assertEquals("", err.toString());
        assertTrue(Files.readString(result).contains("4.80"));
    }

    @Test
    void badRowsAreListedOnStderrAndExitOne() throws IOException {
        Path in = write("sex,age_days,weight_kg,length_cm\n2,365,16,\n1,400,abc,75\n1,400,9,75\n"
                + "1,400,9,75\n1,400,9,75\nQ,400,9,75\n");
        Path result = dir.resolve("result.csv");

        int exit = run("--in", in.toString(), "--out", result.toString());

        assertEquals(1, exit);
        assertEquals("rows: 6, scored: 4, bad rows: 2" + System.lineSeparator(), out.toString());
        assertEquals(String.join(System.lineSeparator(), "line 3: weight_kg 'abc' is not a number",
                "line 7: sex 'Q' is not a sex (1/2 or M/F)", ""), err.toString());
        assertTrue(Files.exists(result), "the output is written even with bad rows");
    }

    @Test
    void missingInputFileIsOneClearLineAndExitTwo() {
        Path missing = dir.resolve("nowhere.csv");

        int exit = run("--in", missing.toString(), "--out", dir.resolve("result.csv").toString());

        assertEquals(2, exit);
        assertEquals("anthro: input file not found: " + missing + System.lineSeparator(), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void missingColumnIsOneClearLineAndExitTwo() throws IOException {
        Path in = write("sex,weight_kg,length_cm\n1,9,75\n");
        Path result = dir.resolve("result.csv");

        int exit = run("--in", in.toString(), "--out", result.toString());

        assertEquals(2, exit);
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("missing column age_days"), err.toString());
        assertFalse(Files.exists(result));
    }

    @Test
    void anEchoedCellASpreadsheetWouldRunIsWrittenBehindAnApostropheAndNegativeScoresAsNumbers() throws IOException {
        Path in = write("child,sex,age_days,weight_kg,length_cm\n\"=HYPERLINK(\"\"http://x\"\")\",1,730,8.9,80\n"
                + "-,2,365,7.9,72\n");
        Path result = dir.resolve("result.csv");

        assertEquals(0, run("--in", in.toString(), "--out", result.toString()));

        java.util.List<String> lines = Files.readAllLines(result);
        assertTrue(lines.get(1).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",1,730,8.9,80,-"), lines.get(1));
        assertTrue(lines.get(2).startsWith("'-,2,365,7.9,72,-"), lines.get(2));
        assertTrue(lines.get(1).matches(".*,-\\d+\\.\\d\\d,.*"), "a negative z-score stays a number: " + lines.get(1));
    }

    /** Issue 17: the CSV parser's English words ("EOF reached before encapsulated token") stay in the log. */
    @Test
    void brokenCsvTextIsOneSentenceNamingTheFileWithoutTheParsersWords() throws IOException {
        Path in = write("sex,age_days,weight_kg,length_cm\n1,100,6,60\n1,\"100,6,60\n");

        int exit = run("--in", in.toString(), "--out", dir.resolve("result.csv").toString());

        assertEquals(2, exit);
        assertEquals("anthro: " + in + ": the CSV text is broken (perhaps a quotation mark is not closed); open the "
                + "file in the spreadsheet and save it again as CSV UTF-8" + System.lineSeparator(), err.toString());
    }

    @Test
    void missingOutFolderIsOneClearLineAndExitTwo() throws IOException {
        Path in = write("sex,age_days,weight_kg,length_cm\n2,365,16,\n");

        int exit = run("--in", in.toString(), "--out", dir.resolve("no/such/folder/result.csv").toString());

        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("anthro: the folder of the output file does not exist"), err.toString());
    }

    @Test
    void outputMustNotOverwriteTheInput() throws IOException {
        Path in = write("sex,age_days,weight_kg,length_cm\n2,365,16,\n");

        assertEquals(2, run("--in", in.toString(), "--out", in.toString()));
        assertEquals("sex,age_days,weight_kg,length_cm\n2,365,16,\n", Files.readString(in));
    }

    @Test
    void bothOptionsAreRequired() throws IOException {
        Path in = write("sex,age_days,weight_kg,length_cm\n2,365,16,\n");

        assertEquals(2, run("--in", in.toString()));
        assertTrue(err.toString().contains("--out"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void helpDescribesTheColumnsAndExitStatusInBothLanguages() {
        CliTest.Run en = CliTest.run("anthro", "--help", "--lang", "en");
        assertEquals(0, en.exit());
        assertTrue(en.out().contains("weight_kg"), en.out());
        assertTrue(en.out().contains("Exit status"), en.out());
        CliTest.Run vi = CliTest.run("anthro", "--help");
        assertTrue(vi.out().contains("Mã thoát:"), vi.out());
        assertTrue(vi.out().contains("Tệp CSV điều tra cần đọc"), vi.out());
    }

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new AnthroCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] english = new String[args.length + 2];
        english[0] = "--lang";
        english[1] = "en";
        System.arraycopy(args, 0, english, 2, args.length);
        return commandLine.execute(english);
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("survey.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
