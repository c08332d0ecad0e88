package vn.tramyte.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * Memory (issue 12): the centre with 200,000 people ({@link CentreData}, cached under target/bench) open in
 * the real window in a new JVM with {@code -Xmx512m} (or {@code -Dmemory.xmx=...}), logged in, every page of
 * the navigation opened and waited for ({@code vn.tramyte.app.MemoryProbe}, headless Monocle as the window
 * tests run); more JVM flags with {@code -Dmemory.flags="..."}. Fails when the program runs out of memory; prints each page's heap in use; the line's heap
 * is the most in use after a page (the sum of the pools' peaks, an upper bound, is printed too).
 * The time is the whole run, from the JVM's launch to the last page (no floor).
 */
final class MemoryBenchmark {
    private MemoryBenchmark() {
    }

    static String run() throws Exception {
        int people = Integer.getInteger("memory.people", 200_000);
        String xmx = System.getProperty("memory.xmx", "512m");
        Path dir = CentreData.centre(Bench.CACHE, people);
        Path copy = Bench.copy(dir, Bench.CACHE.resolve("memory-run"));
        List<String> flags = new java.util.ArrayList<>(List.of("-Xmx" + xmx, "-Dtestfx.headless=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true"));
        String extra = System.getProperty("memory.flags", "").trim(); // e.g. -XX:+UseSerialGC -Xlog:gc
        if (!extra.isEmpty()) {
            flags.addAll(List.of(extra.split("\\s+")));
        }
        Bench.Child child = Bench.run(Bench.java(flags, "vn.tramyte.app.MemoryProbe", copy.toAbsolutePath().toString()),
                1800);
        long peak = -1;
        for (String line : child.output().split("\n")) {
            if (line.startsWith("memory-probe ")) {
                System.out.println(line);
                if (line.startsWith("memory-probe done peak ")) {
                    peak = Long.parseLong(line.split(" ")[3]);
                }
            }
        }
        if (child.exit() != 0 || peak < 0 || child.output().contains("OutOfMemoryError")) {
            throw new IllegalStateException("the window did not visit every page with -Xmx" + xmx + " (exit "
                    + child.exit() + "):\n" + child.output());
        }
        System.out.printf(java.util.Locale.ROOT, "memory: %d people, -Xmx%s, every page visited in %d ms%n",
                people, xmx, child.millis());
        return Bench.line("memory", child.millis(), null, peak);
    }
}
