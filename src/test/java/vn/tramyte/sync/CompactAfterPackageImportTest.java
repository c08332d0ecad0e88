package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.bench.CentreData;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.db.Compaction;
import vn.tramyte.testing.TestStation;

/**
 * Issue 14 item 9 at the centre: a big package (a station's whole register, 6,000 people and their
 * care) leaves most of the centre's file dead pages; the file is compacted right after the import
 * run, and every record is there.
 */
class CompactAfterPackageImportTest {
    @TempDir
    Path dir;
    @TempDir
    Path cache;

    private static long count(vn.tramyte.app.Services s, String table) {
        return ((Number) s.database().read(tx -> tx.dsl().fetchValue("SELECT COUNT(*) FROM " + table))).longValue();
    }

    @Test
    void aBigPackageImportIsFollowedByACompactionThatKeepsEveryRecord() throws Exception {
        Path register = CentreData.register(cache, 6_000);
        List<Path> files;
        try (var list = Files.list(register)) {
            files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            ImportReport report = w.station.csvImport().importPaths(TestStation.WORKER, files);
            assertTrue(report.ok());
            Path pkg = w.export();
            Compaction.Done before = w.centre.database().lastCompaction();

            List<ImportOutcome> outcomes = w.centre.sync().importPaths(List.of(pkg));
            assertEquals(1, outcomes.size());

            Compaction.Done done = w.centre.database().lastCompaction();
            assertNotNull(done, () -> "the centre's file was compacted after the import run: " + outcomes + " "
                    + w.centre.database().read(tx -> tx.dsl().fetch("SELECT SETTING_NAME, SETTING_VALUE FROM "
                    + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME LIKE 'info.%'").format()));
            assertTrue(done != before);
            System.out.println("centre after a package of 6,000 people: " + done);
            assertTrue(done.bytesAfter() * 2 < done.bytesBefore(), "the file shrank to less than half: " + done);
            assertEquals(count(w.station, "person"), count(w.centre, "person"));
            assertEquals(count(w.station, "vaccination"), count(w.centre, "vaccination"));
            assertEquals(count(w.station, "measurement"), count(w.centre, "measurement"));
        }
    }
}
