package vn.tramyte.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.tramyte.app.Services;
import vn.tramyte.common.SearchText;
import vn.tramyte.testing.Engine;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;

/**
 * A seeded centre database at real scale for benchmarks and for trying the window: the Than Uyên
 * centre and its 12 communes, people with Vietnamese names, realistic ages and ethnic groups,
 * births with their pregnancies, visits, deliveries and babies, children's doses, women's
 * tetanus doses, weighings of children under five, deaths, and a data package per month from each
 * station. Written with plain JDBC batches (not the services: this is a fixture, not a
 * workload); the rows are the rows the program writes. Cached: a folder holding a finished
 * database of the same size and version is reused.
 */
public final class CentreData {
    /** Bump when the generated rows change, so cached databases are rebuilt. */
    static final String VERSION = "4";
    static final String[] STATIONS = {"03595", "03618", "03619", "03625", "03628", "03631", "03632", "03634",
        "03637", "03638", "03640", "03643"};
    private static final String[] FAMILY = {"Lò", "Lường", "Vàng", "Giàng", "Tòng", "Hoàng", "Nguyễn", "Lê",
        "Quàng", "Cầm", "Điêu", "Sùng", "Lý", "Trần", "Phạm", "Tẩn"};
    private static final String[] MIDDLE_F = {"Thị", "Thị", "Thị", "Thị Thu"};
    private static final String[] MIDDLE_M = {"Văn", "Văn", "A", "Đức"};
    private static final String[] GIVEN = {"Hoa", "Lan", "Mai", "Hương", "Xuân", "Ánh", "Pọm", "Sử", "Páo", "Tú",
        "Bình", "Minh", "Nam", "An", "Dung", "Thắm", "Chăm", "Mỷ", "Dợ", "Sinh", "Tiến", "Hải", "Quý", "Thanh"};
    private static final String[] VILLAGES = {"Bản Đốc", "Bản Mé", "Bản Mường", "Bản Ngọa", "Bản Lướt",
        "Bản Chiềng", "Bản Khem", "Bản Phiêng"};
    /** 1979 codes: Kinh, Thái, HMông, Dao, Khơ Mú, with weights. */
    private static final String[] ETHNIC = {"01", "03", "08", "09", "29"};
    private static final int[] ETHNIC_WEIGHT = {25, 45, 18, 8, 4};
    private static final String[][] CHILD_DOSES = {{"HEPB0", "0"}, {"BCG", "1"}, {"PENTA1", "61"}, {"OPV1", "61"},
        {"PENTA2", "92"}, {"OPV2", "92"}, {"PENTA3", "123"}, {"OPV3", "123"}, {"IPV1", "152"}, {"IPV2", "275"},
        {"MEASLES1", "275"}, {"MR", "548"}, {"DPT4", "548"}, {"JE1", "370"}, {"JE2", "380"}, {"JE3", "745"}};

