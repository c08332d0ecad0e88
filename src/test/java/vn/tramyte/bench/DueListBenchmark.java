package vn.tramyte.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestStation;
import vn.tramyte.vaccination.DueList;

/**
 * The due list of a vaccination day for one commune (issue 12): the biggest station of the centre's
 * database (CentreData: about 16,000 people with three years of doses), computed as the
 * Vaccination page and {@code tramyte due-list} compute it. The floor, in the same run, is one SQL
 * pass counting that commune's people and doses.
 */
final class DueListBenchmark {
    /**
     * Rounds alternate between ~150 and ~400 ms while the JIT is still at work (measured: the 400 ms rounds run
     * on the list's own thread, in bursts, for the first five to ten rounds): the median is of the steady state
     * after 5 warm-up rounds, and the first (cold) list of the JVM is printed beside it.
     */
    private static final int ROUNDS = 15;
    private static final int WARM_UP = 5;

    private DueListBenchmark() {
    }

    static String run() throws Exception {
        Path dir = CentreData.centre(Bench.CACHE, 200_000);
        try (Services centre = TestStation.open(dir)) {
            String commune = centre.database().read(tx -> tx.dsl().fetchOne(
                    "SELECT station_code FROM person GROUP BY station_code ORDER BY COUNT(*) DESC LIMIT 1").get(0,
                    String.class));
            LocalDate day = LocalDate.of(2025, 12, 15);
            long[] lists = new long[ROUNDS];
            long[] floors = new long[ROUNDS];
            DueList last = null;
            Bench.resetPeakHeap();
            long cold = 0;
            for (int r = -WARM_UP; r < ROUNDS; r++) {
                long t0 = System.nanoTime();
                last = centre.vaccination().computeDueList(day, commune, Set.of());
                long t1 = System.nanoTime();
                if (r == -WARM_UP) {
                    cold = t1 - t0;
                }
                long counted = centre.database().read(tx -> tx.dsl().fetchOne(
                        "SELECT (SELECT COUNT(*) FROM person WHERE station_code = ?)"
                                + " + (SELECT COUNT(*) FROM vaccination WHERE station_code = ?)", commune, commune)
                        .get(0, Long.class));
                long t2 = System.nanoTime();
                if (r >= 0) {
                    lists[r] = t1 - t0;
                    floors[r] = t2 - t1;
                }
                if (counted == 0) {
                    throw new IllegalStateException("no people in " + commune);
                }
            }
            System.out.printf(java.util.Locale.ROOT, "due-list: commune %s, %d children due on %s; the first list of"
                    + " the JVM (cold) %d ms; rounds %s ms%n", commune, last.rows().size(), day, cold / 1_000_000,
                    Bench.ms(lists));
            return Bench.line("due-list", Bench.medianMs(lists), Bench.medianMs(floors), Bench.peakHeapMb());
        }
    }
}
