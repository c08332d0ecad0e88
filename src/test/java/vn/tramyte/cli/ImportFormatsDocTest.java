package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestStation;

/**
 * The user documentation of the import formats (docs/import-formats.md) shows what the program
 * really does: its example files are imported as they stand, and the reports it shows are the
 * ones the program prints.
 */
class ImportFormatsDocTest {
    private static final Path DOC = Path.of("docs", "import-formats.md");
    /** A fenced block with a name after its language: ```csv persons.csv, ```text report-en. */
    private static final Pattern NAMED_BLOCK = Pattern.compile("```(?:csv|text) (\\S+)\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    private static Map<String, String> blocks() throws Exception {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = NAMED_BLOCK.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        while (m.find()) {
            assertEquals(null, blocks.put(m.group(1), m.group(2)), "two blocks named " + m.group(1));
        }
        return blocks;
    }

    /** Writes the blocks whose name is a CSV file under the given folder prefix ("" or "wrong/"). */
    private Path write(Map<String, String> blocks, String prefix, String folder) throws Exception {
        Path target = Files.createDirectories(dir.resolve(folder));
        blocks.forEach((name, text) -> {
            if (name.endsWith(".csv") && name.startsWith(prefix) && name.substring(prefix.length()).indexOf('/') < 0) {
                try {
                    Files.writeString(target.resolve(name.substring(prefix.length())), text, StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        return target;
    }

    private String station(String name) {
        Path folder = dir.resolve(name);
        TestStation.station(folder).close();
        return folder.toString();
    }

    private static List<String> lines(String text) {
        return text.strip().lines().toList();
    }

    @Test
    void theEightExampleFilesImportAsTheDocumentSaysAndASecondImportChangesNothing() throws Exception {
        Map<String, String> blocks = blocks();
        Path registers = write(blocks, "", "registers");
        assertEquals(8, Files.list(registers).count(), "one example of every file");
        String station = station("muong-kim");

        CliTest.Run first = CliTest.run("import-csv", registers.toString(), "--data-dir", station, "--lang", "en");
        assertEquals(0, first.exit(), first.err());
        assertEquals(lines(blocks.get("report-en")), lines(first.out()));

        CliTest.Run again = CliTest.run("import-csv", registers.toString(), "--data-dir", station, "--lang", "en");
        assertEquals(0, again.exit(), again.err());
        for (String line : lines(again.out())) {
            assertTrue(line.matches("\\S+\\.csv: 0 new, 0 updated, \\d+ unchanged"), line);
        }

        Path semicolon = write(blocks, "semicolon/", "semicolon");
        CliTest.Run excel = CliTest.run("import-csv", semicolon.toString(), "--data-dir", station, "--lang", "en");
        assertEquals(0, excel.exit(), excel.err());
        assertEquals("measurements.csv: 0 new, 0 updated, 1 unchanged", excel.out().strip(),
                "the ; file with decimal commas is the same weighing");
    }

    @Test
    void theFileWithMistakesIsRefusedWithTheReportShownAndImportsNothing() throws Exception {
        Map<String, String> blocks = blocks();
        Path wrong = write(blocks, "wrong/", "wrong");
        String station = station("muong-kim");

        CliTest.Run refused = CliTest.run("import-csv", wrong.toString(), "--data-dir", station);
        assertEquals(1, refused.exit());
        assertEquals(lines(blocks.get("wrong/report-vi")), lines(refused.err()));
        try (Services s = TestStation.open(Path.of(station))) {
            assertEquals(0, s.database().tableCounts().get("person"), "all or nothing: the good row is not imported");
        }
    }

    /** A table row of a file's columns: | **`ref`** | mã người trong sổ | ... */
    private static final Pattern COLUMN_ROW = Pattern.compile("^\\| \\*{0,2}`([a-z_]+)`\\*{0,2} \\| ([^|]+?) \\|",
            Pattern.MULTILINE);

    @Test
    void theVietnameseColumnNamesTheProgramReadsAreThoseOfTheDocumentsTables() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (vn.tramyte.csvimport.ImportFile file : vn.tramyte.csvimport.ImportFile.values()) {
            int start = doc.indexOf("### `" + file.fileName() + "`");
            assertTrue(start >= 0, "a section for " + file.fileName());
            int end = doc.indexOf("```", start);
            Map<String, String> documented = new LinkedHashMap<>();
            Matcher m = COLUMN_ROW.matcher(doc.substring(start, end));
            while (m.find()) {
                documented.put(m.group(2).strip(), m.group(1));
            }
            assertEquals(file.columnNames(), List.copyOf(documented.values()), file.fileName());
            assertEquals(documented, vn.tramyte.csvimport.VietnameseColumns.documented(file), file.fileName());
        }
    }
}
