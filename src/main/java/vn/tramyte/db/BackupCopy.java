package vn.tramyte.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import vn.tramyte.common.UserError;

/**
 * A backup opened as a database of its own, in a folder of its own (a temporary copy, never the
 * backup itself and never the live file): to count its rows, read its schema version and, for a
 * restore, bring an older schema up to date. A file that is not a whole TramYTe database is refused
 * with one sentence.
 */
final class BackupCopy implements AutoCloseable {
    static final String ZIP_DB_ENTRY = Database.FILE_BASE + ".mv.db";
    static final String HISTORY = "flyway_schema_history";
    /** H2's error codes for a missing table or column (org.h2.api.ErrorCode). */
    private static final int TABLE_NOT_FOUND = 42102;
    private static final int TABLE_NOT_FOUND_IN_SCHEMA = 42103;
    private static final int COLUMN_NOT_FOUND = 42122;
    /** What unzipping a backup leaves free on the disk at least. */
    static final long KEEP_FREE_BYTES = 64L << 20;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Path folder;
    private final Path source;
    private final Connection connection;
    private final DatabaseKey key;

    private BackupCopy(Path folder, Path source, Connection connection, DatabaseKey key) {
        this.folder = folder;
        this.key = key;
        this.source = source;
        this.connection = connection;
    }

    /** Copies the database of a backup file (a zip this program wrote, or a raw .mv.db copy) into a folder and opens it. */
    static BackupCopy open(Path backupFile, Path folder, DatabaseKey key) {
        extract(backupFile, folder);
        return openExtracted(folder, backupFile, key);
    }

    /**
     * Opens a database file already placed in a folder (the backup it came from names it in sentences),
     * with the data folder's key. A copy of an earlier version, still plain, is encrypted with the key
     * first (it is a copy), so that a restore never puts a plain file in the data folder; a copy
     * encrypted with another key (another installation's) does not open: unreadable.
     */
    static BackupCopy openExtracted(Path folder, Path source, DatabaseKey key) {
        Path db = folder.resolve(ZIP_DB_ENTRY);
        try {
            if (Files.size(db) == 0) {
                throw unreadable(source, null);
            }
            if (PlainDatabase.isPlain(db)) {
                PlainDatabase.encryptInPlace(folder, key);
            }
            Connection c = DriverManager.getConnection(url(folder), "sa", key.h2Password());
            return new BackupCopy(folder, source, c, key);
        } catch (SQLException | IOException e) {
            throw unreadable(source, e);
        }
    }

