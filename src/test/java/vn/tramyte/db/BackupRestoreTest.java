package vn.tramyte.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.backup.BackupText;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.demo.DemoService;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;

/** Issue 13, "backups that restore": checked backups, the restore that never leaves half a database. */
class BackupRestoreTest {
    private static final Messages EN = new Messages(Messages.ENGLISH);

    @TempDir
    Path dir;

    private static byte[] digest(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    private static List<String> names(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void damage(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = "Mất điện giữa chừng ".repeat(1024).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            raf.seek(0);
            raf.write(garbage, 0, 16_384);
            raf.seek(raf.length() - 8192);
            raf.write(garbage, 0, 8192);
        }
    }

    private Path demoStation() {
        Path station = dir.resolve("station");
        try (Services s = Services.open(station, TestClock.fixed())) {
            s.demo().create(DemoService.STATION_DEMO);
        }
        return station;
    }

    @Test
    void backupThenDamageThenRestoreBringsEveryRowBack() throws Exception {
        Path station = demoStation();
        BackupFile backup;
        try (Services s = TestStation.open(station)) {
            backup = s.database().backUp(BackupKind.MANUAL);
        }
        Map<String, List<String>> before = TableSnapshot.of(station);
        assertTrue(before.get("PERSON").size() > 100 && before.get("VACCINATION").size() > 100,
                "the demo station fills the tables: " + before.get("PERSON").size());
        Path live = station.resolve("tramyte.mv.db");
        damage(live);
        byte[] damaged = digest(live);
        assertThrows(UserError.class, () -> TestStation.open(station), "the damaged database does not open");

        RestoreResult result = Restore.restore(station, backup.path(), TestClock.fixed(), TestStation.key(station));

        assertEquals(before, TableSnapshot.of(station), "every row of every table is back");
        assertEquals(0, result.migrations());
        Path kept = result.keptCurrent().orElseThrow();
        assertTrue(kept.getFileName().toString().endsWith("-before-restore.mv.db"), kept.toString());
        assertArrayEquals(damaged, digest(kept), "the damaged file is kept as it was, for whoever helps");
        assertFalse(Files.exists(station.resolve(Restore.STAGING)), "no half-restored copy is left behind");
        try (Services s = TestStation.open(station)) {
            assertEquals(backup.contents().orElseThrow().people(), (long) s.database().tableCounts().get("person"));
        }
    }

    @Test
    void theBackupsHoldTheSameRowsAsTheDatabase() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        Map<String, List<String>> live = TableSnapshot.of(station);
        BackupFile automatic = Backups.list(station).get(0);
        assertEquals(BackupKind.AUTOMATIC, automatic.kind(), "closing made the day's automatic backup");
        Path opened = dir.resolve("opened");
        BackupCopy.extract(automatic.path(), opened);
        assertEquals(live, TableSnapshot.of(opened, TestStation.key(station)));
        Map<String, Long> counted = automatic.contents().orElseThrow().counts();
        live.forEach((table, rows) -> {
            if (!table.equals(BackupCopy.HISTORY)) {
                assertEquals((long) rows.size(), counted.get(table.toLowerCase(java.util.Locale.ROOT)), table);
            }
        });
    }

