package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.report.ReportFixture;
import vn.tramyte.testing.TestStation;

/** {@code tramyte report} and {@code tramyte dhis2-mapping}: files written, one summary line, mistakes named with exit 2. */
class ReportCommandTest {
    @TempDir
    static Path dir;
    static String station;
    static String centre;

    @BeforeAll
    static void aStationWithTheFixtureAndAnEmptyCentre() throws Exception {
        try (Services s = TestStation.station(dir.resolve("station"))) {
            ReportFixture.importInto(s, dir.resolve("registers"));
        }
        station = dir.resolve("station").toString();
        centre = dir.resolve("centre").toString();
        CliTest.Run init = CliTest.run("init", "--mode", "centre", "--place", "110", "--data-dir", centre);
        assertEquals(0, init.exit(), init.err());
    }

    private static List<String> out(CliTest.Run run) {
        return run.out().lines().toList();
    }

    @Test
    void aStationWritesItsYearAsCsvAndSaysWhereAndWhatInOneLine() throws Exception {
        Path csv = dir.resolve("out/bao-cao-2025.csv");
        CliTest.Run run = CliTest.run("report", "--period", "2025", "--format", "csv", "--out", csv.toString(),
                "--data-dir", station);
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("file: " + csv.toAbsolutePath(),
                "Năm 2025 · 3 hàng · Xã Mường Kim (Chung): đạt 0, không đạt 0, chưa kết luận được 0"), out(run));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(1 + 3 * 11, lines.size(), "everyone only, by default");
        assertTrue(lines.contains("03637,Xã Mường Kim,imr,all,2,6,333.33,per_1000,,no_target,40.37,1204.11,true,"
                + "2026-11-22"), String.join("\n", lines));
    }

    @Test
    void bothPopulationsToEveryFormatInEnglish() throws Exception {
        for (String format : List.of("csv", "xlsx", "pdf", "dhis2-json", "adx")) {
            Path file = dir.resolve("out/both." + format);
            CliTest.Run run = CliTest.run("report", "--period", "2025Q3", "--population", "both", "--format", format,
                    "--out", file.toString(), "--data-dir", station, "--lang", "en");
            assertEquals(0, run.exit(), format + ": " + run.err());
            assertEquals("file: " + file.toAbsolutePath(), out(run).get(0));
            assertTrue(Files.size(file) > 0, format);
            String summary = out(run).get(1);
            assertTrue(summary.startsWith("Quarter 3/2025 · "), summary);
            assertTrue(summary.contains("Xã Mường Kim (Everyone): meets 0") && summary.contains("(Ethnic minorities)"),
                    summary);
            if (format.equals("dhis2-json") || format.equals("adx")) {
                assertTrue(summary.contains("44 values (numerators and denominators), DHIS2 period 2025Q3"), summary);
            } else {
                assertTrue(summary.contains(" · 3 rows · "), summary);
            }
        }
        assertTrue(Files.readString(dir.resolve("out/both.dhis2-json")).contains("\"period\" : \"2025Q3\""));
    }

    @Test
    void aMistakeInTheArgumentsIsOneSentenceAndExit2AndNoFile() {
        Path out = dir.resolve("out/never.csv");
        CliTest.Run period = CliTest.run("report", "--period", "2024-13", "--format", "csv", "--out", out.toString(),
                "--data-dir", station);
        assertEquals(2, period.exit());
        assertEquals("tramyte: Không đọc được kỳ báo cáo \"2024-13\". Hãy ghi năm (2024), quý (2024Q2), tháng (2024-03), "
                + "ytd (từ đầu năm đến nay) hoặc khoảng ngày (01/01/2024..31/03/2024).", period.err().trim());
        CliTest.Run format = CliTest.run("report", "--period", "2025", "--format", "docx", "--out", out.toString(),
                "--data-dir", station, "--lang", "en");
        assertEquals(2, format.exit());
        assertEquals("tramyte: --format \"docx\" is unknown: use csv, xlsx, pdf, dhis2-json or adx.", format.err().trim());
        CliTest.Run population = CliTest.run("report", "--period", "2025", "--population", "kinh", "--format", "csv",
                "--out", out.toString(), "--data-dir", station, "--lang", "en");
        assertEquals(2, population.exit());
        assertEquals("tramyte: --population \"kinh\" is unknown: use all, dtts (ethnic minorities) or both.",
                population.err().trim());
        CliTest.Run list = CliTest.run("report", "--period", "2025", "--code-list", "2023", "--format", "csv",
                "--out", out.toString(), "--data-dir", station, "--lang", "en");
        assertEquals(2, list.exit());
        assertEquals("tramyte: --code-list \"2023\" is not valid: use 2024 or 2025.", list.err().trim());
        CliTest.Run ytd = CliTest.run("report", "--period", "ytd", "--format", "adx", "--out", out.toString(),
                "--data-dir", station, "--lang", "en");
        assertEquals(2, ytd.exit());
        assertEquals("tramyte: The period \"ytd\" cannot go to DHIS2: DHIS2 takes a year (2024), a quarter (2024Q2) or "
                + "a month (2024-03). Choose one of those.", ytd.err().trim());
        CliTest.Run other = CliTest.run("report", "--period", "2025", "--station", "03640", "--format", "csv",
                "--out", out.toString(), "--data-dir", station);
        assertEquals(2, other.exit());
        assertEquals("tramyte: --station 03640: máy này là trạm 03637 – Xã Mường Kim, chỉ báo cáo được xã của mình. "
                + "Hãy bỏ --station hoặc ghi mã xã của trạm.", other.err().trim());
        CliTest.Run missing = CliTest.run("report", "--period", "2025", "--format", "csv", "--data-dir", station);
        assertEquals(2, missing.exit());
        assertFalse(Files.exists(out));
    }

    @Test
    void aCentreReportsOneCommuneByItsVillagesAndNamesACommuneItDoesNotHave() throws Exception {
        Path csv = dir.resolve("out/muong-kim.csv");
        CliTest.Run one = CliTest.run("report", "--period", "2024", "--station", "03637", "--format", "csv", "--out",
                csv.toString(), "--data-dir", centre, "--lang", "en");
        assertEquals(0, one.exit(), one.err());
        assertTrue(Files.readAllLines(csv).get(1).startsWith("03637,Xã Mường Kim,imr,all,0,0,,per_1000,"),
                Files.readString(csv));
        CliTest.Run unknown = CliTest.run("report", "--period", "2024", "--station", "99999", "--format", "csv",
                "--out", csv.toString(), "--data-dir", centre, "--lang", "en");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("tramyte: There is no commune with code 99999 in code list 2024 of this "
                + "centre. Its communes: "), unknown.err());
        assertTrue(unknown.err().contains("03637 Xã Mường Kim"), unknown.err());
        CliTest.Run nothing = CliTest.run("report", "--period", "2024", "--format", "dhis2-json", "--out",
                dir.resolve("out/empty.json").toString(), "--data-dir", centre, "--lang", "en");
        assertEquals(1, nothing.exit());
        assertEquals("tramyte: Nothing to send to DHIS2 for 2024: no commune has a data package or a record in the "
                + "period. Import the data packages of the stations first.", nothing.err().trim());
    }

    @Test
    void theDhis2MappingIsExportedEditedAndImportedBack() throws Exception {
        Path file = dir.resolve("ma-dhis2.csv");
        CliTest.Run export = CliTest.run("dhis2-mapping", "--export", file.toString(), "--data-dir", centre);
        assertEquals(0, export.exit(), export.err());
        assertEquals("file: " + file.toAbsolutePath(), export.out().trim());
        String csv = Files.readString(file);
        assertTrue(csv.contains("org_unit,2024,03637,,,,Xã Mường Kim,03637,"), csv);
        Files.writeString(file, csv.replace("org_unit,2024,03637,,,,Xã Mường Kim,03637,",
                "org_unit,2024,03637,,,,Xã Mường Kim,LC_TU_MK,"));
        CliTest.Run imported = CliTest.run("dhis2-mapping", "--import", file.toString(), "--data-dir", centre,
                "--lang", "en");
        assertEquals(0, imported.exit(), imported.err());
        assertEquals("The new DHIS2 mapping is in force (version 1).", imported.out().trim());
        Files.writeString(file, csv.replace("data_set,", "dataset,"));
        CliTest.Run refused = CliTest.run("dhis2-mapping", "--import", file.toString(), "--data-dir", centre,
                "--lang", "en");
        assertEquals(1, refused.exit());
        assertEquals("tramyte: Line 2: kind \"dataset\" is unknown. Write data_set, adx_category, data_element or "
                + "org_unit.", refused.err().trim());
        try (Services s = TestStation.open(dir.resolve("centre"))) {
            assertEquals(1, s.dhis2Mapping().version());
            assertEquals("LC_TU_MK", s.dhis2Mapping().mapping().orgUnit(vn.tramyte.place.CodeList.Y2024, "03637"));
        }
    }
}
