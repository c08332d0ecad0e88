package vn.tramyte.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tramyte.app.Services;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;
import vn.tramyte.sync.ImportOutcome;
import vn.tramyte.sync.SyncRepository;
import vn.tramyte.sync.SyncService;
import vn.tramyte.sync.SyncTable;
import vn.tramyte.sync.TableReport;
import vn.tramyte.testing.Engine;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;

/**
 * The province at scale (issue 16): a province of about 1,000,000 people receives {@value #PACKAGES} upward
 * packages, one after another, each of about 33,000 people with their records in CentreData's proportions
 * (about 370,000 rows). The packages are real: written by the program at two centres enrolled with the
 * province (Than Uyên, 12 communes, and Tam Đường, 13: the only centres the bundled code list has, and the
 * province refuses rows of a commune that is not the sending centre's), each centre sending every other
 * package, of new people added to its database since its last one. Each import is measured against its floor,
 * on the same engine in the same run: a plain JDBC batch insert of the same rows (read back from the province
 * after the import) into the same schema, one transaction, in a second copy of the province that grows in step
 * (so both start each package holding the same rows). The line gives the median of one package's import; extra
 * lines the total, rows per second, package sizes and the generation time.
 *
 * <p>Not a test: run with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.tramyte.bench.ProvinceBenchmark [-Dexec.args="PACKAGES PEOPLE"] [-Dbench.engine=postgresql]}
 * or as {@code Benchmarks province-import}. The province and its centres run on the benchmark's engine. The
 * enrolled province, the centres and the packages are cached under target/bench (on PostgreSQL while the server
 * still holds the databases): a second run only imports, into fresh copies of the empty province.
 */
public final class ProvinceBenchmark {
    /** Bump when the generated packages change. */
    private static final String VERSION = "1";
    private static final int PACKAGES = 30;
    private static final int PEOPLE = 1_000_000;
    private static final String PROVINCE = "12";
    /** Tam Đường's 13 communes of the 2024 code list. */
    private static final String[] TAM_DUONG = {"03390", "03394", "03400", "03405", "03406", "03412", "03413",
        "03415", "03418", "03421", "03424", "03427", "03430"};

    /** A centre of the province: its code, its administrator and its communes. */
    private record Centre(String code, String admin, String[] stations) {
    }

    private static final List<Centre> CENTRES = List.of(new Centre("110", "Nguyễn Thị Thu Hà", CentreData.STATIONS),
            new Centre("106", "Vàng Thị Lan", TAM_DUONG));