    @Test
    void theAutomaticBackupIsMadeAtMostOnceADay() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        TestStation.open(station).close();
        assertEquals(1, Backups.list(station).size(), "a second close on the same day makes no second backup");
        Clock tomorrow = Clock.offset(TestClock.fixed(), java.time.Duration.ofDays(1));
        Services.unlock(station, tomorrow, TestStation.ADMIN_LOGIN, TestStation.PASSWORD.toCharArray()).close();
        List<BackupFile> all = Backups.list(station);
        assertEquals(2, all.size());
        assertEquals(TestClock.TODAY.plusDays(1), all.get(0).madeAt().toLocalDate());
        try (Stream<Path> files = Files.list(Backups.folder(station))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".")
                    || f.getFileName().toString().endsWith(".part")), "no check copy or half-written file is left");
        }
    }

    @Test
    void rotationKeepsSevenDailyFourWeeklyAndTwelveMonthlyAcrossAYear() throws Exception {
        Path station = dir.resolve("station");
        Path folder = Files.createDirectories(Backups.folder(station));
        for (LocalDate day = LocalDate.of(2026, 1, 1); !day.isAfter(LocalDate.of(2026, 12, 31)); day = day.plusDays(1)) {
            // each day's automatic backup under its real name, then the rotation as at that day's close
            Files.writeString(folder.resolve("tramyte-backup-" + day + "-173000-auto.zip"), day.toString());
            Backups.rotate(station);
            assertTrue(Backups.list(station).size() <= 7 + 4 + 12, day.toString());
        }
        List<LocalDate> kept = Backups.list(station).stream().map(b -> b.madeAt().toLocalDate()).sorted().toList();
        List<LocalDate> expected = new java.util.ArrayList<>();
        for (int month = 1; month <= 11; month++) {
            expected.add(java.time.YearMonth.of(2026, month).atEndOfMonth()); // the newest of each earlier month
        }
        expected.add(LocalDate.of(2026, 12, 13)); // the newest of the weeks of 7 and 14 December
        expected.add(LocalDate.of(2026, 12, 20));
        for (int d = 25; d <= 31; d++) {
            expected.add(LocalDate.of(2026, 12, d)); // the last seven days (also the newest of their weeks, month)
        }
        assertEquals(expected, kept);
    }

    @Test
    void rotationLeavesBackupsSomeoneAskedForAndTheOnesBeforeARestore() throws Exception {
        Path station = dir.resolve("station");
        Path folder = Files.createDirectories(Backups.folder(station));
        Files.writeString(folder.resolve("tramyte-backup-2025-01-05-090000-manual.zip"), "x");
        Files.writeString(folder.resolve("tramyte-backup-2025-01-05-090000-before-restore.zip"), "x");
        Files.writeString(folder.resolve("tramyte-schema6-20250105-090000.mv.db"), "x");
        for (int d = 1; d <= 30; d++) {
            Files.writeString(folder.resolve("tramyte-backup-2026-11-" + String.format("%02d", d) + "-173000-auto.zip"),
                    "x");
        }
        Backups.rotate(station);
        List<String> left = names(folder);
        assertTrue(left.contains("tramyte-backup-2025-01-05-090000-manual.zip"), left.toString());
        assertTrue(left.contains("tramyte-backup-2025-01-05-090000-before-restore.zip"), left.toString());
        assertTrue(left.contains("tramyte-schema6-20250105-090000.mv.db"), left.toString());
    }

    @Test
    void aBackupDamagedInsideTheDatabasesBytesIsRefusedByItsChecksumAndChangesNothing() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        Path good = Backups.newest(station).orElseThrow();
        // the same backup with its entries stored (not deflated), the database first: one byte changed in the
        // middle of the database's bytes leaves a well-formed zip, and only the entry's checksum tells
        Path damaged = dir.resolve("tramyte-backup-2026-11-21-190000-manual.zip");
        int dataStart;
        long dataSize;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(good.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(damaged))) {
            List<java.util.zip.ZipEntry> entries = new java.util.ArrayList<>(java.util.Collections.list(zip.entries()));
            entries.sort(java.util.Comparator.comparing(e -> !e.getName().equals(BackupCopy.ZIP_DB_ENTRY)));
            dataStart = 30 + BackupCopy.ZIP_DB_ENTRY.length();
            dataSize = entries.get(0).getSize();
            for (java.util.zip.ZipEntry e : entries) {
                byte[] content = zip.getInputStream(e).readAllBytes();
                java.util.zip.ZipEntry stored = new java.util.zip.ZipEntry(e.getName());
                stored.setMethod(java.util.zip.ZipEntry.STORED);
                stored.setSize(content.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(content);
                stored.setCrc(crc.getValue());
                out.putNextEntry(stored);
                out.write(content);
                out.closeEntry();
            }
        }
        try (RandomAccessFile f = new RandomAccessFile(damaged.toFile(), "rw")) {
            long at = dataStart + dataSize / 2;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x01);
        }
        byte[] live = digest(station.resolve("tramyte.mv.db"));
        List<String> backupsBefore = names(Backups.folder(station));
        UserError e = assertThrows(UserError.class,
                () -> Restore.restore(station, damaged, TestClock.fixed(), TestStation.key(station)));
        assertEquals("backup.error.unreadable", e.problems().get(0).key());
        assertArrayEquals(live, digest(station.resolve("tramyte.mv.db")), "the database is as it was");
        assertEquals(backupsBefore, names(Backups.folder(station)), "no copy was made or removed");
        assertFalse(Files.exists(station.resolve(Restore.STAGING)));
    }

    @Test
    void aCorruptBackupIsRefusedWithASentenceAndChangesNothing() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        Path good = Backups.newest(station).orElseThrow();
        Path corrupt = dir.resolve("tramyte-backup-2026-11-21-180000-manual.zip");
        byte[] bytes = Files.readAllBytes(good);
        for (int i = bytes.length / 3; i < bytes.length * 2 / 3; i++) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        Files.write(corrupt, bytes);
        Path notABackup = dir.resolve("ghi-chu.zip");
        Files.writeString(notABackup, "Trạm Y tế xã Mường Kim: danh sách tiêm chủng tháng 11");
        byte[] live = digest(station.resolve("tramyte.mv.db"));
        List<String> backupsBefore = names(Backups.folder(station));

        for (Path bad : List.of(corrupt, notABackup)) {
            UserError e = assertThrows(UserError.class, () -> Restore.restore(station, bad, TestClock.fixed(), TestStation.key(station)));
            assertEquals("backup.error.unreadable", e.problems().get(0).key(), bad.toString());
            String sentence = e.describe(EN);
            assertTrue(sentence.startsWith("The file " + bad + " is damaged or is not a TramYTe backup"), sentence);
            assertFalse(sentence.contains("Exception") || sentence.contains("900"), sentence);
            assertArrayEquals(live, digest(station.resolve("tramyte.mv.db")), "the database is as it was");
            assertEquals(backupsBefore, names(Backups.folder(station)), "no copy was made or removed");
            assertFalse(Files.exists(station.resolve(Restore.STAGING)));
        }
    }

    @Test
    void aBackupFromANewerVersionIsRefusedWithASentence() throws Exception {
        Path newer = dir.resolve("newer");
        TestStation.station(newer).close();
        try (Connection c = DriverManager.getConnection(BackupCopy.url(newer), "sa", TestStation.key(newer).h2Password());
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 'sa', 1, TRUE)");
        }
        Path file = dir.resolve("tramyte-from-a-newer-version.mv.db");
        Files.copy(newer.resolve("tramyte.mv.db"), file);
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        byte[] live = digest(station.resolve("tramyte.mv.db"));
        List<String> backupsBefore = names(Backups.folder(station));

        // the newer version's copy of the same installation: the same key (another installation's does not open)
        UserError e = assertThrows(UserError.class, () -> Restore.restore(station, file, TestClock.fixed(),
                TestStation.key(newer)));
        assertEquals("backup.error.tooNew", e.problems().get(0).key());
        String known = BackupCopy.knownVersion().getVersion();
        assertEquals("The backup " + file + " was made by a newer version of TramYTe (database version 99; this one "
                + "reads up to " + known + "), so it cannot be restored here. Nothing was changed. Install the newer "
                + "version first.", e.describe(EN));
        assertArrayEquals(live, digest(station.resolve("tramyte.mv.db")));
        assertEquals(backupsBefore, names(Backups.folder(station)));
    }

    @Test
    void aBackupOfAnOlderSchemaIsBroughtUpToDate() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        Path old = dir.resolve("tramyte-schema1.mv.db");
        Files.copy(Path.of("src/test/resources/fixtures/databases/schema-1/tramyte.mv.db"), old);
        BackupContents held = Restore.inspect(old, station, TestStation.key(station));
        assertEquals("1", held.schemaVersion());
        assertEquals(2, held.people(), "the fixture's mother and child");

        RestoreResult result = Restore.restore(station, old, TestClock.fixed(), TestStation.key(station));

        assertTrue(result.migrations() > 0, "upgraded by " + result.migrations());
        assertTrue(BackupText.done(EN, result).endsWith("has been brought up to date."), BackupText.done(EN, result));
        try (Services s = TestStation.open(station)) {
            assertEquals(BackupCopy.knownVersion().getVersion(), s.database().schemaVersion());
            assertEquals(2, s.database().tableCounts().get("person"));
        }
    }

    @Test
    void afterARestoreTheChangeNumbersGoOnFromTheHighestEverGiven() throws Exception {
        Path station = dir.resolve("station");
        BackupFile early;
        long before;
        try (Services s = TestStation.station(station)) {
            early = s.database().backUp(BackupKind.MANUAL);
            s.people().save(TestStation.WORKER, new vn.tramyte.person.PersonDraft(null, "Lò Thị Mai",
                    vn.tramyte.person.Sex.FEMALE, LocalDate.of(1999, 3, 8), false, "03", null, null, null, null, null),
                    "Bản Đốc");
            before = s.database().lastChangeSeq();
        }
        assertTrue(before > early.contents().orElseThrow().changeSeq());
        Restore.restore(station, early.path(), TestClock.fixed(), TestStation.key(station));
        try (Services s = TestStation.open(station)) {
            assertEquals(before, s.database().lastChangeSeq(),
                    "a change after the restore never reuses the number of a change that was lost");
            assertEquals(0, s.people().search("Lò Thị Mai").size(), "the person saved after the backup is gone");
        }
    }

    @Test
    void aBackupThatFailsItsCheckIsDeleted() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        Path notADatabase = dir.resolve("tramyte.mv.db");
        Files.writeString(notADatabase, "Đây không phải cơ sở dữ liệu ".repeat(500));
        List<String> before = names(Backups.folder(station));
        UserError e = assertThrows(UserError.class, () -> Backups.writeFromClosedFile(notADatabase, station, TestStation.key(station),
                BackupKind.MANUAL, TestClock.fixed().instant().atZone(TestClock.VIETNAM).toLocalDateTime()));
        assertEquals("backup.error.checkFailed", e.problems().get(0).key());
        assertTrue(e.describe(EN).contains("did not open as a whole database when checked, so it was deleted"),
                e.describe(EN));
        assertEquals(before, names(Backups.folder(station)), "nothing of the failed copy is left");
    }

    @Test
    void aBackupThatUnzipsToMoreThanTheDiskHoldsIsRefusedWhileUnzipping() throws Exception {
        Path bomb = dir.resolve("tramyte-backup-2026-11-21-180000-manual.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("tramyte.mv.db"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 16; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 100_000, "16 MB of zeros in " + Files.size(bomb) + " bytes");
        Path into = dir.resolve("into");
        UserError e = assertThrows(UserError.class, () -> BackupCopy.extract(bomb, into, 4L << 20));
        assertEquals("backup.error.unreadable", e.problems().get(0).key());
        assertFalse(Files.exists(into.resolve("tramyte.mv.db")), "what was unzipped is removed");
    }

    @Test
    void aBackupLargerThanTheRoomOnTheDiskIsRefusedForLackOfRoomNotCalledDamaged() throws Exception {
        Path big = dir.resolve("tramyte-backup-2026-11-21-180000-manual.zip");
        byte[] encryptedLike = new byte[8 << 20];
        new java.util.Random(5).nextBytes(encryptedLike);
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(big))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("tramyte.mv.db"));
            zip.write(encryptedLike);
            zip.closeEntry();
        }
        Path into = dir.resolve("station").resolve(Restore.STAGING);
        UserError e = assertThrows(UserError.class, () -> BackupCopy.extract(big, into, 4L << 20));
        assertEquals("backup.error.noRoom", e.problems().get(0).key());
        assertEquals("The disk holding " + dir.resolve("station") + " has too little free space to restore this backup: "
                + "it needs about 9 MB, and 4 MB can be used. Nothing was changed. Delete files you do not need on that "
                + "disk, then restore again.", e.describe(EN));
        assertFalse(Files.exists(into.resolve("tramyte.mv.db")), "nothing was unzipped");
    }

    /** Issue 17: a nearly full disk leaves no room to unzip, never a negative count of free bytes. */
    @Test
    void aNearlyFullDiskLeavesNoRoomToUnzipRatherThanANegativeOne() {
        assertEquals(0, BackupCopy.room(10L << 20), "10 MB free, 64 MB kept free");
        assertEquals(0, BackupCopy.room(0));
        assertEquals(36L << 20, BackupCopy.room(100L << 20));
    }

    @Test
    void aFailedBackupIsWrittenDownForThePageUntilAGoodOneIsMade() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        org.h2.jdbcx.JdbcConnectionPool gone = org.h2.jdbcx.JdbcConnectionPool.create(BackupCopy.url(station), "sa",
                TestStation.key(station).h2Password());
        gone.dispose();
        java.time.LocalDateTime evening = java.time.LocalDateTime.of(2026, 11, 22, 17, 30);
        List<String> before = names(Backups.folder(station));
        assertThrows(UserError.class, () -> Backups.write(gone, station, TestStation.key(station), BackupKind.AUTOMATIC, evening));
        Backups.BackupFailure failure = Backups.lastFailure(station).orElseThrow();
        assertEquals(evening, failure.at());
        assertEquals("backup.error.notWritten", failure.error().problems().get(0).key());

        // the backups page says it in one sentence
        try (Services s = TestStation.open(station)) {
            vn.tramyte.backup.ui.BackupsViewModel vm = new vn.tramyte.backup.ui.BackupsViewModel(s.backups(),
                    vn.tramyte.common.TaskRunner.synchronous(), EN, TestStation.WORKER, file -> { });
            vm.refresh();
            String said = vm.lastFailureProperty().get();
            assertTrue(said.startsWith("The backup of 22/11/2026 17:30 failed: The backup could not be written in "
                    + Backups.folder(station)), said);
            assertFalse(said.contains("\n") || said.contains("org.h2") || said.contains("[900"), said);
            s.backups().backUpNow(TestStation.WORKER);
            vm.refresh();
            assertEquals("", vm.lastFailureProperty().get(), "a good backup since: nothing to say");
        }
        assertTrue(names(Backups.folder(station)).containsAll(before));
    }
}
