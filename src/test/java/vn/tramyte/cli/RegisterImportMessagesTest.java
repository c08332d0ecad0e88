package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestStation;

/** What import-csv says of files that are empty, repeat a ref, or hold a huge cell (issue 14, item 11). */
class RegisterImportMessagesTest {
    private static final String HEADER = "ref,full_name,sex,birth_date\n";

    @TempDir
    Path dir;

    private String station() {
        Path folder = dir.resolve("station");
        TestStation.station(folder).close();
        return folder.toString();
    }

    private int people(String station) {
        try (Services s = TestStation.open(Path.of(station))) {
            return s.database().tableCounts().get("person");
        }
    }

    @Test
    void aHeaderOnlyFileSaysItHasNoRows() throws Exception {
        String station = station();
        Path file = Files.writeString(dir.resolve("persons.csv"), HEADER, StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("import-csv", file.toString(), "--data-dir", station, "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        assertEquals("persons.csv: no data rows (only the line of column names), so nothing was imported from this "
                + "file.", r.out().strip());
        assertEquals(0, people(station));
    }

    @Test
    void aRepeatedRefIsReportedOnce() throws Exception {
        String station = station();
        Path file = Files.writeString(dir.resolve("persons.csv"), HEADER + "7,Lò Thị Hoa,F,1996\n"
                + "7,Lò Văn Khánh,M,05/06/2025\n", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("import-csv", file.toString(), "--data-dir", station, "--lang", "en");
        assertEquals(1, r.exit());
        assertEquals(2, r.err().strip().lines().count(), "the refusal and one line for the repeated ref: " + r.err());
        assertTrue(r.err().contains("persons.csv, line 3, column ref"), r.err());
        assertEquals(0, people(station));
    }

    @Test
    void aHugeCellIsCutInTheMessage() throws Exception {
        String station = station();
        String huge = "Lò".repeat(500_000);
        Path file = Files.writeString(dir.resolve("persons.csv"), HEADER + "1,Lò Thị Hoa,F,1996\n2,Lò Văn An,"
                + huge + ",05/06/2025\n", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("import-csv", file.toString(), "--data-dir", station, "--lang", "en");
        assertEquals(1, r.exit());
        assertTrue(r.err().length() < 1_000, "a megabyte cell is not echoed: " + r.err().length() + " characters");
        assertTrue(r.err().contains("column sex, value “" + "Lò".repeat(30) + "…”"), r.err());
        assertEquals(0, people(station));
    }
}
