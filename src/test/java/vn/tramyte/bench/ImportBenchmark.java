package vn.tramyte.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tramyte.app.Services;
import vn.tramyte.csvimport.ImportReport;
import vn.tramyte.testing.TestStation;

/**
 * {@code import-csv} of one commune's registers (CentreData.register: about 10,000 people, 50,000
 * doses, weighings, pregnancies, visits, deliveries and births) into a fresh station, against its
 * floor measured in the same run: a plain JDBC batch insert of the same rows (every column the
 * import wrote, the audit log left out) into the same schema, in one transaction. Then the real
 * command in a child JVM limited to {@value #HEAP_LIMIT} of heap, as a station PC would run it.
 */
final class ImportBenchmark {
    static final String HEAP_LIMIT = "256m";
    /** The tables an import writes, parents first. */
    private static final List<String> TABLES = List.of("village", "person", "pregnancy", "anc_visit", "delivery",
            "birth", "vaccination", "measurement");
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    private ImportBenchmark() {
    }

    static String run() throws Exception {
        Path register = CentreData.register(Bench.CACHE, 10_000);
        System.out.print("register: " + Files.readString(register.resolve("generated.txt")));
        Path work = Files.createTempDirectory("tramyte-import-bench");
        Path template = work.resolve("template");
        TestStation.station(template).close();
        List<Path> files;
        try (var list = Files.list(register)) {
            files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        long[] imports = new long[ROUNDS];
        long[] floors = new long[ROUNDS];
        long[] plainFloors = new long[ROUNDS];
        long heap = 0;
        Map<String, Rows> rows = null;
        for (int r = 0; r < ROUNDS; r++) {
            try (Services s = TestStation.open(Bench.copy(template, work.resolve("import")))) {
                Bench.resetPeakHeap();
                long t0 = System.nanoTime();
                ImportReport report = s.csvImport().importPaths(TestStation.WORKER, files);
                imports[r] = System.nanoTime() - t0;
                heap = Math.max(heap, Bench.peakHeapMb());
                if (!report.ok()) {
                    throw new IllegalStateException("the register was refused: "
                            + report.lines(vn.tramyte.common.Messages.forLanguage("en")).stream().limit(10).toList());
                }
                if (rows == null) {
                    rows = dump(s);
                    System.out.println("database after the import: " + Files.size(work.resolve("import")
                            .resolve("tramyte.mv.db")) / (1024 * 1024) + " MB");
                }
            }
            try (Services s = TestStation.open(Bench.copy(template, work.resolve("floor")))) {
                Map<String, Rows> all = rows;
                long t0 = System.nanoTime();
                s.database().writeVoid("bench", tx -> tx.dsl().connection(c -> {
                    for (String table : TABLES) {
                        all.get(table).insert(c, table);
                    }
                }));
                floors[r] = System.nanoTime() - t0;
            }
            plainFloors[r] = plainFloor(template, work.resolve("plain"), rows);
        }
        System.out.println("import (ms): " + Bench.ms(imports) + ", floor (ms): " + Bench.ms(floors));
        // decision 0013: the import and its floor run on the encrypted file; the same floor on a plain copy
        // says what the cipher costs
        double encrypted = Bench.medianMs(floors);
        double plain = Bench.medianMs(plainFloors);
        System.out.printf(java.util.Locale.ROOT, "encryption: floor %.0f ms encrypted, %.0f ms plain (the cipher's cost "
                + "%+.0f%%)%n", encrypted, plain, 100.0 * (encrypted - plain) / Math.max(1, plain));
        if (Boolean.getBoolean("bench.noChild")) {
            Bench.delete(work);
            return Bench.line("import", Bench.medianMs(imports), Bench.medianMs(floors), heap);
        }
        Path cold = Bench.copy(template, work.resolve("child"));
        List<String> args = new ArrayList<>(List.of("import-csv", "--data-dir", cold.toString(), "--lang", "en"));
        args.add(register.toString());
        // as a script runs it: the station's administrator named in the environment (issue 13)
        Bench.Child child = Bench.run(Bench.java(List.of("-Xmx" + HEAP_LIMIT), "vn.tramyte.Main",
                args.toArray(String[]::new)), java.util.Map.of("TRAMYTE_USER", TestStation.ADMIN_LOGIN,
                "TRAMYTE_PASSWORD", TestStation.PASSWORD), 600);
        System.out.printf("import-csv in a child JVM with -Xmx%s: exit %d in %.1f s (JVM start included)%n%s",
                HEAP_LIMIT, child.exit(), child.millis() / 1000.0, child.output());
        Bench.delete(work);
        return Bench.line("import", Bench.medianMs(imports), Bench.medianMs(floors), heap);
    }

    /** The floor's inserts into a decrypted copy of the template, opened plain (a benchmark may; the program never). */
    private static long plainFloor(Path template, Path folder, Map<String, Rows> all) throws Exception {
        Bench.copy(template, folder);
        String filePassword = java.util.HexFormat.of().formatHex(TestStation.key(template).bytes());
        org.h2.tools.ChangeFileEncryption.execute(folder.toString(), "tramyte", "AES", filePassword.toCharArray(), null,
                true);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:"
                + folder.resolve("tramyte").toAbsolutePath() + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0", "sa", "")) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            for (String table : TABLES) {
                all.get(table).insert(c, table);
            }
            c.commit();
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            }
            long took = System.nanoTime() - t0;
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("SHUTDOWN");
            }
            return took;
        }
    }

    /** A table's rows as the import left them, every column. */
    private record Rows(List<String> columns, List<Object[]> values) {
        void insert(java.sql.Connection c, String table) throws java.sql.SQLException {
            if (values.isEmpty()) {
                return;
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + "?, ".repeat(columns.size() - 1) + "?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int n = 0;
                for (Object[] row : values) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        }
    }

    private static Map<String, Rows> dump(Services s) {
        Map<String, Rows> all = new LinkedHashMap<>();
        s.database().read(tx -> {
            tx.dsl().connection(c -> {
                for (String table : TABLES) {
                    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " ORDER BY change_seq, id");
                         ResultSet rs = ps.executeQuery()) {
                        ResultSetMetaData md = rs.getMetaData();
                        List<String> columns = new ArrayList<>();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            columns.add(md.getColumnName(i));
                        }
                        List<Object[]> values = new ArrayList<>();
                        while (rs.next()) {
                            Object[] row = new Object[columns.size()];
                            for (int i = 0; i < row.length; i++) {
                                row[i] = rs.getObject(i + 1);
                            }
                            values.add(row);
                        }
                        all.put(table, new Rows(columns, values));
                    }
                }
            });
            return null;
        });
        all.forEach((t, r) -> System.out.println("  " + t + ": " + r.values().size() + " rows"));
        return all;
    }

}
