package vn.tramyte.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.tramyte.app.Services;
import vn.tramyte.common.Ids;
import vn.tramyte.sync.ImportOutcome;
import vn.tramyte.sync.SyncRepository;
import vn.tramyte.sync.SyncService;
import vn.tramyte.sync.SyncTable;
import vn.tramyte.testing.Engine;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;

/**
 * A station package of 50,000 changed rows (1 village, 10,000 people, 39,999 measurements):
 * export time, import time at the centre, and the import against the floor — a plain JDBC
 * batch insert of the same rows into the same schema on the same engine. Each round imports into a fresh
 * copy of the enrolled centre; the first round of each is a warm-up, the median is of the other
 * {@value #ROUNDS}. Not a test: run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.tramyte.bench.SyncBenchmark
 * [-Dbench.engine=postgresql]} or as {@code Benchmarks sync-import}. On PostgreSQL (issue 16) the centre's
 * database is on the server of the TRAMYTE_TEST_PG_* variables (a copy per round made with
 * {@code CREATE DATABASE ... TEMPLATE}); the station stays on H2, as a commune's does.
 */
public final class SyncBenchmark {
    private static final int PEOPLE = 10_000;
    private static final int MEASUREMENTS = 39_999;
    private static final int ROUNDS = 5;
    private static final int WARM_UP = 1;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run());
        System.exit(0);
    }

    /** The benchmark line of the sync import ({@code sync-import}, or {@code sync-import-postgresql}). */
    static String run() throws Exception {
        Engine engine = Bench.engine();
        Path root = Files.createTempDirectory("tramyte-sync-bench");
        Services centre = engine == Engine.H2 ? TestStation.centre(root.resolve("centre"))
                : engine.centre(root.resolve("centre"));
        Services station = TestStation.station(root.resolve("station"));
        SyncService.Enrolment e = centre.sync().enrol(TestStation.MUONG_KIM, root.resolve("enrol"));
        station.sync().setUpFromEnrolment(e.file(), e.code(), null);
        centre.close();
        fill(station);

        long[] export = new long[WARM_UP + ROUNDS];
        Path pkg = null;
        for (int r = 0; r < export.length; r++) {
            long t0 = System.nanoTime();
            pkg = station.sync().export(root.resolve("usb" + r));
            export[r] = System.nanoTime() - t0;
        }
        Map<String, List<Map<String, Object>>> rows = new java.util.LinkedHashMap<>();
        for (SyncTable t : station.sync().tables().inOrder()) {
            rows.put(t.name(), SyncWorldRows.dump(station, t.name()));
        }
        station.close();

        long[] imports = new long[ROUNDS];
        long[] floor = new long[ROUNDS];
        long heapMb = 0;
        for (int r = -WARM_UP; r < ROUNDS; r++) {
            Path copy = copy(engine, root.resolve("centre"), root.resolve("centre-import-" + (r + WARM_UP)));
            try (Services c = open(engine, copy)) {
                Bench.resetPeakHeap();
                long t0 = System.nanoTime();
                ImportOutcome o = c.sync().importFile(pkg);
                long t = System.nanoTime() - t0;
                heapMb = Math.max(heapMb, Bench.peakHeapMb());
                if (o.status() != ImportOutcome.Status.IMPORTED) {
                    throw new IllegalStateException("not imported: " + o);
                }
                if (r >= 0) {
                    imports[r] = t;
                }
            }
            Path floorCopy = copy(engine, root.resolve("centre"), root.resolve("centre-floor-" + (r + WARM_UP)));
            try (Services c = open(engine, floorCopy)) {
                long t0 = System.nanoTime();
                plainInsert(c, rows);
                if (r >= 0) {
                    floor[r] = System.nanoTime() - t0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "package: %,d rows, %,d bytes; centre on %s%n", 1 + PEOPLE + MEASUREMENTS,
                Files.size(pkg), engine);
        System.out.printf(Locale.ROOT, "export  (station, H2): %s ms%n", Bench.ms(export));
        System.out.printf(Locale.ROOT, "import  (centre):  %s ms after %d warm-up%n", Bench.ms(imports), WARM_UP);
        System.out.printf(Locale.ROOT, "floor (JDBC batch insert): %s ms%n", Bench.ms(floor));
        return Bench.line(Bench.name("sync-import"), Bench.medianMs(imports), Bench.medianMs(floor), heapMb);
    }

    private static Services open(Engine engine, Path dir) {
        return engine == Engine.H2 ? TestStation.open(dir) : engine.open(dir);
    }

    /**
     * A fresh copy of the enrolled centre: its folder's files (keys, settings), and on PostgreSQL its database,
     * copied on the server and named in the copy's settings.
     */
    private static Path copy(Engine engine, Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        Bench.copyDatabase(engine, from, to);
        return to;
    }

    /** The floor: the same rows, the same columns, one JDBC batch per table, one transaction. */
    private static void plainInsert(Services c, Map<String, List<Map<String, Object>>> rows) {
        c.database().writeVoid("bench", tx -> tx.dsl().connection(conn -> {
            for (Map.Entry<String, List<Map<String, Object>>> t : rows.entrySet()) {
                if (t.getValue().isEmpty()) {
                    continue; // a registered table the benchmark leaves empty
                }
                List<String> cols = new ArrayList<>(t.getValue().get(0).keySet());
                String sql = "INSERT INTO " + t.getKey() + " (" + String.join(", ", cols) + ", change_seq) VALUES ("
                        + "?, ".repeat(cols.size()) + "?)";
                try (PreparedStatement ps = conn.prepareStatement(sql)) {
                    int n = 0;
                    for (Map<String, Object> row : t.getValue()) {
                        int i = 1;
                        for (String col : cols) {
                            ps.setObject(i++, row.get(col));
                        }
                        ps.setLong(i, 1);
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

    /** 50,000 rows written straight into the station's tables (as years of data entry would leave them). */
    private static void fill(Services station) {
        Random random = new Random(42);
        Ids ids = new Ids();
        OffsetDateTime now = OffsetDateTime.now(TestClock.fixed());
        station.database().writeVoid("bench", tx -> tx.dsl().connection(conn -> {
            long seq = 1_000;
            UUID village = ids.next();
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO village (id, station_code, name, change_seq,"
                    + " origin_seq, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, village);
                ps.setString(2, TestStation.MUONG_KIM);
                ps.setString(3, "Bản Mường");
                ps.setLong(4, seq);
                ps.setLong(5, seq);
                ps.setObject(6, now);
                ps.setString(7, TestStation.WORKER);
                ps.executeUpdate();
            }
            List<UUID> mothers = new ArrayList<>();
            List<UUID> children = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO person (id, station_code, full_name, search_name,"
                    + " sex, birth_date, ethnicity_list, ethnicity_code, village_id, mother_id, phone, change_seq, origin_seq,"
                    + " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, '1979', '03', ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < PEOPLE; i++) {
                    boolean mother = i % 5 < 2;
                    UUID id = ids.next();
                    (mother ? mothers : children).add(id);
                    seq++;
                    ps.setObject(1, id);
                    ps.setString(2, TestStation.MUONG_KIM);
                    ps.setString(3, mother ? "Lò Thị Hoa " + i : "Lò Văn Khánh " + i);
                    ps.setString(4, mother ? "lo thi hoa " + i : "lo van khanh " + i);
                    ps.setString(5, mother ? "F" : "M");
                    ps.setObject(6, mother ? LocalDate.of(1990, 1, 1).plusDays(random.nextInt(5000))
                            : LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1700)));
                    ps.setObject(7, village);
                    ps.setObject(8, mother || mothers.isEmpty() ? null : mothers.get(random.nextInt(mothers.size())));
                    ps.setString(9, mother ? "09" + (10_000_000 + i) : null);
                    ps.setLong(10, seq);
                    ps.setLong(11, seq);
                    ps.setObject(12, now);
                    ps.setString(13, TestStation.WORKER);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO measurement (id, station_code, person_id,"
                    + " measured_on, weight_kg, length_cm, position, muac_mm, change_seq, origin_seq, updated_at, updated_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'L', ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < MEASUREMENTS; i++) {
                    seq++;
                    ps.setObject(1, ids.next());
                    ps.setString(2, TestStation.MUONG_KIM);
                    ps.setObject(3, children.get(random.nextInt(children.size())));
                    ps.setObject(4, LocalDate.of(2026, 1, 1).plusDays(random.nextInt(320)));
                    ps.setBigDecimal(5, BigDecimal.valueOf(50 + random.nextInt(150), 1));
                    ps.setBigDecimal(6, BigDecimal.valueOf(500 + random.nextInt(500), 1));
                    ps.setInt(7, 110 + random.nextInt(60));
                    ps.setLong(8, seq);
                    ps.setLong(9, seq);
                    ps.setObject(10, now);
                    ps.setString(11, TestStation.WORKER);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = conn.prepareStatement("UPDATE change_counter SET last_seq = ?")) {
                ps.setLong(1, seq);
                ps.executeUpdate();
            }
        }));
    }

    /** Reads a table's rows through the sync repository. */
    static final class SyncWorldRows {
        static List<Map<String, Object>> dump(Services s, String table) {
            List<Map<String, Object>> rows = s.database().read(tx -> new SyncRepository().dump(tx, table));
            rows.sort(Comparator.comparing(r -> r.get("id").toString()));
            return rows;
        }
    }
}
