package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestClock;

/** A power cut in the middle of an import: the program is killed, restarted, and the database is as before. */
class InterruptedImportTest {
    @TempDir
    Path dir;

    @Test
    void aProcessKilledInTheMiddleOfAnImportLeavesTheDatabaseAsBefore() throws Exception {
        Path pkg;
        Map<String, ?> before;
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            w.addFamily(w.station, "Hoàng Thị Mai", "Hoàng Văn Dũng");
            pkg = w.export();
            before = SyncWorld.snapshot(w.centre);
        }
        Path centreDir = dir.resolve("centre");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                ImportChild.class.getName(), centreDir.toString(), pkg.toString())).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean middle = false;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("MIDDLE")) {
                    middle = true;
                    break;
                }
            }
            assertTrue(middle, "the child reached the middle of the import");
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the program
            assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        }

        try (Services centre = vn.tramyte.testing.TestStation.open(centreDir)) {
            assertEquals(before, SyncWorld.snapshot(centre), "the database is as it was before the import");
            assertEquals(ImportOutcome.Status.IMPORTED, centre.sync().importFile(pkg).status(),
                    "and the package imports fully afterwards");
        }
    }
}
