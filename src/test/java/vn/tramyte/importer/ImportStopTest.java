package vn.tramyte.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.UserError;
import vn.tramyte.csvimport.ImportProgress;
import vn.tramyte.importer.ui.CsvImportViewModel;
import vn.tramyte.testing.StationImportTest;
import vn.tramyte.testing.TestStation;

/**
 * Issue 12: a long import shows how far it has come and can be stopped at any point with nothing
 * imported (its write is on a copy of the file, decision 0018); the same files then import in full.
 */
class ImportStopTest extends StationImportTest {
    private static final String DOSES = """
            person_ref,vaccine,date
            A2,BCG,2026-09-04
            A3,BCG,2026-09-04
            """;
    /** Rows of the two files: 4 people and 2 doses. */
    private static final long ROWS = 6;

    /** A second station's folder, for the same files stopped. */
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path other;

    @BeforeEach
    void registers() throws IOException {
        write("persons.csv", AntenatalDeathImportTest.PERSONS);
        write("vaccinations.csv", DOSES);
    }

    /** What the import told, and a stop asked once it has written more than {@code stopAfter} rows (0: at once; -1: never). */
    private static final class Told implements ImportProgress {
        final List<long[]> writing = new ArrayList<>();
        final long stopAfter;

        Told(long stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public void writing(long rowsWritten, long rows) {
            writing.add(new long[] {rowsWritten, rows});
        }

        @Override
        public boolean stopped() {
            return stopAfter == 0 || stopAfter > 0 && writing.stream().anyMatch(w -> w[0] > stopAfter);
        }
    }

    @Test
    void theWriteTellsItsRowsAndAStopWhileWritingImportsNothing() {
        Told full = new Told(-1);
        long seq = s.database().lastChangeSeq();
        assertTrue(s.csvImport().importPaths(TestStation.WORKER, List.of(files), full).ok());
        assertEquals(List.of(0L, ROWS), List.of(full.writing.get(0)[0], full.writing.get(0)[1]));
        assertEquals(ROWS, full.writing.get(full.writing.size() - 1)[0], "every row told as written");
        assertTrue(s.database().lastChangeSeq() > seq);

        try (var again = TestStation.station(other)) {
            Told stop = new Told(1);
            long before = again.database().lastChangeSeq();
            UserError e = assertThrows(UserError.class,
                    () -> again.csvImport().importPaths(TestStation.WORKER, List.of(files), stop));
            assertEquals("import.error.stopped", e.problems().get(0).key());
            assertEquals(before, again.database().lastChangeSeq(), "nothing written");
            assertEquals(0, again.people().count());
            // the file works on: the same files import in full
            assertTrue(again.csvImport().importPaths(TestStation.WORKER, List.of(files)).ok());
            assertEquals(4, again.people().count());
        }
    }

    @Test
    void aStopWhileTheFilesAreCheckedImportsNothing() {
        long seq = s.database().lastChangeSeq();
        UserError e = assertThrows(UserError.class,
                () -> s.csvImport().importPaths(TestStation.WORKER, List.of(files), new Told(0)));
        assertEquals("import.error.stopped", e.problems().get(0).key());
        assertEquals(seq, s.database().lastChangeSeq());
    }

    /** The window's side: the progress line while it runs, the stop button, and what is shown after. */
    @Test
    void theWindowShowsTheProgressAndItsStopButtonStopsTheImport() throws IOException {
        Later runner = new Later();
        List<String> refreshed = new ArrayList<>();
        CsvImportViewModel vm = new CsvImportViewModel(s.csvImport(), runner, new Messages(Messages.ENGLISH),
                TestStation.WORKER, () -> refreshed.add("list"));
        vm.importPaths(List.of(files), () -> { });
        assertTrue(vm.busyProperty().get());
        assertEquals(-1, vm.progressProperty().get(), "not known while the files are checked");
        assertEquals("Reading and checking the files…", vm.progressTextProperty().get());
        runner.finish();
        assertEquals("Saving: 6 of 6 rows", vm.progressTextProperty().get());
        assertEquals(1.0, vm.progressProperty().get());
        assertEquals("Import finished", vm.titleProperty().get());

        write("vaccinations.csv", DOSES + "A2,HepB,2026-09-03\n");
        vm.importPaths(List.of(files), () -> { });
        vm.stop();
        assertTrue(vm.stoppingProperty().get());
        assertEquals("Stopping… nothing will be imported", vm.progressTextProperty().get());
        long seq = s.database().lastChangeSeq();
        runner.finish();
        assertFalse(vm.busyProperty().get());
        assertFalse(vm.okProperty().get());
        assertEquals("Import stopped", vm.titleProperty().get());
        assertEquals(List.of("You stopped the import: nothing was imported and the records are as they were."),
                vm.lines());
        assertEquals(seq, s.database().lastChangeSeq(), "nothing written");
        assertEquals(List.of("list"), refreshed, "the list is refreshed after the import, not after the stop");
    }

    /** Runs the work when the test says so, on the test's thread: the stop button is pressed before. */
    private static final class Later implements TaskRunner {
        private Callable<Object> work;
        private Consumer<Object> onSuccess;
        private Consumer<Throwable> onFailure;

        @Override
        @SuppressWarnings("unchecked")
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            this.work = (Callable<Object>) work;
            this.onSuccess = (Consumer<Object>) onSuccess;
            this.onFailure = onFailure;
        }

        void finish() {
            TaskRunner.synchronous().run(work, onSuccess, onFailure);
        }
    }
}
