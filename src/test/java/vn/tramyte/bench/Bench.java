package vn.tramyte.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What every benchmark shares: the one line a script reads, medians, the heap a run used, copies of
 * data folders, and child JVMs on the project's class path (for a heap limit or a cold start).
 */
final class Bench {
    /** Where the generated databases and registers are kept between runs. */
    static final Path CACHE = Path.of("target", "bench");

    /** The system property choosing the engine of the report and sync-import benchmarks (issue 16). */
    static final String ENGINE_PROPERTY = "bench.engine";

    private Bench() {
    }

    /**
     * The engine the centre's database runs on: H2 by default, PostgreSQL with {@code -Dbench.engine=postgresql}
     * (the server of the TRAMYTE_TEST_PG_* variables, a fresh database per data folder, as the tests make them).
     */
    static vn.tramyte.testing.Engine engine() {
        String name = System.getProperty(ENGINE_PROPERTY, "h2").trim().toUpperCase(Locale.ROOT);
        try {
            return vn.tramyte.testing.Engine.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ENGINE_PROPERTY + " is h2 or postgresql, not " + name, e);
        }
    }

    /** A benchmark's name on the chosen engine: as before on H2, with the engine's name after it otherwise. */
    static String name(String benchmark) {
        vn.tramyte.testing.Engine engine = engine();
        return engine == vn.tramyte.testing.Engine.H2 ? benchmark : benchmark + "-" + engine;
    }

    /**
     * The schema version the program's migrations make (the highest {@code V} number in db/migration):
     * part of the name of a cached database that benchmarks copy, so that a cache made before a new
     * migration is made again instead of being upgraded (with a backup) on every copy's first start.
     */
    static int schemaVersion() {
        return vn.tramyte.testing.MigrationFiles.latest();
    }

    /** The line of issue 12: {@code benchmark NAME: median X ms, floor Y ms, ratio Z, heap W MB}. */
    static String line(String name, double medianMs, Double floorMs, long heapMb) {
        return String.format(Locale.ROOT, "benchmark %s: median %.0f ms, floor %s ms, ratio %s, heap %d MB", name,
                medianMs, floorMs == null ? "-" : String.format(Locale.ROOT, "%.0f", floorMs),
                floorMs == null ? "-" : String.format(Locale.ROOT, "%.2f", medianMs / floorMs), heapMb);
    }

    static double medianMs(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return median / 1e6;
    }

    static String ms(long[] nanos) {
        return Arrays.toString(Arrays.stream(nanos).map(n -> n / 1_000_000).toArray());
    }

    /** Starts measuring the heap's high-water mark: a collection first, so earlier garbage is not counted. */
    static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The heap's high-water mark since {@link #resetPeakHeap}, in MB (the sum of the pools' peaks). */
    static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }

    /** A copy of a data folder's files (not its lock), to run a workload on a fresh database each round. */
    static Path copy(Path from, Path to) throws IOException {
        delete(to);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return to;
    }

    /**
     * On PostgreSQL, the database of the folder {@code from} copied on the server (an earlier run's copy dropped
     * first) and named in the settings of {@code to}; nothing on H2, whose file is in the folder.
     */
    static void copyDatabase(vn.tramyte.testing.Engine engine, Path from, Path to) throws java.sql.SQLException {
        if (engine == vn.tramyte.testing.Engine.H2) {
            return;
        }
        vn.tramyte.common.Settings settings = new vn.tramyte.common.Settings(from);
        String url = settings.databaseUrl();
        String template = url.substring(url.lastIndexOf('/') + 1);
        String name = template + "_" + to.getFileName().toString().replaceAll("[^a-z0-9]", "_");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                vn.tramyte.testing.Engine.databaseUrl("postgres"), settings.databaseUser(),
                System.getenv(vn.tramyte.testing.Engine.PASSWORD_VARIABLE));
             java.sql.Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name);
            st.execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        }
        new vn.tramyte.common.Settings(to).setDatabase(vn.tramyte.testing.Engine.databaseUrl(name),
                settings.databaseUser());
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The class path this code runs on (under exec:java, the project's, from its class loader). */
    static String classPath() {
        List<String> entries = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        while (loader != null) {
            if (loader instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (Exception e) {
                        entries.add(url.getPath());
                    }
                }
            }
            loader = loader.getParent();
        }
        entries.addAll(List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        return String.join(java.io.File.pathSeparator, entries.stream().distinct().toList());
    }

    /** A command starting a JVM on the project's class path with the launcher's flags and the given ones. */
    static List<String> java(List<String> jvmFlags, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-Dfile.encoding=UTF-8",
                "-cp", classPath(), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** What a child JVM did: its exit code, its output and how long it ran. */
    record Child(int exit, String output, long millis) {
    }

    static Child run(List<String> command, long timeoutSeconds) throws Exception {
        return run(command, java.util.Map.of(), timeoutSeconds);
    }

    /** The same with these environment variables set (e.g. who runs a command: TRAMYTE_USER, TRAMYTE_PASSWORD). */
    static Child run(List<String> command, java.util.Map<String, String> environment, long timeoutSeconds)
            throws Exception {
        Path out = Files.createTempFile("tramyte-bench-child", ".txt");
        long t0 = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        if (!p.waitFor(timeoutSeconds, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("child JVM still running after " + timeoutSeconds + " s: " + command);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        String text = Files.readString(out);
        Files.delete(out);
        return new Child(p.exitValue(), text, millis);
    }
}
