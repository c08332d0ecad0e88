package vn.tramyte.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.tramyte.app.Services;
import vn.tramyte.report.Period;
import vn.tramyte.report.Report;
import vn.tramyte.report.ReportRequest;
import vn.tramyte.testing.TestStation;

/**
 * A year's report at a centre of 200,000 people (CentreData, built once and cached under
 * target/bench): the median of a full report (every indicator, both populations, every commune)
 * against its floor measured in the same run — one pass that counts each table's rows in the
 * period. Both are measured after {@value #WARM_UP} unmeasured rounds of each (the JIT compiler and
 * H2's page cache warmed, as in a session where the centre looks at several reports); the very
 * first report of the JVM is printed on a line of its own. Not a test: run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.tramyte.bench.ReportBenchmark
 * [-Dexec.args=PEOPLE] [-Dbench.engine=postgresql]}: on PostgreSQL (issue 16) the centre's database is one of the
 * server of the TRAMYTE_TEST_PG_* variables, the floor measured on that same server, the line named
 * {@code report-postgresql}.
 */
public final class ReportBenchmark {
    /** As the due list's: with 3 warm-up rounds the rounds still swung 550–1,500 ms while the JIT worked. */
    private static final int ROUNDS = 15;
    private static final int WARM_UP = 6;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run(args.length > 0 ? Integer.parseInt(args[0]) : 200_000));
        System.exit(0);
    }

    /** A year's report at the 200,000-people centre (`Benchmarks report`): its benchmark line. */
    static String run() throws Exception {
        return run(200_000);
    }

    private static String run(int people) throws Exception {
        Path dir = CentreData.centre(Path.of("target", "bench"), people);
        System.out.print("data: " + Files.readString(dir.resolve("generated.txt")));
        vn.tramyte.testing.Engine engine = Bench.engine();
        try (Services centre = engine == vn.tramyte.testing.Engine.H2 ? TestStation.open(dir) : engine.open(dir)) {
            Period year = Period.year(2025);
            long[] report = new long[ROUNDS];
            long[] floor = new long[ROUNDS];
            Report last = null;
            long rows = 0;
            long first = 0;
            for (int r = -WARM_UP; r < ROUNDS; r++) {
                long t0 = System.nanoTime();
                rows = centre.reports().countRowsIn(year);
                long f = System.nanoTime() - t0;
                t0 = System.nanoTime();
                last = centre.reports().report(ReportRequest.of(year));
                long t = System.nanoTime() - t0;
                if (r == -WARM_UP) {
                    first = t;
                }
                if (r >= 0) {
                    floor[r] = f;
                    report[r] = t;
                }
            }
            System.out.printf(Locale.ROOT, "report: the first of the JVM (cold) took %.0f ms%n", first / 1e6);
            double median = Bench.medianMs(report);
            double base = Bench.medianMs(floor);
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "report: %d rows in 2025, %d records counted, %d places%n", rows,
                    last.entries().size(), last.rows().size());
            System.out.printf(Locale.ROOT, "report: %d people on %s, report rounds %s ms, floor rounds %s ms%n", people,
                    engine, Bench.ms(report), Bench.ms(floor));
            return Bench.line(Bench.name("report"), median, base, (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        }
    }
}