    private ProvinceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int packages = args.length > 0 ? Integer.parseInt(args[0]) : PACKAGES;
        int people = args.length > 1 ? Integer.parseInt(args[1]) : PEOPLE;
        System.out.println(run(packages, people));
        System.exit(0);
    }

    /** {@value #PACKAGES} packages of a province of 1,000,000 people ({@code Benchmarks province-import}). */
    static String run() throws Exception {
        return run(PACKAGES, PEOPLE);
    }

    static String run(int packages, int people) throws Exception {
        Engine engine = Bench.engine();
        int perPackage = people / packages;
        Path cache = Bench.CACHE.resolve("province-" + packages + "x" + perPackage + "-v" + VERSION
                + (engine == Engine.H2 ? "" : "-" + engine));
        if (!Files.exists(cache.resolve("generated.txt")) || !reachable(engine, cache.resolve("province"))) {
            generate(engine, cache, packages, perPackage);
        }
        System.out.print(Files.readString(cache.resolve("generated.txt")));
        List<Path> files = Files.readAllLines(cache.resolve("packages.txt")).stream().map(cache::resolve).toList();
        return importAll(engine, cache, files);
    }

    // ---- generation ---------------------------------------------------------------------------------

    /** The province enrols both centres; the centres take turns adding people and sending them up. */
    private static void generate(Engine engine, Path cache, int packages, int perPackage) throws Exception {
        long t0 = System.nanoTime();
        Bench.delete(cache);
        Files.createDirectories(cache);
        Path provinceDir = cache.resolve("province");
        try (Services province = Services.open(engine.prepare(provinceDir), TestClock.fixed(),
                engine.serverPassword())) {
            province.setup().setUp(Mode.PROVINCE, CodeList.Y2024, PROVINCE, TestStation.admin("Giàng Thị Dung"));
            for (Centre c : CENTRES) {
                try (Services centre = Services.open(engine.prepare(centreDir(cache, c)), TestClock.fixed(),
                        engine.serverPassword())) {
                    centre.setup().setUp(Mode.CENTRE, CodeList.Y2024, c.code(), TestStation.admin(c.admin()));
                    SyncService.Enrolment e = province.sync().enrolCentre(c.code(), cache.resolve("enrol-" + c.code()));
                    centre.sync().joinProvince(e.file(), e.code());
                }
            }
        }
        StringBuilder summary = new StringBuilder();
        List<String> names = new ArrayList<>();
        long[] sizes = new long[packages];
        long rows = 0;
        long people = 0;
        long dataNanos = 0;
        long exportNanos = 0;
        for (int k = 0; k < packages; k++) {
            Centre c = CENTRES.get(k % CENTRES.size());
            long a = System.nanoTime();
            CentreData.Added added = CentreData.append(engine, centreDir(cache, c), c.stations(), perPackage,
                    20261205L + k);
            long b = System.nanoTime();
            Path file;
            try (Services centre = open(engine, centreDir(cache, c))) {
                file = centre.sync().exportUpward(cache.resolve("packages"), false);
            }
            long d = System.nanoTime();
            dataNanos += b - a;
            exportNanos += d - b;
            names.add(cache.relativize(file).toString());
            sizes[k] = Files.size(file);
            rows += added.rows();
            people += added.people();
            String line = String.format(Locale.ROOT, "package %d from centre %s: %,d rows, %,d bytes (%s); "
                    + "data %d s, export %d s%n", k + 1, c.code(), added.rows(), sizes[k], added.summary(),
                    (b - a) / 1_000_000_000L, (d - b) / 1_000_000_000L);
            System.out.print(line);
            summary.append(line);
        }
        Files.write(cache.resolve("packages.txt"), names);
        long[] sorted = sizes.clone();
        Arrays.sort(sorted);
        summary.append(String.format(Locale.ROOT, "generated: %d packages from %d centres, %,d people, %,d rows, "
                        + "%,d bytes in all (one package %,d to %,d bytes, median %,d); centres on %s; in %d s "
                        + "(data %d s, the centres' exports %d s)%n", packages, CENTRES.size(), people, rows,
                Arrays.stream(sizes).sum(), sorted[0], sorted[sorted.length - 1], sorted[sorted.length / 2], engine,
                (System.nanoTime() - t0) / 1_000_000_000L, dataNanos / 1_000_000_000L,
                exportNanos / 1_000_000_000L));
        Files.writeString(cache.resolve("generated.txt"), summary);
    }

    private static Path centreDir(Path cache, Centre c) {
        return cache.resolve("centre-" + c.code());
    }

    private static Services open(Engine engine, Path dir) {
        return engine == Engine.H2 ? TestStation.open(dir) : engine.open(dir);
    }

    /** Whether a cached folder's database is still there (always on H2: it is in the folder). */
    private static boolean reachable(Engine engine, Path dir) {
        if (engine == Engine.H2) {
            return Files.isDirectory(dir);
        }
        try (Connection c = engine.connect(dir); Statement st = c.createStatement()) {
            st.executeQuery("SELECT COUNT(*) FROM sync_peer").close();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    // ---- the measured part ----------------------------------------------------------------------------

    private static String importAll(Engine engine, Path cache, List<Path> files) throws Exception {
        Path province = copy(engine, cache.resolve("province"), cache.resolve("run-province"));
        Path floorDir = copy(engine, cache.resolve("province"), cache.resolve("run-floor"));
        long[] imports = new long[files.size()];
        long[] floors = new long[files.size()];
        long heapMb = 0;
        long rows = 0;
        SyncRepository repository = new SyncRepository();
        try (Services p = open(engine, province); Services f = open(engine, floorDir)) {
            for (int k = 0; k < files.size(); k++) {
                long before = p.database().read(repository::lastSeq);
                Bench.resetPeakHeap();
                long t0 = System.nanoTime();
                ImportOutcome o = p.sync().importFile(files.get(k));
                imports[k] = System.nanoTime() - t0;
                heapMb = Math.max(heapMb, Bench.peakHeapMb());
                if (o.status() != ImportOutcome.Status.IMPORTED) {
                    throw new IllegalStateException("not imported: " + o);
                }
                long added = 0;
                for (TableReport line : o.lines()) {
                    if (line.refused() > 0 || line.updated() > 0 || line.unchanged() > 0) {
                        throw new IllegalStateException("every row of a package of new people is new: " + o.lines());
                    }
                    added += line.added();
                }
                // the floor: the same rows, as the province now holds them, into the floor's copy
                Map<String, Rows> same = rowsOf(p, repository, before);
                long n = same.values().stream().mapToLong(r -> r.rows().size()).sum();
                if (n != added) {
                    throw new IllegalStateException("the province holds " + n + " new rows, the import added " + added);
                }
                t0 = System.nanoTime();
                plainInsert(f, same);
                floors[k] = System.nanoTime() - t0;
                rows += added;
                System.out.printf(Locale.ROOT, "package %d: %,d rows, import %d ms, floor %d ms%n", k + 1, added,
                        imports[k] / 1_000_000, floors[k] / 1_000_000);
            }
        }
        long total = Arrays.stream(imports).sum();
        long floorTotal = Arrays.stream(floors).sum();
        System.out.printf(Locale.ROOT, "province on %s: %d packages, %,d rows in all%n", engine, files.size(), rows);
        System.out.printf(Locale.ROOT, "import rounds: %s ms%n", Bench.ms(imports));
        System.out.printf(Locale.ROOT, "floor rounds (JDBC batch insert): %s ms%n", Bench.ms(floors));
        System.out.printf(Locale.ROOT, "total: import of all %d packages %.0f s (%,.0f rows/s), floor %.0f s "
                        + "(%,.0f rows/s)%n", files.size(), total / 1e9, rows / (total / 1e9), floorTotal / 1e9,
                rows / (floorTotal / 1e9));
        return Bench.line(Bench.name("province-import"), Bench.medianMs(imports), Bench.medianMs(floors), heapMb);
    }

    /** One table's rows: the travelling columns and their values. */
    private record Rows(List<String> columns, List<Object[]> rows) {
    }

    /** The rows the province wrote after a change number: those of the package just imported. */
    private static Map<String, Rows> rowsOf(Services s, SyncRepository repository, long afterSeq) {
        return s.database().read(tx -> {
            Map<String, Rows> all = new LinkedHashMap<>();
            for (SyncTable t : s.sync().tables().inOrder()) {
                List<String> columns = repository.columns(t.name());
                List<Object[]> rows = new ArrayList<>();
                repository.changedRows(tx, t.name(), columns, null, afterSeq, null, rows::add);
                List<String> refs = repository.selfReferences(t.name());
                if (!refs.isEmpty()) {
                    // mothers before their children (the import orders them so too)
                    int at = columns.indexOf(refs.get(0));
                    List<Object[]> ordered = new ArrayList<>(rows.stream().filter(r -> r[at] == null).toList());
                    ordered.addAll(rows.stream().filter(r -> r[at] != null).toList());
                    rows = ordered;
                }
                all.put(t.name(), new Rows(columns, rows));
            }
            return all;
        });
    }

    /** The floor: the same rows, the same columns, one JDBC batch per 1,000 rows, one transaction. */
    private static void plainInsert(Services c, Map<String, Rows> tables) {
        c.database().writeVoid("bench", tx -> tx.dsl().connection(conn -> {
            for (Map.Entry<String, Rows> t : tables.entrySet()) {
                List<String> cols = t.getValue().columns();
                String sql = "INSERT INTO " + t.getKey() + " (" + String.join(", ", cols) + ", change_seq) VALUES ("
                        + "?, ".repeat(cols.size()) + "?)";
                try (PreparedStatement ps = conn.prepareStatement(sql)) {
                    int n = 0;
                    for (Object[] row : t.getValue().rows()) {
                        for (int i = 0; i < row.length; i++) {
                            ps.setObject(i + 1, row[i]);
                        }
                        ps.setLong(row.length + 1, 1);
                        ps.addBatch();
                        if (++n % 1000 == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
            }
        }));
    }

    /**
     * A fresh copy of the enrolled, empty province: its folder's files (keys, settings, the H2 file), and on
     * PostgreSQL its database, copied on the server (an earlier run's copy dropped first) and named in the copy's
     * settings.
     */
    private static Path copy(Engine engine, Path from, Path to) throws Exception {
        Bench.copy(from, to);
        Bench.copyDatabase(engine, from, to);
        return to;
    }
}
