package vn.tramyte.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Messages;
import vn.tramyte.csvimport.CsvTable;
import vn.tramyte.csvimport.ImportFile;
import vn.tramyte.csvimport.ImportProblem;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.csvimport.RowsRefused;
import vn.tramyte.db.Tx;
import vn.tramyte.testing.StationImportTest;
import vn.tramyte.testing.TestStation;

/**
 * A row refused inside the write (a rule checked again there, on what is stored by then: e.g. a
 * pregnancy registered in the window between the import's check and its write) is told as the checks'
 * problems are, and the files written before it in the same import are not kept.
 */
class RowsRefusedTest extends StationImportTest {

    @Test
    void aRowRefusedInsideTheWriteIsToldAtItsLineAndNothingIsKept() throws IOException {
        Files.writeString(files.resolve("persons.csv"), AntenatalDeathImportTest.PERSONS, StandardCharsets.UTF_8);
        Files.writeString(files.resolve("deaths.csv"), AntenatalDeathImportTest.DEATHS, StandardCharsets.UTF_8);
        // deaths.csv's handler refuses its second line when it is written
        s.csvImport().register(ImportFile.DEATHS, () -> new FileRows() {
            @Override
            public ImportFile file() {
                return ImportFile.DEATHS;
            }

            @Override
            public void check(CsvTable table, ImportSession session, ImportReport.Builder report) {
            }

            @Override
            public void apply(Tx tx, ImportSession session, ImportReport.Builder report) {
                throw new RowsRefused(List.of(ImportProblem.ofLine("deaths.csv", 3,
                        "antenatal.problem.anotherOpenPregnancy", "01/06/2026", "08/03/2027")));
            }
        });
        long seq = s.database().lastChangeSeq();
        ImportReport report = s.csvImport().importPaths(TestStation.WORKER, List.of(files));
        assertFalse(report.ok());
        String text = String.join("\n", report.lines(new Messages(Messages.ENGLISH)));
        assertTrue(text.contains("deaths.csv, line 3: This woman already has a pregnancy that has not ended"), text);
        assertEquals(seq, s.database().lastChangeSeq(), "persons.csv, written first, is not kept");
        assertEquals(0, s.people().count());
    }
}