    /**
     * The JDBC address of a copy; IFEXISTS so that a missing file is never taken for a new database;
     * encrypted like the live file (decision 0013), opened with the password {@link DatabaseKey#h2Password}.
     */
    static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve(Database.FILE_BASE).toAbsolutePath() + DatabaseKey.URL_CIPHER
                + ";IFEXISTS=TRUE";
    }

    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(4), ZIP_MAGIC);
        }
    }

    /** Writes the backup's database file into the folder as tramyte.mv.db. */
    static void extract(Path backupFile, Path folder) {
        extract(backupFile, folder, -1);
    }

    /** The same, unzipping at most {@code maxBytes} (-1: what the disk holds less {@link #KEEP_FREE_BYTES}). */
    static void extract(Path backupFile, Path folder, long maxBytes) {
        Path target = folder.resolve(ZIP_DB_ENTRY);
        try {
            if (!Files.isRegularFile(backupFile)) {
                throw new UserError("backup.error.noSuchFile", backupFile.toString());
            }
            Files.createDirectories(folder);
            if (!isZip(backupFile)) {
                Files.copy(backupFile, target, StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            try (ZipFile zip = new ZipFile(backupFile.toFile())) {
                ZipEntry entry = databaseEntry(zip).orElseThrow(() -> unreadable(backupFile, null));
                refuseWhenNoRoom(entry, folder, backupFile, maxBytes);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                try (InputStream in = new java.util.zip.CheckedInputStream(zip.getInputStream(entry), crc)) {
                    copyBounded(in, target, backupFile, maxBytes);
                }
                // ZipFile checks no checksum: a backup damaged inside the database's bytes (an old USB stick)
                // unzipped "fine" and then failed half-way through the restore, or opened with damaged records
                if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
                    Files.deleteIfExists(target);
                    org.slf4j.LoggerFactory.getLogger(BackupCopy.class).warn(
                            "{}: the database inside does not match its checksum (damaged)", backupFile);
                    throw unreadable(backupFile, null);
                }
            }
        } catch (IOException e) {
            throw unreadable(backupFile, e);
        }
    }

    /**
     * A backup whose database (as the zip declares it) is larger than the room on the disk is refused with
     * a sentence saying so, not taken for a damaged file. A declared size out of all proportion to the
     * packed one (an encrypted database packs about 1:1, an old plain one a few times) is not a backup.
     */
    private static void refuseWhenNoRoom(ZipEntry entry, Path folder, Path backupFile, long maxBytes) throws IOException {
        long declared = entry.getSize();
        long packed = entry.getCompressedSize();
        if (declared < 0 || packed <= 0 || declared / packed > 50) {
            return;
        }
        long room = maxBytes >= 0 ? maxBytes : room(Files.getFileStore(folder).getUsableSpace());
        if (declared > room) {
            throw new UserError("backup.error.noRoom", folder.toAbsolutePath().getParent().toString(),
                    Long.toString((declared >> 20) + 1), Long.toString(room >> 20));
        }
    }

    /**
     * Unzips no more than the disk can hold, keeping {@value #KEEP_FREE_BYTES} bytes free: a file made to
     * fill the disk when unzipped (issue 14 §4) is refused as not a backup, and what was written is removed.
     */
    private static void copyBounded(InputStream in, Path target, Path backupFile, long maxBytes) throws IOException {
        long free = maxBytes >= 0 ? -1 : Files.getFileStore(target.getParent()).getUsableSpace();
        long room = maxBytes >= 0 ? maxBytes : room(free);
        byte[] buffer = new byte[1 << 16];
        long written = 0;
        try (java.io.OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > room) {
                    out.close();
                    Files.deleteIfExists(target);
                    org.slf4j.LoggerFactory.getLogger(BackupCopy.class).warn(
                            "{} unzips to more than the {} bytes it may use (free on the disk: {}; kept free: {})",
                            backupFile, room, free < 0 ? "not asked" : Long.toString(free), KEEP_FREE_BYTES);
                    throw unreadable(backupFile, null);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    /**
     * What unzipping may use of a disk with this many bytes free: all but {@value #KEEP_FREE_BYTES},
     * and nothing (never a negative count) on a disk that has less than that free.
     */
    static long room(long usableBytes) {
        return Math.max(0, usableBytes - KEEP_FREE_BYTES);
    }

    static Optional<ZipEntry> databaseEntry(ZipFile zip) {
        return zip.stream().filter(e -> !e.isDirectory() && e.getName().endsWith(".mv.db")).findFirst()
                .map(e -> (ZipEntry) e);
    }

    /**
     * What a zip written by this program says it holds, without opening the database (the list of
     * backups): the zip's comment, which holds {@link #toProperties} as text.
     */
    static Optional<BackupContents> info(Path backupFile) {
        try (ZipFile zip = new ZipFile(backupFile.toFile())) {
            String comment = zip.getComment();
            if (comment == null || !comment.contains("madeAt=")) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(new java.io.StringReader(comment));
            return Optional.of(fromProperties(p));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The text of the zip comment that says what a backup holds. */
    static String describing(BackupContents c) {
        StringBuilder text = new StringBuilder("# TramYTe backup: what it holds\n");
        Properties p = toProperties(c);
        p.stringPropertyNames().stream().sorted().forEach(k -> text.append(k).append('=').append(p.getProperty(k))
                .append('\n'));
        return text.toString();
    }

    static Properties toProperties(BackupContents c) {
        Properties p = new Properties();
        p.setProperty("madeAt", c.madeAt().toString());
        p.setProperty("app", c.appVersion());
        p.setProperty("schema", c.schemaVersion());
        p.setProperty("changeSeq", Long.toString(c.changeSeq()));
        p.setProperty("mode", c.mode());
        c.counts().forEach((table, n) -> p.setProperty("count." + table, Long.toString(n)));
        return p;
    }

    static BackupContents fromProperties(Properties p) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("count.")) {
                counts.put(key.substring("count.".length()), Long.parseLong(p.getProperty(key)));
            }
        }
        return new BackupContents(LocalDateTime.parse(p.getProperty("madeAt")), p.getProperty("app", "?"),
                p.getProperty("schema", "?"), Long.parseLong(p.getProperty("changeSeq", "0")), p.getProperty("mode", ""),
                counts);
    }

    /** Reads what the copy holds; a database without TramYTe's schema is not a backup of this program. */
    BackupContents contents(LocalDateTime madeAt, String appVersion) {
        try {
            return new BackupContents(madeAt, appVersion, schemaVersion(), changeSeq(), mode(), counts(connection));
        } catch (SQLException e) {
            // a database without our tables is another program's; any other failure is a damaged file
            boolean foreign = e.getErrorCode() == TABLE_NOT_FOUND || e.getErrorCode() == TABLE_NOT_FOUND_IN_SCHEMA
                    || e.getErrorCode() == COLUMN_NOT_FOUND || e.getErrorCode() == 0;
            throw foreign ? notOurs(e) : unreadable(source, e);
        }
    }

    private UserError notOurs(SQLException e) {
        org.slf4j.LoggerFactory.getLogger(BackupCopy.class).warn("{} is not a TramYTe database", source, e);
        return new UserError("backup.error.notTramyte", source.toString());
    }

    /** The rows of every table of the schema (Flyway's history left out), by lower-case name. */
    static Map<String, Long> counts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            if (table.equalsIgnoreCase(HISTORY)) {
                continue;
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(table.toLowerCase(Locale.ROOT), rs.getLong(1));
            }
        }
        return counts;
    }

    private String schemaVersion() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT \"version\" FROM \""
                + HISTORY + "\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            if (!rs.next()) {
                throw new SQLException("no schema history");
            }
            return rs.getString(1);
        }
    }

    private long changeSeq() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT LAST_SEQ FROM CHANGE_COUNTER WHERE ID = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private String mode() throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT MODE FROM INSTALLATION")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** The newest schema version this program knows (its last migration). */
    static MigrationVersion knownVersion() {
        JdbcDataSource none = new JdbcDataSource();
        none.setURL("jdbc:h2:mem:known-migrations");
        return java.util.Arrays.stream(flyway(none).info().all()).filter(m -> m.getState().isResolved())
                .map(MigrationInfo::getVersion).max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
    }

    /** A backup written by a newer program cannot be read by this one: refused with the versions named. */
    void refuseNewer(BackupContents contents) {
        MigrationVersion known = knownVersion();
        if (MigrationVersion.fromVersion(contents.schemaVersion()).compareTo(known) > 0) {
            throw new UserError("backup.error.tooNew", source.toString(), contents.schemaVersion(), known.getVersion());
        }
    }

    /** Brings a copy of an older schema up to date, as opening an old database does. */
    int migrate() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url(folder));
        ds.setUser("sa");
        ds.setPassword(key.h2Password());
        return flyway(ds).migrate().migrationsExecuted;
    }

    private static Flyway flyway(javax.sql.DataSource ds) {
        return Flyway.configure(Database.class.getClassLoader()).dataSource(ds).locations(Migrations.locations(true))
                .load();
    }

    /** Sets the change counter, so that numbers given after a restore were never given before (the centre orders by them). */
    void raiseChangeCounter(long atLeast) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("UPDATE CHANGE_COUNTER SET LAST_SEQ = GREATEST(LAST_SEQ, " + atLeast + ") WHERE ID = 1");
        }
    }

    Path folder() {
        return folder;
    }

    Connection connection() {
        return connection;
    }

    static UserError unreadable(Path backupFile, Exception e) {
        org.slf4j.LoggerFactory.getLogger(BackupCopy.class).warn("backup {} cannot be opened", backupFile, e);
        return new UserError("backup.error.unreadable", backupFile.toString());
    }

    /** Shuts the copy's database down (its file closed and complete) and closes the connection. */
    @Override
    public void close() {
        try (Statement st = connection.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed, or damaged: nothing more to write
        }
        try {
            connection.close();
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(BackupCopy.class).warn("closing the copy {}", folder, e);
        }
    }

    /** Closes the copy and removes its folder. */
    void discard() {
        close();
        deleteFolder(folder);
    }

    static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(BackupCopy.class).warn("could not remove {}", folder, e);
        }
    }
}
