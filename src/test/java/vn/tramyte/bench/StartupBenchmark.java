package vn.tramyte.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.tramyte.testing.TestStation;

/**
 * Start-up (issue 12): a new JVM from its launch to the main window showing the People list of the
 * Mường Kim station demo, logged in (the login typed on the login screen as a health worker would:
 * {@link StartupProbe}, the Argon2id key unwrap and password check included), against the floor: a
 * new JVM showing an empty JavaFX window ({@link EmptyWindow}). Both with the launcher's flags
 * (JavaFX on the module path, the program on the class path: {@code target/app/bin/tramyte}) and the
 * same extra flags ({@code -Dstartup.flags="-Xshare:off"}, or an AppCDS archive, to compare), in the same
 * run, alternating, each round on a fresh copy of the demo folder. The first round of each is a
 * cold start (files not yet in the OS cache after a build) and is printed apart, not counted. Needs a
 * display: the one in DISPLAY, else an Xvfb it starts (1366x768) and stops. The heap figure is the
 * program's peak heap when the list shows.
 */
final class StartupBenchmark {
    private static final int ROUNDS = Integer.getInteger("startup.rounds", 5);
    private static final long TIMEOUT_SECONDS = 300;

    private StartupBenchmark() {
    }

    static String run() throws Exception {
        Path demo = stationDemo();
        Process xvfb = null;
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            display = ":" + new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8))
                    .readLine().trim();
        }
        try {
            List<String> flags = flags();
            System.out.println("startup: display " + display + ", flags " + flags);
            long[] floor = new long[ROUNDS];
            long[] login = new long[ROUNDS];
            long[] list = new long[ROUNDS];
            long[] loggingIn = new long[ROUNDS];
            long heap = 0;
            for (int r = -1; r < ROUNDS; r++) { // round -1: the cold starts, printed apart
                Map<String, Long> empty = child(display, java(flags, EmptyWindow.class.getName()));
                Path copy = Bench.copy(demo, Bench.CACHE.resolve("startup-run"));
                Map<String, Long> app = child(display, java(flags, StartupProbe.class.getName(),
                        copy.toAbsolutePath().toString(), TestStation.ADMIN_LOGIN, TestStation.PASSWORD));
                System.out.printf(Locale.ROOT, "startup round %d%s: empty window %d ms; program: login screen %d ms,"
                        + " People list %d ms (login pressed to list %d ms)%n", r + 1, r < 0 ? " (cold)" : "",
                        empty.get("shown"), app.get("login"), app.get("list"), app.get("list") - app.get("pressed"));
                if (r >= 0) {
                    floor[r] = empty.get("shown") * 1_000_000;
                    login[r] = app.get("login") * 1_000_000;
                    list[r] = app.get("list") * 1_000_000;
                    loggingIn[r] = (app.get("list") - app.get("pressed")) * 1_000_000;
                    heap = Math.max(heap, app.get("heap"));
                }
            }
            System.out.printf(Locale.ROOT, "startup: empty window %s ms, login screen %s ms (median %.0f), People list "
                    + "%s ms, login pressed to list %s ms (median %.0f)%n", Bench.ms(floor), Bench.ms(login),
                    Bench.medianMs(login), Bench.ms(list), Bench.ms(loggingIn), Bench.medianMs(loggingIn));
            return Bench.line("startup", Bench.medianMs(list), Bench.medianMs(floor), heap);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * The launcher's way of running Java: JavaFX's jars of this OS on the module path (javafx.controls),
     * everything else on the class path ({@code -cp} last); plus {@code -Dstartup.flags}.
     */
    private static List<String> flags() {
        List<String> modules = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String entry : Bench.classPath().split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("javafx-") && name.matches("javafx-[a-z]+-[0-9.]+-(linux|win|mac)\\.jar")) {
                modules.add(entry);
            } else if (!name.startsWith("javafx-") && !name.startsWith("openjfx-monocle")) {
                rest.add(entry);
            }
        }
        List<String> flags = new ArrayList<>(List.of("--module-path", String.join(File.pathSeparator, modules),
                "--add-modules", "javafx.controls", "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED"));
        String extra = System.getProperty("startup.flags", "").trim();
        if (!extra.isEmpty()) {
            flags.addAll(Arrays.asList(extra.split("\\s+")));
        }
        flags.add("-cp");
        flags.add(String.join(File.pathSeparator, rest));
        return flags;
    }

    private static List<String> java(List<String> flags, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(flags);
        cmd.addAll(List.of("-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-Dfile.encoding=UTF-8", mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs a child JVM on the display; returns the milliseconds from its launch to each probe line. */
    private static Map<String, Long> child(String display, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        pb.environment().remove("TRAMYTE_USER");
        pb.environment().remove("TRAMYTE_PASSWORD");
        long t0 = System.nanoTime();
        Process p = pb.start();
        Map<String, Long> marks = new java.util.HashMap<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                long ms = (System.nanoTime() - t0) / 1_000_000;
                output.append(line).append('\n');
                if (line.startsWith("startup-probe ")) {
                    String[] words = line.split(" ");
                    marks.put(words[1], ms);
                    int h = Arrays.asList(words).indexOf("heap");
                    if (h > 0) {
                        marks.put("heap", Long.parseLong(words[h + 1]));
                    }
                }
            }
        }
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (!marks.containsKey("shown") && !marks.containsKey("list")) {
            throw new IllegalStateException("the child JVM did not show its window: " + output);
        }
        return marks;
    }

    /** The Mường Kim station demo, made once by {@code tramyte demo --station 03637} and kept under target/bench. */
    static Path stationDemo() throws Exception {
        Path dir = Bench.CACHE.resolve("startup-demo-03637");
        if (Files.exists(dir.resolve("generated.txt"))) {
            return dir;
        }
        Bench.delete(dir);
        ProcessBuilder pb = new ProcessBuilder(Bench.java(List.of(), "vn.tramyte.Main", "demo", "--station",
                TestStation.MUONG_KIM, "--data-dir", dir.toAbsolutePath().toString())).redirectErrorStream(true);
        pb.environment().put("TRAMYTE_USER", TestStation.ADMIN_LOGIN);
        pb.environment().put("TRAMYTE_PASSWORD", TestStation.PASSWORD);
        Path log = Files.createTempFile("tramyte-startup-demo", ".txt");
        Process p = pb.redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("tramyte demo failed: " + Files.readString(log));
        }
        Files.writeString(dir.resolve("generated.txt"), Files.readString(log));
        Files.delete(log);
        return dir;
    }
}
