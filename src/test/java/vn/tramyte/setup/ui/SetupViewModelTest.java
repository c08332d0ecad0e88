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

    /** A station chosen by typing its commune's name without accents. */
    private static SetupViewModel muongKim(Services s, boolean[] done) {
        SetupViewModel vm = new SetupViewModel(s.setup(), s.demo(), s.places(), TaskRunner.synchronous(),
                Messages.forLanguage("en"), () -> done[0] = true);
        vm.placeFilterProperty().set("muong kim");
        assertFalse(vm.placeChoices().isEmpty(), "Mường Kim is found without accents");
        vm.placeProperty().set(vm.placeChoices().stream().filter(p -> p.code().equals("03637")).findFirst()
                .orElseThrow(() -> new AssertionError(vm.placeChoices().toString())));
        vm.userNameProperty().set("Lò Thị Hương");
        vm.loginNameProperty().set("huong");
        vm.passwordProperty().set("Muong-Kim-2026");
        vm.passwordAgainProperty().set("Muong-Kim-2026");
        return vm;
    }

    @Test
    void eachMissingOrWrongFieldIsOneSentenceAndNothingIsSetUp(@TempDir Path dir) {
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            boolean[] done = {false};
            SetupViewModel vm = muongKim(s, done);
            vm.placeProperty().set(null);
            vm.start();
            assertEquals("Choose the commune station in the list (type the commune's name to search).",
                    vm.errorProperty().get());
            vm = muongKim(s, done);
            vm.userNameProperty().set(" ");
            vm.start();
            assertEquals("Enter the full name of the first user (at least 2 characters).", vm.errorProperty().get());
            vm = muongKim(s, done);
            vm.passwordAgainProperty().set("Muong-Kim-2025");
            vm.start();
            assertEquals("The new password was typed differently twice. Type both again.", vm.errorProperty().get());
            vm = muongKim(s, done);
            vm.passwordProperty().set("ngan");
            vm.passwordAgainProperty().set("ngan");
            vm.start();
            assertTrue(vm.errorProperty().get().startsWith("A password needs at least "), vm.errorProperty().get());
            vm.startFromEnrolment();
            assertEquals("Enrolment file: none chosen. Choose the .tyt file the centre sent.", vm.errorProperty().get());
            assertFalse(done[0]);
            assertTrue(s.places().installation().isEmpty(), "nothing set up");
            assertTrue(s.users().needsFirstAdministrator(), "no user made");
        }
    }

    @Test
    void aStationSetUpOpensAndItsAdministratorCanLogIn(@TempDir Path dir) {
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            boolean[] done = {false};
            SetupViewModel vm = muongKim(s, done);
            vm.start();
            assertEquals("", vm.errorProperty().get());
            assertTrue(done[0], "the window moves on");
            assertFalse(vm.busyProperty().get());
            assertEquals("03637", s.places().installation().orElseThrow().place().code());
            assertEquals(vn.tramyte.place.Mode.STATION, s.places().installation().orElseThrow().mode());
            assertEquals("Lò Thị Hương", s.login("huong", "Muong-Kim-2026".toCharArray()).fullName());
        }
    }
}
