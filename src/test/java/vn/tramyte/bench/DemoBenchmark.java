package vn.tramyte.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestClock;

/**
 * How long the centre demo takes to build (issue 12: under 3 s): {@code DemoService.create()} in a
 * fresh, already opened data folder, several times; the first rounds warm the JVM up and are not
 * counted (the first one, in a cold JVM, is printed: it is what {@code tramyte demo} costs). Not a test: run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.tramyte.bench.DemoBenchmark}
 * (argument: {@code station} times the station demo instead). The heap figure is the peak heap
 * in use during the timed rounds.
 */
public final class DemoBenchmark {
    private static final int WARM_UP_ROUNDS = 3;
    private static final int TIMED_ROUNDS = 7;

    private DemoBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(run(args.length > 0 && args[0].equals("station")));
    }

    /** The centre demo's build (`Benchmarks demo`), or the station demo's: its benchmark line. */
    static String run() throws IOException {
        return run(false);
    }

    private static String run(boolean station) throws IOException {
        Path root = Files.createTempDirectory("tramyte-demo-bench");
        try {
            long[] times = new long[TIMED_ROUNDS];
            for (int r = 0; r < WARM_UP_ROUNDS + TIMED_ROUNDS; r++) {
                if (r == WARM_UP_ROUNDS) {
                    System.gc();
                    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                }
                try (Services s = vn.tramyte.testing.TestStation.open(root.resolve("demo-" + r))) {
                    long t0 = System.nanoTime();
                    s.demo().create(station ? vn.tramyte.demo.DemoService.STATION_DEMO : null);
                    long took = System.nanoTime() - t0;
                    if (r >= WARM_UP_ROUNDS) {
                        times[r - WARM_UP_ROUNDS] = took;
                    }
                    System.out.printf(Locale.ROOT, "round %d%s: %d ms%n", r + 1,
                            r == 0 ? " (cold JVM, warm-up)" : r < WARM_UP_ROUNDS ? " (warm-up)" : "", took / 1_000_000);
                }
            }
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            Arrays.sort(times);
            return Bench.line(station ? "demo-station" : "demo", Bench.medianMs(times), null, peak / (1024 * 1024));
        } finally {
            delete(root);
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
