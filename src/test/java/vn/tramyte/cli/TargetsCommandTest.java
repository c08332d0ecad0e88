package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.plan.Indicator;
import vn.tramyte.testing.TestClock;

/** The plan's targets as a file: a centre imports its plan's table, exports it, edits it and imports it back. */
class TargetsCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCentreImportsItsTargetsEditsThemInAFileAndTheEditIsInForceAndAudited() throws IOException {
        CliTest.run("init", "--mode", "centre", "--place", "110", "--data-dir", dir.toString());
        Path file = dir.resolve("chi-tieu.csv");
        Files.writeString(file, "code_list,place_code,place_name,year,indicator,population,bound,target\n"
                + "2024,110,Huyện Than Uyên,2024,imr,all,max,23.41\n"
                + "2024,03640,Xã Tà Gia,2024,full_immunization,dtts,min,95\n", StandardCharsets.UTF_8);
        CliTest.Run first = CliTest.run("targets", "--import", file.toString(), "--data-dir", dir.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("phiên bản 1"), first.out());

        Path exported = dir.resolve("xuat.csv");
        CliTest.Run export = CliTest.run("targets", "--export", exported.toString(), "--data-dir", dir.toString());
        assertEquals(0, export.exit(), export.err());
        assertEquals("file: " + exported.toAbsolutePath(), export.out().trim());
        String csv = Files.readString(exported);
        assertTrue(csv.contains("2024,03640,Xã Tà Gia,2024,full_immunization,dtts,min,95"), csv);
        Files.writeString(exported, csv.replace(",min,95", ",min,97.5"), StandardCharsets.UTF_8);
        CliTest.Run second = CliTest.run("targets", "--import", exported.toString(), "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("version 2"), second.out());
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            assertEquals("97.5", s.targets().targets().stream().filter(t -> t.indicator() == Indicator.FULL_IMMUNIZATION)
                    .findFirst().orElseThrow().target().toPlainString());
            int audits = s.database().read(tx -> tx.dsl().fetchCount(vn.tramyte.db.generated.Tables.AUDIT_LOG,
                    vn.tramyte.db.generated.Tables.AUDIT_LOG.TABLE_NAME.eq("plan_target")));
            assertEquals(2, audits);
        }
    }

    @Test
    void aBadLineIsNamedOnOneLineOfStderrAndNothingChanges() throws IOException {
        CliTest.run("init", "--mode", "centre", "--place", "110", "--data-dir", dir.toString());
        Path file = dir.resolve("chi-tieu.csv");
        Files.writeString(file, "code_list,place_code,place_name,year,indicator,population,bound,target\n"
                + "2024,110,Huyện Than Uyên,2024,imr,all,max,23.41\n"
                + "2024,03637,Xã Mường Kim,2024,stunting,all,max,hai mươi\n", StandardCharsets.UTF_8);
        CliTest.Run refused = CliTest.run("targets", "--import", file.toString(), "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(1, refused.exit());
        assertEquals("tramyte: Line 3: target \"hai mươi\" is not a valid number. Write a number of at least 0 with at most two "
                + "decimals (for example 23.41).", refused.err().trim());
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            assertEquals(0, s.targets().version());
            assertTrue(s.targets().targets().isEmpty());
        }
    }

    @Test
    void aHeaderOnlyFileIsRefusedAndTheTargetsInForceStay() throws IOException {
        CliTest.run("init", "--mode", "centre", "--place", "110", "--data-dir", dir.toString());
        Path file = dir.resolve("chi-tieu.csv");
        String header = "code_list,place_code,place_name,year,indicator,population,bound,target\n";
        Files.writeString(file, header + "2024,110,Huyện Than Uyên,2024,imr,all,max,23.41\n", StandardCharsets.UTF_8);
        assertEquals(0, CliTest.run("targets", "--import", file.toString(), "--data-dir", dir.toString()).exit());

        Files.writeString(file, header, StandardCharsets.UTF_8);
        CliTest.Run empty = CliTest.run("targets", "--import", file.toString(), "--data-dir", dir.toString());
        assertEquals(1, empty.exit());
        assertEquals("tramyte: Tệp chi-tieu.csv không có chỉ tiêu nào (chỉ có dòng tên cột). Không có gì thay đổi: bộ chỉ "
                + "tiêu đang áp dụng được giữ nguyên. Hãy xuất bộ chỉ tiêu (tramyte targets --export), sửa rồi nhập lại.",
                empty.err().strip());
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            assertEquals(1, s.targets().version(), "no version 2 for the stations to receive");
            assertEquals(1, s.targets().targets().size());
        }
    }

    @Test
    void aFileSavedAsWindows1258IsToldAsImportCsvTellsIt() throws IOException {
        CliTest.run("init", "--mode", "centre", "--place", "110", "--data-dir", dir.toString());
        Path file = dir.resolve("t_cp1258.csv");
        Files.write(file, ("code_list,place_code,place_name,year,indicator,population,bound,target\n"
                + "2024,03637,Xã Mường Kim,2024,imr,all,max,23.41\n").getBytes(java.nio.charset.Charset.forName("windows-1258")));
        CliTest.Run refused = CliTest.run("targets", "--import", file.toString(), "--data-dir", dir.toString(),
                "--lang", "en");
        assertEquals(1, refused.exit());
        assertEquals("tramyte: t_cp1258.csv, line 2: The file is not saved as UTF-8, so its Vietnamese letters would be "
                + "garbled. In Excel choose Save As, then “CSV UTF-8 (Comma delimited)”.", refused.err().strip());
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            assertEquals(0, s.targets().version());
        }
    }

    /** Issue 14 §4: a 3 GB file (sparse) is refused by its size, unread; the tests' 1 GB heap would not hold it. */
    @Test
    void aHugeFileIsRefusedByItsSizeWithoutBeingRead() throws IOException {
        CliTest.run("init", "--mode", "centre", "--place", "110", "--data-dir", dir.toString());
        Path file = dir.resolve("chi-tieu.csv");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(3L << 30);
        }
        for (String command : new String[] {"targets", "catalogue"}) {
            CliTest.Run refused = CliTest.run(command, "--import", file.toString(), "--data-dir", dir.toString(),
                    "--lang", "en");
            assertEquals(1, refused.exit(), command);
            assertEquals("tramyte: chi-tieu.csv: not imported because it is larger than 16 MB, far more than any targets, "
                    + "catalogue or mapping file; nothing of it was read and nothing changed. Check that it is the right "
                    + "file.", refused.err().trim(), command);
        }
        try (Services s = vn.tramyte.testing.TestStation.open(dir)) {
            assertEquals(0, s.targets().version());
            assertTrue(s.targets().targets().isEmpty());
        }
    }
}
