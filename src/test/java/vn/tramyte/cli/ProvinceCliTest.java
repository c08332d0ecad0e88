package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestPeople;

/**
 * The province's commands as its scripts use them (decision 0016): init --mode province, enrol --centre,
 * join-province at the centre, export (the upward package) at the centre, import and report at the province.
 */
class ProvinceCliTest {

    private static String line(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length()).trim();
    }

    @Test
    void aCentreJoinsItsProvinceAndItsUpwardPackageIsImportedOnceAndReported(@TempDir Path dir) throws Exception {
        String province = dir.resolve("province").toString();
        String centre = dir.resolve("centre").toString();
        String station = dir.resolve("station").toString();
        CliTest.Run init = CliTest.run("init", "--mode", "province", "--place", "12", "--data-dir", province,
                "--lang", "en");
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains("Provincial Department of Health 12 – Tỉnh Lai Châu"), init.out());
        assertEquals(0, CliTest.run("init", "--mode", "centre", "--place", "110", "--data-dir", centre).exit());

        // a station of the centre sends its records there
        CliTest.Run enrol = CliTest.run("enrol", "--station", "03637", "--out", dir.resolve("usb").toString(),
                "--data-dir", centre);
        assertEquals(0, CliTest.run("init", "--enrolment", line(enrol.out(), "file:"), "--code",
                line(enrol.out(), "code:"), "--data-dir", station).exit());
        try (Services s = vn.tramyte.testing.TestStation.open(Path.of(station))) {
            s.people().save("Lò Thị Hương", TestPeople.hoa().born(LocalDate.of(1996, 3, 8)).draft());
        }
        CliTest.Run data = CliTest.run("export", "--out", dir.resolve("usb").toString(), "--data-dir", station);
        assertEquals(0, CliTest.run("import", line(data.out(), "file:"), "--data-dir", centre).exit());

        // before joining, the centre's export says what to do
        CliTest.Run early = CliTest.run("export", "--out", dir.resolve("up").toString(), "--data-dir", centre,
                "--lang", "en");
        assertEquals(1, early.exit());
        assertTrue(early.err().contains("has not joined its province yet") && early.err().contains("join-province"),
                early.err());

        assertEquals(Cli.USAGE, CliTest.run("enrol", "--out", dir.toString(), "--data-dir", province).exit());
        CliTest.Run centreFile = CliTest.run("enrol", "--centre", "110", "--out", dir.resolve("usb").toString(),
                "--data-dir", province);
        assertEquals(0, centreFile.exit(), centreFile.err());
        assertTrue(Path.of(line(centreFile.out(), "file:")).getFileName().toString()
                .matches("110-ThanUyen-enrolment-\\d{4}-\\d{2}-\\d{2}\\.tyt"), centreFile.out());
        CliTest.Run wrongCode = CliTest.run("join-province", "--enrolment", line(centreFile.out(), "file:"), "--code",
                "1111-2222-3333-4444", "--data-dir", centre, "--lang", "en");
        assertEquals(1, wrongCode.exit());
        assertTrue(wrongCode.err().contains("the enrolment code is wrong"), wrongCode.err());
        CliTest.Run join = CliTest.run("join-province", "--enrolment", line(centreFile.out(), "file:"), "--code",
                line(centreFile.out(), "code:"), "--data-dir", centre, "--lang", "en");
        assertEquals(0, join.exit(), join.err());
        assertTrue(join.out().contains("Joined 12 – Tỉnh Lai Châu"), join.out());

        CliTest.Run up = CliTest.run("export", "--out", dir.resolve("up").toString(), "--data-dir", centre);
        assertEquals(0, up.exit(), up.err());
        String pkg = line(up.out(), "file:");
        assertTrue(Path.of(pkg).getFileName().toString().matches("110-ThanUyen-upward-\\d{4}-\\d{2}-\\d{2}-0001\\.tyt"),
                pkg);

        // a centre cannot import its own upward package: it is the province's
        CliTest.Run atCentre = CliTest.run("import", pkg, "--data-dir", centre, "--lang", "en");
        assertTrue(atCentre.out().contains("skipped") || atCentre.err().contains("skipped"),
                atCentre.out() + atCentre.err());

        CliTest.Run first = CliTest.run("import", pkg, "--data-dir", province, "--lang", "en");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("People: new 1, updated 0, unchanged 0, refused 0"), first.out());
        CliTest.Run again = CliTest.run("import", pkg, "--data-dir", province, "--lang", "en");
        assertEquals(SyncImportCommand.ALREADY_RECEIVED, again.exit(), again.out() + again.err());

        CliTest.Run status = CliTest.run("sync-status", "--data-dir", province, "--lang", "en");
        // one line per centre, without an acknowledgement: the province sends nothing back (decision 0016)
        assertTrue(status.out().contains("110 Than Uyên: last upward package received"), status.out());
        assertTrue(status.out().contains("changes received up to") && !status.out().contains("acknowledged"),
                status.out());
        CliTest.Run inVietnamese = CliTest.run("sync-status", "--data-dir", province, "--lang", "vi");
        assertTrue(inVietnamese.out().contains("110 Than Uyên: gói gửi lên cuối nhận")
                && !inVietnamese.out().contains("báo nhận"), inVietnamese.out());

        Path csv = dir.resolve("tinh.csv");
        CliTest.Run report = CliTest.run("report", "--period", "2026", "--format", "csv", "--out", csv.toString(),
                "--data-dir", province, "--lang", "en");
        assertEquals(0, report.exit(), report.err());
        String table = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(table.contains("Xã Mường Kim") && table.contains("Huyện Than Uyên") && table.contains("Huyện Tam Đường")
                && table.contains("Tỉnh Lai Châu"), table);
        // the same outputs as a centre's
        for (String format : new String[] {"xlsx", "pdf", "dhis2-json", "adx"}) {
            Path file = dir.resolve("tinh." + format);
            CliTest.Run made = CliTest.run("report", "--period", "2026", "--format", format, "--out", file.toString(),
                    "--data-dir", province, "--lang", "en");
            assertEquals(0, made.exit(), format + ": " + made.err());
            assertTrue(Files.size(file) > 0, format);
        }
    }
}
