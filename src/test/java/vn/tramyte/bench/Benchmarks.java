package vn.tramyte.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The benchmarks of issue 12 behind one command, each printing one line a script can read:
 * {@code benchmark NAME: median X ms, floor Y ms, ratio Z, heap W MB} (floor and ratio {@code -}
 * where no floor applies). Not tests: no timed assertions anywhere. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.tramyte.bench.Benchmarks
 * -Dexec.args="NAME|all"}. Data is generated once (seeded) and kept under target/bench. {@code report},
 * {@code sync-import} and {@code province-import} run on PostgreSQL too with {@code -Dbench.engine=postgresql}
 * (issue 16).
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    static Map<String, Callable<String>> all() {
        Map<String, Callable<String>> all = new LinkedHashMap<>();
        all.put("import", ImportBenchmark::run);
        all.put("search", SearchBenchmark::run);
        all.put("due-list", DueListBenchmark::run);
        all.put("report", ReportBenchmark::run);
        all.put("sync-import", SyncBenchmark::run);
        all.put("province-import", ProvinceBenchmark::run);
        all.put("demo", DemoBenchmark::run);
        all.put("startup", StartupBenchmark::run);
        all.put("memory", MemoryBenchmark::run);
        return all;
    }

    public static void main(String[] args) throws Exception {
        String wanted = args.length == 0 ? "all" : args[0].trim();
        Map<String, Callable<String>> all = all();
        if (!wanted.equals("all") && !all.containsKey(wanted)) {
            System.err.println("no benchmark " + wanted + "; known: all, " + String.join(", ", all.keySet()));
            System.exit(2);
        }
        for (Map.Entry<String, Callable<String>> b : all.entrySet()) {
            if (wanted.equals("all") || wanted.equals(b.getKey())) {
                System.out.println("== " + b.getKey());
                System.out.println(b.getValue().call());
            }
        }
        // H2 and JavaFX threads must not keep exec:java waiting
        System.exit(0);
    }
}
