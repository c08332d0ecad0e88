package vn.tramyte.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;

/**
 * The memory benchmark's child JVM (run with the heap limit under test, headless Monocle): the real
 * window on a data folder, logged in on its login screen, then every page of the navigation opened in
 * turn, and every other tab of each page, each waited for until its background work is done and a frame has
 * laid it out. Prints {@code memory-probe page NAME heap N ms T} after each page and
 * {@code memory-probe tab PAGE/TAB heap N ms T} after each tab (the heap in use then, and the time from the
 * click until it was laid out with no work in flight, the settling's 300 ms included) and
 * {@code memory-probe done peak N pools-peak M}: the most heap in use after a page, and the sum of the heap
 * pools' high-water marks (an upper bound: eden, survivor and old peak at different times, so it can
 * exceed -Xmx), or {@code memory-probe
 * failed ...}; an OutOfMemoryError anywhere (the worker thread logs and reports its failures) ends it
 * as failed. Argument: the data folder.
 */
public final class MemoryProbe {
    private static final long WAIT_SECONDS = 600;
    private static volatile Throwable outOfMemory;

    private MemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (e instanceof OutOfMemoryError) {
                outOfMemory = e;
            }
            e.printStackTrace();
        });
        Path dir = Path.of(args[0]);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(WAIT_SECONDS, TimeUnit.SECONDS);
        App app = new App(new AppConfig(dir, "vi", TestClock.fixed()));
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            stage[0].setWidth(1366);
            stage[0].setHeight(768);
            app.start(stage[0]);
            return null;
        });
        try {
            waitFor(() -> find(stage[0], "#loginButton") != null && find(stage[0], "#loginName") != null);
            onFx(() -> {
                ((TextField) find(stage[0], "#loginName")).setText(TestStation.ADMIN_LOGIN);
                ((TextField) find(stage[0], "#password")).setText(TestStation.PASSWORD);
                ((Button) find(stage[0], "#loginButton")).fire();
                return null;
            });
            long t0 = System.nanoTime();
            waitFor(() -> find(stage[0], "#placeName") != null);
            settle(app);
            print("page people heap " + usedMb() + " ms " + (System.nanoTime() - t0) / 1_000_000);
            List<String> pages = onFx(() -> {
                List<String> ids = new ArrayList<>();
                stage[0].getScene().getRoot().lookupAll(".nav-item").forEach(n -> ids.add(n.getId()));
                return ids;
            });
            for (String id : pages) {
                long start = System.nanoTime();
                onFx(() -> {
                    ((ToggleButton) find(stage[0], "#" + id)).fire();
                    return null;
                });
                settle(app);
                String page = id.substring("nav-".length());
                print("page " + page + " heap " + usedMb() + " ms " + (System.nanoTime() - start) / 1_000_000);
                // each of the page's other tabs, whose lists are read only once opened (common/ui/WhenShown)
                List<javafx.scene.control.Tab> tabs = onFx(() -> {
                    List<javafx.scene.control.Tab> all = new ArrayList<>();
                    stage[0].getScene().getRoot().lookupAll(".tab-pane").forEach(n -> all.addAll(
                            ((javafx.scene.control.TabPane) n).getTabs()));
                    return all;
                });
                for (javafx.scene.control.Tab tab : tabs) {
                    if (onFx(tab::isSelected)) {
                        continue;
                    }
                    long opened = System.nanoTime();
                    onFx(() -> {
                        tab.getTabPane().getSelectionModel().select(tab);
                        return null;
                    });
                    settle(app);
                    print("tab " + page + "/" + (tab.getId() != null ? tab.getId() : onFx(tab::getText)) + " heap " + usedMb() + " ms "
                            + (System.nanoTime() - opened) / 1_000_000);
                }
            }
            print("done peak " + maxUsed + " pools-peak " + peakMb() + " pages " + pages.size());
        } catch (Throwable e) {
            print("failed " + e);
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(outOfMemory == null ? 0 : 1);
    }

    /** Waits until the window has no work in flight, twice across a frame (a page may start more once laid out). */
    private static void settle(App app) throws Exception {
        for (int quiet = 0; quiet < 3; ) {
            Thread.sleep(100);
            if (outOfMemory != null) {
                throw new IllegalStateException("OutOfMemoryError", outOfMemory);
            }
            boolean idle = onFx(() -> {
                Platform.requestNextPulse();
                return app.idle();
            });
            quiet = idle ? quiet + 1 : 0;
        }
    }

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!onFx(condition::get)) {
            if (System.nanoTime() > end || outOfMemory != null) {
                throw new IllegalStateException("the window did not get there", outOfMemory);
            }
            Thread.sleep(50);
        }
    }

    private static Node find(Stage stage, String id) {
        return stage.getScene() == null ? null : stage.getScene().getRoot().lookup(id);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(work.call());
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            }
        });
        return answer.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void print(String line) {
        System.out.println("memory-probe " + line);
        System.out.flush();
    }

    private static long maxUsed;

    /** The heap in use now (live objects and garbage not yet collected); the largest seen is kept. */
    private static long usedMb() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        maxUsed = Math.max(maxUsed, used);
        return used;
    }

    private static long peakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
