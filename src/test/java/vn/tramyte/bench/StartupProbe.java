package vn.tramyte.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * The program as the launcher starts it ({@code vn.tramyte.Main --data-dir DIR}, the real command line and
 * window), watched from a second thread that does what a health worker does: on the login screen it types
 * the login and password into the fields and presses the button, then waits for the People page's table
 * to hold the station's people. It prints a line at each mark, which the benchmark times on arrival:
 * {@code startup-probe login} (the login screen laid out), {@code startup-probe list N} (the People list
 * with N rows laid out). Arguments: data folder, login, password, and how long the typing takes in ms
 * (default 0: pressed as soon as the screen shows).
 */
public final class StartupProbe {
    private static final long POLL_MILLIS = 10;
    /** A probe that never sees the list gives up (the benchmark reads its output to the end). */
    private static final long WAIT_SECONDS = 240;

    private StartupProbe() {
    }

    public static void main(String[] args) throws Exception {
        String dataDir = args[0];
        String login = args[1];
        String password = args[2];
        long typingMillis = args.length > 3 ? Long.parseLong(args[3]) : 0;
        Thread watcher = new Thread(() -> watch(login, password, typingMillis), "startup-probe");
        watcher.setDaemon(true);
        watcher.start();
        vn.tramyte.Main.main(new String[] {"--data-dir", dataDir});
    }

    private static void watch(String login, String password, long typingMillis) {
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        Marks marks = new Marks(login, password, typingMillis);
        while (!marks.done) {
            try {
                Platform.runLater(marks::poll);
            } catch (IllegalStateException toolkitNotYetStarted) {
                // the window's toolkit is not up yet: look again
            }
            if (System.nanoTime() > giveUp) {
                System.out.println("startup-probe failed: no People list after " + WAIT_SECONDS + " s");
                System.out.flush();
                System.exit(1);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * What the probe saw, on the FX thread. The screens are looked for after each pulse that laid the
     * window out (a post-layout listener on its scene), not by walking the scene graph a hundred times a
     * second, which would take the window's thread from the program being measured; the poll only hooks
     * the listener on and, once the typing time has passed, types the login.
     */
    private static final class Marks {
        private final String login;
        private final String password;
        private final long typingMillis;
        private final java.util.Set<Scene> watched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private volatile boolean done;
        private long loginSeen;
        private boolean typed;

        Marks(String login, String password, long typingMillis) {
            this.login = login;
            this.password = password;
            this.typingMillis = typingMillis;
        }

        void poll() {
            for (Window w : Window.getWindows()) {
                Scene scene = w.getScene();
                if (scene != null && watched.add(scene)) {
                    scene.addPostLayoutPulseListener(() -> laidOut(scene));
                    Platform.requestNextPulse();
                }
                if (scene != null && loginSeen != 0 && !typed
                        && System.nanoTime() - loginSeen >= typingMillis * 1_000_000) {
                    type(scene);
                }
            }
        }

        /** After a pulse laid the scene out: the login screen (once), the People list with rows (the end). */
        private void laidOut(Scene scene) {
            if (done || scene.getRoot() == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
                return;
            }
            if (typed) {
                Optional<Node> table = find(scene, "#peopleTable");
                if (table.isPresent() && ((TableView<?>) table.get()).getItems().size() > 0) {
                    done = true;
                    int rows = ((TableView<?>) table.get()).getItems().size();
                    afterNextPulse(scene, () -> {
                        System.out.println("startup-probe list " + rows + " heap " + heapMb());
                        System.out.flush();
                        System.exit(0);
                    });
                    return;
                }
            }
            if (find(scene, "#cannotOpenHeading").isPresent()) {
                done = true;
                System.out.println("startup-probe failed: the window cannot open the folder");
                System.out.flush();
                System.exit(1);
            }
            if (loginSeen == 0 && find(scene, "#loginButton").isPresent() && find(scene, "#loginName").isPresent()) {
                loginSeen = System.nanoTime();
                System.out.println("startup-probe login");
                System.out.flush();
                if (typingMillis == 0) {
                    Platform.runLater(() -> type(scene)); // pressed as soon as it shows
                }
            }
        }

        private void type(Scene scene) {
            Optional<Node> button = find(scene, "#loginButton");
            if (typed || button.isEmpty()) {
                return;
            }
            typed = true;
            ((TextField) find(scene, "#loginName").get()).setText(login);
            ((TextField) find(scene, "#password").get()).setText(password);
            ((Button) button.get()).fire();
            System.out.println("startup-probe pressed");
            System.out.flush();
        }
    }

    private static Optional<Node> find(Scene scene, String id) {
        return Optional.ofNullable(scene.getRoot().lookup(id)).filter(n -> n.getScene() != null && n.isVisible());
    }

    /** Runs once after the next pulse has laid the scene out (what will be on screen at that frame). */
    static void afterNextPulse(Scene scene, Runnable then) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    /** The heap's high-water mark in MB: the sum of the heap pools' peaks. */
    static long heapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
