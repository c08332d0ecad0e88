package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.testing.ExcelFiles;
import vn.tramyte.testing.TestStation;

/** {@code tramyte import-csv persons.xlsx}: a register kept in Excel, straight from the command line. */
class ImportExcelCommandTest {
    @TempDir
    Path dir;

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    @Test
    void anExcelWorkbookIsImportedAndABadRowNamesItsSheet() throws Exception {
        Path folder = dir.resolve("station");
        TestStation.station(folder).close();
        Path good = ExcelFiles.workbook(dir.resolve("persons.xlsx"), Map.of("Sheet1", List.of(
                row("ref", "full_name", "sex", "birth_date", "village"),
                row("1", "Lò Thị Hoa", "F", LocalDate.of(1998, 4, 12), "Mường Kim"),
                row("2", "Lò Văn Khánh", "M", "05/03/2025", "Than Uyên"))));

        CliTest.Run r = CliTest.run("import-csv", good.toString(), "--data-dir", folder.toString(), "--lang", "en");

        assertEquals(0, r.exit(), r.err());
        assertEquals("persons.xlsx › Sheet1: 2 new, 0 updated, 0 unchanged", r.out().strip());
        try (Services s = TestStation.open(folder)) {
            assertTrue(s.people().all().stream().anyMatch(p -> p.fullName().equals("Lò Thị Hoa")
                    && p.birthDate().equals(LocalDate.of(1998, 4, 12))));
        }

        Path bad = ExcelFiles.workbook(dir.resolve("so-tram.xlsx"), Map.of("persons", List.of(
                row("ref", "full_name", "sex", "birth_date"),
                row("3", "Lò Thị Mai", "F", LocalDate.of(2030, 1, 1)))));
        CliTest.Run refused = CliTest.run("import-csv", bad.toString(), "--data-dir", folder.toString());

        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("so-tram.xlsx › persons, dòng 2, cột birth_date, giá trị “2030-01-01”"),
                refused.err());
        try (Services s = TestStation.open(folder)) {
            assertEquals(2, s.people().count());
        }
    }
}