    private final Random rnd;
    private final int people;
    /** The communes the people live in: Than Uyên's, or another centre's (the province benchmark). */
    private final String[] stations;
    /** The villages each commune already has (a batch added to a centre's database lives in them). */
    private final java.util.Map<String, UUID[]> villagesOf = new java.util.HashMap<>();
    private final LocalDate today = TestClock.TODAY;
    private final OffsetDateTime stamp = OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.ofHours(7));
    private long seq;
    private final long[] counts = new long[9];

    private CentreData(int people, long seed) {
        this(people, seed, STATIONS);
    }

    private CentreData(int people, long seed, String[] stations) {
        this.people = people;
        this.rnd = new Random(seed);
        this.stations = stations.clone();
    }

    /** What {@link #append} wrote: the rows of each kind and the centre's change numbers before and after. */
    record Added(long people, long rows, long fromSeq, long toSeq, String summary) {
    }

    /**
     * About {@code people} more people of these communes, with their records in the proportions of
     * {@link #centre}, added to a centre database that is not open elsewhere (its own connection, one
     * transaction): change numbers continue after the centre's counter, so its next upward package
     * carries exactly them; villages a commune already has are reused. For the province benchmark,
     * where a centre sends several packages, each of new people. Seeded: the same seed adds the same rows.
     */
    static Added append(Engine engine, Path dir, String[] stations, int people, long seed) throws Exception {
        CentreData data = new CentreData(people, seed, stations);
        try (Connection c = connect(engine, dir.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                try (var rs = st.executeQuery("SELECT last_seq FROM change_counter")) {
                    rs.next();
                    data.seq = rs.getLong(1);
                }
                try (var rs = st.executeQuery("SELECT id, station_code FROM village ORDER BY id")) {
                    java.util.Map<String, List<UUID>> found = new java.util.HashMap<>();
                    while (rs.next()) {
                        found.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getObject(1, UUID.class));
                    }
                    found.forEach((k, v) -> data.villagesOf.put(k, v.toArray(new UUID[0])));
                }
                st.execute(engine == Engine.H2 ? "SET REFERENTIAL_INTEGRITY FALSE"
                        : "SET session_replication_role = replica");
            }
            long from = data.seq;
            data.write(c, false);
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE change_counter SET last_seq = " + data.seq);
                st.execute(engine == Engine.H2 ? "SET REFERENTIAL_INTEGRITY TRUE"
                        : "SET session_replication_role = DEFAULT");
            }
            c.commit();
            long rows = 0;
            for (long n : data.counts) {
                rows += n;
            }
            String summary = String.format(java.util.Locale.ROOT,
                    "people %d, vaccinations %d, measurements %d, pregnancies %d, visits %d, deliveries %d, births %d, "
                            + "deaths %d, villages %d", data.counts[0], data.counts[1], data.counts[2], data.counts[3],
                    data.counts[4], data.counts[5], data.counts[6], data.counts[7], data.counts[8]);
            return new Added(data.counts[0], rows, from, data.seq, summary);
        }
    }

    /**
     * The folder of a centre database of that many people, built now unless the cache holds it, on the
     * benchmarks' engine ({@link Bench#engine}): on PostgreSQL the folder names a database of the test server,
     * rebuilt when that server no longer has it (a new throwaway cluster).
     */
    public static Path centre(Path cache, int people) throws Exception {
        Engine engine = Bench.engine();
        Path dir = cache.resolve("centre-" + people + "-v" + VERSION + (engine == Engine.H2 ? "" : "-" + engine));
        Path done = dir.resolve("generated.txt");
        if (Files.exists(done) && reachable(engine, dir)) {
            return dir;
        }
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Services s = engine == Engine.H2 ? TestStation.centre(dir) : engine.centre(dir)) {
            s.vaccination().catalogue();
        }
        CentreData data = new CentreData(people, 20261122L);
        long t0 = System.nanoTime();
        // the database is encrypted at rest on H2 (decision 0013): opened with the test folder's key
        try (Connection c = connect(engine, dir.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                // the batches flush in their own order; every row's parent is written in the same run
                st.execute(engine == Engine.H2 ? "SET REFERENTIAL_INTEGRITY FALSE"
                        : "SET session_replication_role = replica");
            }
            data.write(c, true);
            c.commit();
            try (Statement st = c.createStatement()) {
                st.execute("UPDATE change_counter SET last_seq = " + data.seq);
                st.execute(engine == Engine.H2 ? "SET REFERENTIAL_INTEGRITY TRUE"
                        : "SET session_replication_role = DEFAULT");
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                // batches of random UUID keys leave the file mostly empty pages, as a station's would be
                // after a bulk import; a real installation compacts too (issue 14). PostgreSQL's counterpart:
                // its statistics for the planner, as autovacuum would leave them after a bulk load
                st.execute(engine == Engine.H2 ? "SHUTDOWN COMPACT" : "VACUUM ANALYZE");
            }
        }
        String summary = String.format(java.util.Locale.ROOT,
                "people %d, vaccinations %d, measurements %d, pregnancies %d, visits %d, deliveries %d, births %d, "
                        + "deaths %d, villages %d; generated in %d s on %s%n", data.counts[0], data.counts[1],
                data.counts[2], data.counts[3], data.counts[4], data.counts[5], data.counts[6], data.counts[7],
                data.counts[8], (System.nanoTime() - t0) / 1_000_000_000L, engine);
        Files.writeString(done, summary);
        return dir;
    }

    /** The generator's own connection: on PostgreSQL with the driver's multi-row rewrite of batched inserts. */
    static Connection connect(Engine engine, Path dir) throws Exception {
        if (engine == Engine.H2) {
            return vn.tramyte.db.TableSnapshot.connect(dir);
        }
        vn.tramyte.common.Settings settings = new vn.tramyte.common.Settings(dir);
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", settings.databaseUser());
        props.setProperty("password", System.getenv(Engine.PASSWORD_VARIABLE));
        props.setProperty("reWriteBatchedInserts", "true");
        return java.sql.DriverManager.getConnection(settings.databaseUrl(), props);
    }

    /** Whether a cached folder's database is still there (always on H2: it is in the folder). */
    private static boolean reachable(Engine engine, Path dir) {
        if (engine == Engine.H2) {
            return true;
        }
        try (Connection c = engine.connect(dir); Statement st = c.createStatement()) {
            st.executeQuery("SELECT COUNT(*) FROM village").close();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * One commune's registers as a station keeps them in Excel, for {@code tramyte import-csv}: the
     * files of docs/import-formats.md (persons, vaccinations, measurements, pregnancies, anc_visits,
     * deliveries, births) for about {@code people} people of Mường Kim, made by the same generator as
     * the centre (deaths are left out: a register of deaths is kept apart). Refs are the register's
     * row numbers. Cached like the centre.
     */
    public static Path register(Path cache, int people) throws Exception {
        Path dir = cache.resolve("register-" + people + "-v" + VERSION);
        Path done = dir.resolve("generated.txt");
        if (Files.exists(done)) {
            return dir;
        }
        Files.createDirectories(dir);
        CentreData data = new CentreData(people, 20261122L + people);
        try (RegisterFiles files = new RegisterFiles(dir)) {
            data.station(TestStation.MUONG_KIM, people, files.tables());
        }
        String summary = String.format(java.util.Locale.ROOT,
                "people %d, vaccinations %d, measurements %d, pregnancies %d, visits %d, deliveries %d, births %d%n",
                data.counts[0], data.counts[1], data.counts[2], data.counts[3], data.counts[4], data.counts[5],
                data.counts[6]);
        Files.writeString(done, summary);
        return dir;
    }

    /** The register's CSV files, written as the rows come: ids become the register's refs. */
    private static final class RegisterFiles implements AutoCloseable {
        private static final java.time.format.DateTimeFormatter DMY =
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu");
        private final java.util.Map<UUID, String> refs = new java.util.HashMap<>();
        private final java.util.Map<UUID, String> villageNames = new java.util.HashMap<>();
        private final java.util.Map<UUID, String> pregnancyOfDelivery = new java.util.HashMap<>();
        private final List<java.io.Writer> writers = new ArrayList<>();
        private final Path dir;

        RegisterFiles(Path dir) {
            this.dir = dir;
        }

        private java.io.Writer open(String name, String header) throws Exception {
            java.io.Writer w = Files.newBufferedWriter(dir.resolve(name));
            w.write(header + "\n");
            writers.add(w);
            return w;
        }

        private String ref(UUID id) {
            return id == null ? "" : refs.get(id);
        }

        private static String line(Object... cells) {
            StringBuilder sb = new StringBuilder();
            for (Object c : cells) {
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append(c == null ? "" : c instanceof LocalDate d ? DMY.format(d) : c.toString());
            }
            return sb.append('\n').toString();
        }

        Tables tables() throws Exception {
            java.io.Writer persons = open("persons.csv", "ref,full_name,sex,birth_date,ethnicity,village,mother_ref");
            java.io.Writer doses = open("vaccinations.csv", "person_ref,vaccine,date,place,lot");
            java.io.Writer weighings = open("measurements.csv",
                    "person_ref,date,weight_kg,length_cm,position,oedema,muac_mm");
            java.io.Writer pregnancies = open("pregnancies.csv", "ref,person_ref,lmp,edd,gravida,para");
            java.io.Writer visits = open("anc_visits.csv", "pregnancy_ref,date,weight_kg,tetanus_dose,iron_folic");
            java.io.Writer deliveries = open("deliveries.csv", "pregnancy_ref,date,place,attendant,mother_outcome");
            java.io.Writer births = open("births.csv", "pregnancy_ref,outcome,child_ref,sex,weight_g");
            return new Tables(
                    v -> villageNames.put((UUID) v[0], (String) v[2]),
                    v -> {
                        String ref = String.valueOf(refs.size() + 1);
                        refs.put((UUID) v[0], ref);
                        Object birth = (Boolean) v[6] ? ((LocalDate) v[5]).getYear() : v[5];
                        persons.write(line(ref, v[2], v[4], birth, v[8], villageNames.get((UUID) v[9]),
                                ref((UUID) v[10])));
                    },
                    v -> doses.write(line(ref((UUID) v[2]), v[3], v[4], v[5], null)),
                    v -> weighings.write(line(ref((UUID) v[2]), v[3], v[4], v[5], v[6], "n", null)),
                    v -> {
                        String ref = "T" + (refs.size() + 1);
                        refs.put((UUID) v[0], ref);
                        pregnancies.write(line(ref, ref((UUID) v[2]), v[3], null, null, null));
                    },
                    // a tetanus dose of a visit goes to her vaccination record, which the register already has
                    v -> visits.write(line(ref((UUID) v[2]), v[3], null, null, (Boolean) v[5] ? "y" : "n")),
                    v -> {
                        pregnancyOfDelivery.put((UUID) v[0], ref((UUID) v[2]));
                        deliveries.write(line(ref((UUID) v[2]), v[3], v[4], v[5], v[6]));
                    },
                    v -> births.write(line(pregnancyOfDelivery.get((UUID) v[2]), v[4], ref((UUID) v[7]), v[5],
                            v[6])),
                    v -> { });
        }

        @Override
        public void close() throws Exception {
            for (java.io.Writer w : writers) {
                w.close();
            }
        }
    }

    /**
     * A time-ordered (version 7) id made on the day the record was typed, as the program's Ids makes
     * them: rows of the same months lie together in the tables, as they do at a real station.
     */
    private UUID id(LocalDate typedOn) {
        long ms = typedOn.atStartOfDay().toInstant(ZoneOffset.ofHours(7)).toEpochMilli()
                + rnd.nextInt(10 * 3600 * 1000);
        long msb = ms << 16 | 0x7000L | rnd.nextInt(0x1000);
        long lsb = rnd.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    private String pick(String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private String ethnicity() {
        int r = rnd.nextInt(100);
        for (int i = 0; i < ETHNIC.length; i++) {
            r -= ETHNIC_WEIGHT[i];
            if (r < 0) {
                return ETHNIC[i];
            }
        }
        return "03";
    }

    /** Where the generated rows of one table go: a JDBC batch, or a register file of the import. */
    private interface Sink {
        /** One row, its values in the table's column order (the Batch's columns). */
        void add(Object... values) throws Exception;
    }

    /** A batch with the sync columns last: change_seq, origin_seq, updated_at, updated_by, deleted. */
    private final class Batch implements AutoCloseable, Sink {
        private final PreparedStatement ps;
        private final int columns;
        private int pending;

        Batch(Connection c, String table, String... columns) throws Exception {
            this.columns = columns.length;
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                    .append(String.join(", ", columns))
                    .append(", change_seq, origin_seq, updated_at, updated_by, deleted) VALUES (");
            for (int i = 0; i < columns.length + 5; i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            this.ps = c.prepareStatement(sql.append(')').toString());
        }

        @Override
        public void add(Object... values) throws Exception {
            for (int i = 0; i < columns; i++) {
                ps.setObject(i + 1, values[i]);
            }
            long s = ++seq;
            ps.setLong(columns + 1, s);
            ps.setLong(columns + 2, s);
            ps.setObject(columns + 3, stamp);
            ps.setString(columns + 4, "Lò Thị Hương");
            ps.setBoolean(columns + 5, false);
            ps.addBatch();
            if (++pending == 5_000) {
                ps.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws Exception {
            if (pending > 0) {
                ps.executeBatch();
            }
            ps.close();
        }
    }

    private static final class Woman {
        final UUID id;
        final UUID village;
        final String ethnicity;
        final LocalDate birth;
        final String name;
        /** Her last delivery: a woman gives birth again at the earliest some 15 months later. */
        LocalDate lastDelivery;

        Woman(UUID id, UUID village, String ethnicity, LocalDate birth, String name) {
            this.id = id;
            this.village = village;
            this.ethnicity = ethnicity;
            this.birth = birth;
            this.name = name;
        }
    }

    /** The sinks of the tables a station's records go to. */
    private record Tables(Sink villages, Sink persons, Sink doses, Sink weighings, Sink pregnancies, Sink visits,
                          Sink deliveries, Sink births, Sink deaths) {
    }

    private void write(Connection c, boolean packageLog) throws Exception {
        try (Batch villages = new Batch(c, "village", "id", "station_code", "name");
             Batch persons = new Batch(c, "person", "id", "station_code", "full_name", "search_name", "sex",
                     "birth_date", "birth_year_only", "ethnicity_list", "ethnicity_code", "village_id", "mother_id");
             Batch doses = new Batch(c, "vaccination", "id", "station_code", "person_id", "vaccine_code", "given_on",
                     "place", "validity");
             Batch weighings = new Batch(c, "measurement", "id", "station_code", "person_id", "measured_on",
                     "weight_kg", "length_cm", "position", "oedema");
             Batch pregnancies = new Batch(c, "pregnancy", "id", "station_code", "woman_id", "lmp", "edd");
             Batch visits = new Batch(c, "anc_visit", "id", "station_code", "pregnancy_id", "visit_date",
                     "tetanus_dose", "iron_folic_given");
             Batch deliveries = new Batch(c, "delivery", "id", "station_code", "pregnancy_id", "delivery_date",
                     "place", "attendant", "mother_outcome");
             Batch births = new Batch(c, "birth", "id", "station_code", "delivery_id", "baby_no", "outcome", "sex",
                     "birth_weight_g", "child_id");
             Batch deaths = new Batch(c, "death", "id", "station_code", "person_id", "death_date", "place",
                     "cause_group", "classes")) {
            Tables tables = new Tables(villages, persons, doses, weighings, pregnancies, visits, deliveries, births,
                    deaths);
            int perStation = people / stations.length;
            for (String station : stations) {
                station(station, perStation, tables);
            }
            if (!packageLog) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_package (id, direction, kind, source, "
                    + "destination, package_no, change_from, change_to, created_at, handled_at, handled_by, file_name) "
                    + "VALUES (?, 'IN', 'DATA', ?, '110', ?, 0, 0, ?, ?, 'Nguyễn Thị Thu Hà', ?)")) {
                for (String station : STATIONS) {
                    for (int m = 0; m < 35; m++) {
                        OffsetDateTime at = stamp.minusMonths(m).minusDays(3);
                        ps.setObject(1, id(at.toLocalDate()));
                        ps.setString(2, station);
                        ps.setInt(3, 35 - m);
                        ps.setObject(4, at);
                        ps.setObject(5, at.plusDays(2));
                        ps.setString(6, station + "-" + (35 - m) + ".tyt");
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        }
    }

    /** One station's villages, people and records: about {@code perStation} people in all. */
    private void station(String station, int perStation, Tables t) throws Exception {
        UUID[] village = villagesOf.get(station);
        if (village == null) {
            village = new UUID[VILLAGES.length];
            for (int v = 0; v < VILLAGES.length; v++) {
                village[v] = id(LocalDate.of(2019, 1, 2));
                t.villages().add(village[v], station, VILLAGES[v]);
                counts[8]++;
            }
        }
        // station quality differs: some communes reach the plan, some do not
        double care = 0.55 + 0.4 * rnd.nextDouble();
        List<Woman> women = new ArrayList<>();
        // the children born since 2019 come from the births below
        int adults = perStation - birthsPerYear(perStation) * (today.getYear() - 2019 + 1);
        for (int made = 0; made < adults; made++) {
            boolean female = rnd.nextBoolean();
            // a young population, as in the mountain provinces: a fifth aged 7 to 15
            int age = rnd.nextInt(5) == 0 ? 7 + rnd.nextInt(9) : 16 + rnd.nextInt(60);
            LocalDate birth = today.minusDays(age * 365L + rnd.nextInt(365));
            boolean yearOnly = age > 40 && rnd.nextBoolean();
            if (yearOnly) {
                birth = birth.withDayOfYear(1);
            }
            UUID id = id(LocalDate.of(2019, 1, 2).plusDays(rnd.nextInt(1400)));
            String eth = ethnicity();
            UUID vil = village[rnd.nextInt(village.length)];
            String name = pick(FAMILY) + " " + pick(female ? MIDDLE_F : MIDDLE_M) + " " + pick(GIVEN);
            t.persons().add(id, station, name, SearchText.normalize(name), female ? "F" : "M", birth, yearOnly,
                    "1979", eth, vil, null);
            counts[0]++;
            if (age < 16) {
                childDoses(t.doses(), station, id, birth, care);
            }
            if (female && age >= 17 && age <= 45) {
                women.add(new Woman(id, vil, eth, birth, name));
                // tetanus for women of child-bearing age: from 15 years old
                LocalDate tt = LocalDate.of(2019, 3, 1).plusDays(rnd.nextInt(700));
                if (tt.isBefore(birth.plusYears(15))) {
                    tt = birth.plusYears(15).plusDays(rnd.nextInt(200));
                }
                String[] series = {"TT1", "TT2", "TT3"};
                for (int d = 0; d < 1 + rnd.nextInt(3) && !tt.isAfter(today); d++) {
                    t.doses().add(id(tt), station, id, series[d], tt, "station", "VALID");
                    counts[1]++;
                    tt = tt.plusDays(d == 0 ? 35 : 200);
                }
            }
        }
        births(station, perStation, women, care, t);
    }

    /** About 20 births a year per 1,000 people. */
    private static int birthsPerYear(int perStation) {
        return Math.max(1, perStation * 20 / 1000);
    }

    private void childDoses(Sink doses, String station, UUID child, LocalDate birth, double care) throws Exception {
        boolean complete = rnd.nextDouble() < care + 0.05;
        for (String[] d : CHILD_DOSES) {
            LocalDate on = birth.plusDays(Long.parseLong(d[1]) + rnd.nextInt(20));
            if (on.isAfter(today) || !complete && rnd.nextInt(6) == 0) {
                continue;
            }
            doses.add(id(on), station, child, d[0], on, "station", "VALID");
            counts[1]++;
        }
    }

    /** Births of 2019–2026 (~20 per 1000 a year), with their pregnancies and the children's lives. */
    private void births(String station, int perStation, List<Woman> women, double care, Tables t) throws Exception {
        int perYear = birthsPerYear(perStation);
        for (int year = 2019; year <= 2026; year++) {
            for (int b = 0; b < perYear && !women.isEmpty(); b++) {
                LocalDate day = LocalDate.of(year, 1, 1).plusDays(rnd.nextInt(365));
                if (day.isAfter(today)) {
                    continue;
                }
                Woman mother = mother(women, day);
                if (mother == null) {
                    continue;
                }
                mother.lastDelivery = day;
                LocalDate lmp = day.minusDays(266 + rnd.nextInt(14));
                UUID pregnancy = id(lmp.plusDays(60));
                t.pregnancies().add(pregnancy, station, mother.id, lmp, lmp.plusDays(280));
                counts[3]++;
                int visitCount = rnd.nextDouble() < care ? 3 + rnd.nextInt(3) : rnd.nextInt(3);
                for (int v = 0; v < visitCount; v++) {
                    LocalDate on = lmp.plusDays(50 + (long) v * (200 / Math.max(1, visitCount)) + rnd.nextInt(20));
                    if (on.isBefore(day)) {
                        String tt = v == 1 && rnd.nextDouble() < care ? "TT1" : v == 2 && rnd.nextDouble() < care
                                ? "TT2" : null;
                        t.visits().add(id(on), station, pregnancy, on, tt, true);
                        counts[4]++;
                    }
                }
                UUID delivery = id(day);
                boolean home = rnd.nextDouble() > care;
                t.deliveries().add(delivery, station, pregnancy, day, home ? "home" : "station",
                        home ? "family" : rnd.nextBoolean() ? "midwife" : "assistant_doctor", "alive");
                counts[5]++;
                boolean female = rnd.nextBoolean();
                UUID child = id(day);
                String name = mother.name.split(" ")[0] + " " + pick(female ? MIDDLE_F : MIDDLE_M) + " "
                        + pick(GIVEN);
                t.persons().add(child, station, name, SearchText.normalize(name), female ? "F" : "M", day, false,
                        "1979", mother.ethnicity, mother.village, mother.id);
                counts[0]++;
                t.births().add(id(day), station, delivery, 1, "live", female ? "F" : "M", 2400 + rnd.nextInt(1400),
                        child);
                counts[6]++;
                childDoses(t.doses(), station, child, day, care);
                if (rnd.nextInt(1000) < 25 + (int) ((1 - care) * 30)) {
                    LocalDate died = day.plusDays(rnd.nextInt(700));
                    if (!died.isAfter(today)) {
                        long age = ChronoUnit.DAYS.between(day, died);
                        String classes = age < 7 ? "EARLY_NEONATAL,INFANT,NEONATAL,UNDER_FIVE"
                                : age < 28 ? "INFANT,NEONATAL,UNDER_FIVE" : age < 365 ? "INFANT,UNDER_FIVE" : "UNDER_FIVE";
                        t.deaths().add(id(died), station, child, died, "home", "pneumonia", classes);
                        counts[7]++;
                        continue;
                    }
                }
                double stunted = (1 - care) * 0.6;
                for (LocalDate on = day.plusMonths(1); !on.isAfter(today) && on.isBefore(day.plusYears(5));
                     on = on.plusMonths(on.isBefore(day.plusYears(2)) ? 1 : 3)) {
                    double months = ChronoUnit.DAYS.between(day, on) / 30.4;
                    double z = rnd.nextDouble() < stunted ? -2.4 - rnd.nextDouble() : rnd.nextGaussian() * 0.8 - 0.5;
                    double weight = (3.3 + months * (months < 12 ? 0.55 : 0.2)) * (1 + z * 0.11);
                    double length = (50 + months * (months < 12 ? 2.1 : 0.85)) * (1 + z * 0.035);
                    t.weighings().add(id(on), station, child, on, Math.round(weight * 10) / 10.0,
                            Math.round(length * 10) / 10.0, months < 24 ? "L" : "H", false);
                    counts[2]++;
                }
            }
        }
    }

    /**
     * A woman who can be the mother of a child born on that day: 18 to 44 years old then, her last
     * delivery at least 15 months before. Null when a few tries find none (the birth is skipped).
     */
    private Woman mother(List<Woman> women, LocalDate day) {
        for (int tries = 0; tries < 30; tries++) {
            Woman w = women.get(rnd.nextInt(women.size()));
            boolean age = !w.birth.plusYears(18).isAfter(day) && w.birth.plusYears(45).isAfter(day);
            if (age && (w.lastDelivery == null || w.lastDelivery.plusMonths(15).isBefore(day))) {
                return w;
            }
        }
        return null;
    }

}
