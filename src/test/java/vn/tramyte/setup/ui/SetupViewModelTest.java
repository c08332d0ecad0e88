package vn.tramyte.setup.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.testing.TestClock;

class SetupViewModelTest {
    /** Runs work at once, and notes what the demo card says at each progress update. */
    private static final class WatchingRunner implements TaskRunner {
        final List<String> seen = new ArrayList<>();
        SetupViewModel vm;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            TaskRunner.synchronous().run(work, onSuccess, onFailure);
        }

        @Override
        public void onUiThread(Runnable update) {
            update.run();
            seen.add(vm.demoProgressTextProperty().get() + " " + vm.demoProgressProperty().get()
                    + (vm.demoBuildingProperty().get() ? "" : " not building"));
        }
    }

    @Test
    void whileTheStationDemoIsBuiltTheCardSaysWhatItDoesAndHowFarItHasCome(@TempDir Path dir) {
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            WatchingRunner runner = new WatchingRunner();
            boolean[] opened = {false};
            SetupViewModel vm = new SetupViewModel(s.setup(), s.demo(), s.places(), runner,
                    Messages.forLanguage("vi"), () -> opened[0] = true);
            runner.vm = vm;
            vm.openDemo(true);
            assertEquals(List.of("Đang tạo dữ liệu mẫu: trạm 1/1 0.0", "Đang lưu dữ liệu mẫu: trạm 1/1 0.2"),
                    runner.seen);
            assertTrue(opened[0], "the demo opens when it is made");
            assertFalse(vm.demoBuildingProperty().get());
            assertFalse(vm.busyProperty().get());
            assertEquals("", vm.errorProperty().get());
        }
    }

    @Test
    void aDemoRefusedShowsItsSentenceAndTheButtonsAgain(@TempDir Path dir) {
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            s.demo().create(vn.tramyte.demo.DemoService.STATION_DEMO);
            SetupViewModel vm = new SetupViewModel(s.setup(), s.demo(), s.places(), TaskRunner.synchronous(),
                    Messages.forLanguage("en"), () -> { });
            vm.openDemo(false);
            assertFalse(vm.demoBuildingProperty().get(), "the buttons are back");
            assertTrue(!vm.errorProperty().get().isEmpty(), "the folder is not empty: said in a sentence");
        }
    }
}
