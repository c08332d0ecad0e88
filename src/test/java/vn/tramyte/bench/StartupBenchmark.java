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
 * new JVM showing an empty JavaFX window ({@link EmptyWindow}); and, as a second bound, the same JVM
 * showing a bare login form in the program's theme ({@link LoginFormWindow}, none of the program's code:
 * printed as {@code startup-login-form}, the least a start that asks for a password first can take). Both with the launcher's flags
 * (JavaFX on the module path, the program on the class path: {@code target/app/bin/tramyte}) and the
 * same extra flags ({@code -Dstartup.flags=...}), in the same run, alternating, each round on a fresh copy
 * of the demo folder; then the same without class-data sharing ({@code -Xshare:off}) and with an AppCDS
 * archive of the program's classes made by one run of the probe ({@code -XX:ArchiveClassesAtExit}),
 * unless {@code -Dstartup.cds=false}. The first round of each is a
 * cold start (files not yet in the OS cache after a build) and is printed apart, not counted. Runs
 * under an Xvfb of its own (1366x768, a free display number), started and stopped here, or on the
 * display given as {@code -Dstartup.display=:N}. {@code -Dstartup.typing=3000} lets the probe take 3 s
 * to type the login, as a person does (the program warms up meanwhile: {@code app/Prewarm}); the
 * median then leaves those 3 s out. The heap figure is the
 * program's peak heap when the list shows.
 */
final class StartupBenchmark {
    private static final int ROUNDS = Integer.getInteger("startup.rounds", 5);
    private static final long TIMEOUT_SECONDS = 300;
    /** How long the login takes to type (-Dstartup.typing, ms): 0 presses the button as soon as it shows. */
    private static final long TYPING_MILLIS = Long.getLong("startup.typing", 0);

    private StartupBenchmark() {
    }

