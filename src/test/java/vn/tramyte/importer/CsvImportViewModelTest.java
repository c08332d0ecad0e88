package vn.tramyte.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.importer.ui.CsvImportViewModel;
import vn.tramyte.testing.TestStation;

class CsvImportViewModelTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;

    @Test
    void aFolderIsImportedAndTheReportLinesAreShownThenTheListRefreshes() throws IOException {
        Files.writeString(files.resolve("persons.csv"), """
                ref,full_name,sex,birth_date
                A1,Lò Thị Hoa,F,12/04/1998
                A2,Lò Văn Khánh,M,2026-03-03
                """, StandardCharsets.UTF_8);
        Files.writeString(files.resolve("vaccinations.csv"), "person_ref,vaccine,date\nA2,BCG,2026-03-04\n",
                StandardCharsets.UTF_8);
        try (Services s = TestStation.station(dir)) {
            AtomicInteger refreshed = new AtomicInteger();
            AtomicInteger shown = new AtomicInteger();
            CsvImportViewModel vm = new CsvImportViewModel(s.csvImport(), TaskRunner.synchronous(),
                    new Messages(Messages.ENGLISH), TestStation.WORKER, refreshed::incrementAndGet);
            vm.importPaths(List.of(files), shown::incrementAndGet);
            assertTrue(vm.okProperty().get());
            assertEquals("Import finished", vm.titleProperty().get());
            assertEquals(List.of("persons.csv: 2 new, 0 updated, 0 unchanged",
                    "vaccinations.csv: 1 new, 0 updated, 0 unchanged"), vm.lines());
            assertEquals(1, refreshed.get());
            assertEquals(1, shown.get());
            assertFalse(vm.busyProperty().get());
        }
    }

    @Test
    void aRefusedImportShowsEveryProblemAndDoesNotRefresh() throws IOException {
        Files.writeString(files.resolve("vaccinations.csv"), "person_ref,vaccine,date\nA9,BCG,2026-03-04\n",
                StandardCharsets.UTF_8);
        try (Services s = TestStation.station(dir)) {
            AtomicInteger refreshed = new AtomicInteger();
            CsvImportViewModel vm = new CsvImportViewModel(s.csvImport(), TaskRunner.synchronous(),
                    new Messages(Messages.ENGLISH), TestStation.WORKER, refreshed::incrementAndGet);
            vm.importPaths(List.of(files.resolve("vaccinations.csv")), () -> { });
            assertFalse(vm.okProperty().get());
            assertTrue(vm.lines().get(0).startsWith("Nothing was imported"), vm.lines().toString());
            assertTrue(vm.lines().get(1).startsWith("vaccinations.csv, line 2, column person_ref, value “A9”"),
                    vm.lines().toString());
            assertEquals(0, refreshed.get());
        }
    }

    @Test
    void aWorkbookChosenInTheWindowIsImportedAndItsSheetNamed() throws IOException {
        Path book = vn.tramyte.testing.ExcelFiles.workbook(files.resolve("persons.xlsx"), java.util.Map.of("Trang_tính1",
                List.of(List.of("Họ và tên", "Mã người trong sổ", "Giới tính", "Ngày sinh"),
                        List.of("Lò Thị Hoa", "A1", "Nữ", java.time.LocalDate.of(1998, 4, 12)))));
        try (Services s = TestStation.station(dir)) {
            CsvImportViewModel vm = new CsvImportViewModel(s.csvImport(), TaskRunner.synchronous(),
                    new Messages(Messages.VIETNAMESE), TestStation.WORKER, () -> { });
            vm.importPaths(List.of(book), () -> { });
            assertTrue(vm.okProperty().get(), vm.lines().toString());
            assertEquals(List.of("persons.xlsx › Trang_tính1: 1 mới, 0 cập nhật, 0 không đổi"), vm.lines());
            assertEquals(java.time.LocalDate.of(1998, 4, 12), s.people().all().get(0).birthDate());
        }
    }
}
