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
    private static final int ROUNDS = 7;
    private static final int WARM_UP = 2;

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
            for (int r = -WARM_UP; r < ROUNDS; r++) {
                long t0 = System.nanoTime();
                last = centre.vaccination().computeDueList(day, commune, Set.of());
                long t1 = System.nanoTime();
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
            System.out.printf(java.util.Locale.ROOT, "due-list: commune %s, %d children due on %s%n", commune,
                    last.rows().size(), day);
            return Bench.line("due-list", Bench.medianMs(lists), Bench.medianMs(floors), Bench.peakHeapMb());
        }
    }
}