    static String run() throws Exception {
        Path demo = stationDemo();
        Process xvfb = null;
        String display = System.getProperty("startup.display");
        if (display == null || display.isBlank()) {
            xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            display = ":" + new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8))
                    .readLine().trim();
        }
        try {
            List<String> lines = new ArrayList<>();
            lines.add(measure("startup", display, demo, flags(List.of())));
            if (Boolean.parseBoolean(System.getProperty("startup.cds", "true"))) {
                // class-data sharing: none at all, and an AppCDS archive of the program's classes made by a
                // run of the same probe (JDK 17: -XX:ArchiveClassesAtExit on top of the JDK's own archive)
                lines.add(measure("startup-no-cds", display, demo, flags(List.of("-Xshare:off"))));
                Path archive = Bench.CACHE.resolve("startup-appcds.jsa").toAbsolutePath();
                Files.deleteIfExists(archive);
                Path copy = Bench.copy(demo, Bench.CACHE.resolve("startup-run"));
                child(display, java(flags(List.of("-XX:ArchiveClassesAtExit=" + archive)),
                        StartupProbe.class.getName(), copy.toAbsolutePath().toString(), TestStation.ADMIN_LOGIN,
                        TestStation.PASSWORD));
                System.out.printf(Locale.ROOT, "startup: AppCDS archive %d MB%n", Files.size(archive) >> 20);
                lines.add(measure("startup-appcds", display, demo, flags(List.of("-XX:SharedArchiveFile=" + archive))));
            }
            return String.join(System.lineSeparator(), lines);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String measure(String name, String display, Path demo, List<String> flags) throws Exception {
        long[] floor = new long[ROUNDS];
        long[] form = new long[ROUNDS];
        long[] login = new long[ROUNDS];
        long[] list = new long[ROUNDS];
        long[] loggingIn = new long[ROUNDS];
        long heap = 0;
        long formHeap = 0;
        for (int r = -1; r < ROUNDS; r++) { // round 0: the first start of this kind (cold after a build), apart
            Map<String, Long> empty = child(display, java(flags, EmptyWindow.class.getName()));
            Map<String, Long> bare = child(display, java(flags, LoginFormWindow.class.getName()));
            Path copy = Bench.copy(demo, Bench.CACHE.resolve("startup-run"));
            Map<String, Long> app = child(display, java(flags, StartupProbe.class.getName(),
                    copy.toAbsolutePath().toString(), TestStation.ADMIN_LOGIN, TestStation.PASSWORD,
                    String.valueOf(TYPING_MILLIS)));
            System.out.printf(Locale.ROOT, "%s round %d%s: empty window %d ms; bare login form %d ms; program: login"
                    + " screen %d ms, People list %d ms (login pressed to list %d ms)%n", name, r + 1,
                    r < 0 ? " (first, not counted)" : "", empty.get("shown"), bare.get("shown"), app.get("login"), app.get("list"), app.get("list") - app.get("pressed"));
            if (r >= 0) {
                floor[r] = empty.get("shown") * 1_000_000;
                form[r] = bare.get("shown") * 1_000_000;
                formHeap = Math.max(formHeap, bare.get("heap"));
                login[r] = app.get("login") * 1_000_000;
                list[r] = app.get("list") * 1_000_000;
                loggingIn[r] = (app.get("list") - app.get("pressed")) * 1_000_000;
                heap = Math.max(heap, app.get("heap"));
            }
        }
        System.out.printf(Locale.ROOT, "%s: empty window %s ms, bare login form %s ms, login screen %s ms (median"
                + " %.0f), People list %s ms, login pressed to list %s ms (median %.0f)%n", name, Bench.ms(floor),
                Bench.ms(form), Bench.ms(login),
                Bench.medianMs(login), Bench.ms(list), Bench.ms(loggingIn), Bench.medianMs(loggingIn));
        // the typing time is the user's, not the program's: left out of the program's time
        long[] program = Arrays.stream(list).map(t -> t - TYPING_MILLIS * 1_000_000).toArray();
        // the bound a login-first start cannot go below: JavaFX's own cost of a bare login form, against the
        // same empty window (the start-up line's goal is 1.5x; a form of four controls takes about that alone)
        return Bench.line(name + "-login-form", Bench.medianMs(form), Bench.medianMs(floor), formHeap)
                + System.lineSeparator() + Bench.line(name, Bench.medianMs(program), Bench.medianMs(floor), heap);
    }

    /**
     * The launcher's way of running Java: JavaFX's jars of this OS on the module path (javafx.controls),
     * everything else on the class path ({@code -cp} last); plus {@code -Dstartup.flags}.
     */
    private static List<String> flags(List<String> cds) {
        List<String> modules = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String entry : Bench.classPath().split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("javafx-") && name.matches("javafx-[a-z]+-[0-9.]+-(linux|win|mac)\\.jar")) {
                modules.add(entry);
            } else if (Files.isDirectory(Path.of(entry))) {
                // class-data sharing archives classes from jars only (a directory is refused), and the
                // launcher runs the program from its jar: the class folders go in jars here
                rest.add(jarOf(Path.of(entry)).toString());
            } else if (!name.startsWith("javafx-") && !name.startsWith("openjfx-monocle")) {
                rest.add(entry);
            }
        }
        List<String> flags = new ArrayList<>(List.of("--module-path", String.join(File.pathSeparator, modules),
                "--add-modules", "javafx.controls", "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED"));
        flags.addAll(cds);
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

    /** A jar of a class folder (target/classes, target/test-classes) under target/bench/startup-jars. */
    private static Path jarOf(Path classes) {
        Path jar = Bench.CACHE.resolve("startup-jars").resolve(classes.getFileName() + ".jar").toAbsolutePath();
        try {
            Files.createDirectories(jar.getParent());
            try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                 var files = Files.walk(classes)) {
                // not the tests' logback-test.xml: the installed program has none (logback would read its XML
                // and log every line to the console, ~0.2 s before the first frame that a user never waits for)
                for (Path f : files.filter(f -> !f.equals(classes) && !f.getFileName().toString()
                        .equals("logback-test.xml")).sorted().toList()) {
                    String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
                    // folders too: Flyway finds db/migration in a jar by its folder's entry
                    out.putNextEntry(new java.util.jar.JarEntry(Files.isDirectory(f) ? name + "/" : name));
                    if (Files.isRegularFile(f)) {
                        Files.copy(f, out);
                    }
                    out.closeEntry();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return jar;
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
        if (output.indexOf("[error][cds]") >= 0) {
            System.out.println(output.toString().lines().filter(l -> l.contains("[cds]")).findFirst().orElse(""));
        }
        return marks;
    }

    /**
     * The Mường Kim station demo, made once by {@code tramyte demo --station 03637} and kept under target/bench
     * for the program's current schema (each round starts on a copy: an older one would be upgraded every time).
     */
    static Path stationDemo() throws Exception {
        Path dir = Bench.CACHE.resolve("startup-demo-03637-schema" + Bench.schemaVersion());
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
