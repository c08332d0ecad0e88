package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestPeople;

/** The sync commands as a centre's script uses them: enrol, init --enrolment, export, import, feedback, sync-status. */
class SyncCliTest {

    private static String line(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length()).trim();
    }

    @Test
    void aStationIsEnrolledItsPackageImportedOnceAndTheExitCodesSayWhatHappened(@TempDir Path dir) throws Exception {
        String centre = dir.resolve("centre").toString();
        String station = dir.resolve("station").toString();
        assertEquals(0, CliTest.run("init", "--mode", "centre", "--place", "110", "--data-dir", centre).exit());

        CliTest.Run enrol = CliTest.run("enrol", "--station", "03637", "--out", dir.resolve("usb").toString(),
                "--data-dir", centre);
        assertEquals(0, enrol.exit(), enrol.err());
        String file = line(enrol.out(), "file:");
        String code = line(enrol.out(), "code:");
        assertTrue(code.matches("\\d{4}-\\d{4}-\\d{4}-\\d{4}"), code);

        CliTest.Run init = CliTest.run("init", "--enrolment", file, "--code", code, "--data-dir", station, "--lang", "en");
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains("03637"), init.out());
        try (Services s = vn.tramyte.testing.TestStation.open(Path.of(station))) {
            s.people().save("Lò Thị Hương", TestPeople.hoa().born(LocalDate.of(1996, 3, 8)).draft());
        }

        CliTest.Run export = CliTest.run("export", "--out", dir.resolve("usb").toString(), "--data-dir", station);
        assertEquals(0, export.exit(), export.err());
        String pkg = line(export.out(), "file:");
        assertTrue(Path.of(pkg).getFileName().toString().matches("03637-MuongKim-\\d{4}-\\d{2}-\\d{2}-0001\\.tyt"), pkg);

        CliTest.Run first = CliTest.run("import", pkg, "--data-dir", centre, "--lang", "en");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("People: new 1, updated 0, unchanged 0, refused 0"), first.out());
        CliTest.Run again = CliTest.run("import", pkg, "--data-dir", centre, "--lang", "en");
        assertEquals(SyncImportCommand.ALREADY_RECEIVED, again.exit(), again.out() + again.err());
        assertTrue(again.out().contains("already received"), again.out());

        byte[] bytes = Files.readAllBytes(Path.of(pkg));
        bytes[bytes.length / 3] ^= 4;
        Path bad = Files.write(dir.resolve("bad.tyt"), bytes);
        CliTest.Run refused = CliTest.run("import", bad.toString(), "--data-dir", centre, "--lang", "en");
        assertEquals(SyncImportCommand.REFUSED, refused.exit());
        assertTrue(refused.err().contains("bad.tyt: not imported"), refused.err());

        assertEquals(Cli.USAGE, CliTest.run("import", "--data-dir", centre).exit());

        CliTest.Run status = CliTest.run("sync-status", "--data-dir", centre, "--lang", "en");
        assertTrue(status.out().contains("03637 Mường Kim: last package received"), status.out());

        CliTest.Run feedback = CliTest.run("feedback", "--out", dir.resolve("back").toString(), "--data-dir", centre);
        assertEquals(0, feedback.exit(), feedback.err());
        CliTest.Run back = CliTest.run("import", line(feedback.out(), "file:"), "--data-dir", station, "--lang", "en");
        assertEquals(0, back.exit(), back.err());
        CliTest.Run own = CliTest.run("sync-status", "--data-dir", station, "--lang", "en");
        assertTrue(own.out().contains("0 records waiting to be sent"), own.out());
        assertTrue(own.out().contains("(its last feedback imported on 22/11/2026)"), own.out());
        assertTrue(own.out().contains("Vaccine catalogue: version 1"), own.out());
        assertTrue(own.out().contains("Plan targets: version 0"), own.out());
    }

    /** Sets a station up from the centre's enrolment file through the command line; returns its data folder. */
    private static String enrolledStation(Path dir, String centre, String code) {
        CliTest.Run enrol = CliTest.run("enrol", "--station", code, "--out", dir.resolve("enrol").toString(),
                "--data-dir", centre);
        assertEquals(0, enrol.exit(), enrol.err());
        String station = dir.resolve(code).toString();
        CliTest.Run init = CliTest.run("init", "--enrolment", line(enrol.out(), "file:"), "--code",
                line(enrol.out(), "code:"), "--data-dir", station);
        assertEquals(0, init.exit(), init.err());
        return station;
    }

    @Test
    void aStationImportsItsFeedbackFromASharedStickSaysWhichFilesAreOtherStationsAndExitsZero(@TempDir Path dir)
            throws Exception {
        String centre = dir.resolve("centre").toString();
        assertEquals(0, CliTest.run("init", "--mode", "centre", "--place", "110", "--data-dir", centre).exit());
        String muongKim = enrolledStation(dir, centre, "03637");
        String taGia = enrolledStation(dir, centre, "03640");
        Path stick = dir.resolve("usb");
        String ownData = line(CliTest.run("export", "--out", stick.toString(), "--data-dir", muongKim).out(), "file:");
        assertEquals(0, CliTest.run("export", "--out", stick.toString(), "--data-dir", taGia).exit());
        assertEquals(0, CliTest.run("import", stick.toString(), "--data-dir", centre).exit());
        assertEquals(0, CliTest.run("feedback", "--out", stick.toString(), "--data-dir", centre).exit());

        CliTest.Run atStation = CliTest.run("import", stick.toString(), "--data-dir", muongKim, "--lang", "en");
        assertEquals(Cli.OK, atStation.exit(), atStation.out() + atStation.err());
        assertEquals("", atStation.err(), "skipping other stations' files is no error");
        String out = atStation.out();
        assertTrue(out.matches("(?s).*110-03637-feedback-2026-11-22-0001\\.tyt: imported package 1 of 110.*"), out);
        assertTrue(out.contains("110-03640-feedback-2026-11-22-0001.tyt: skipped — this package is for the Tà Gia (03640) "
                + "health station, not for this computer."), out);
        assertTrue(out.contains("File " + Path.of(ownData).getFileName() + ": skipped — this is a package for the "
                + "Than Uyên (110) health centre; only that centre can import it."), out);
        assertTrue(out.matches("(?s).*File 03640-\\w+-2026-11-22-0001\\.tyt: skipped — this is a package for the "
                + "Than Uyên \\(110\\) health centre.*"), out);
        assertTrue(out.strip().endsWith("In all: 1 package imported, none received before, 3 files skipped "
                + "(not for this computer), no file refused."), out);

        CliTest.Run again = CliTest.run("import", stick.toString(), "--data-dir", muongKim, "--lang", "en");
        assertEquals(SyncImportCommand.ALREADY_RECEIVED, again.exit(), again.out() + again.err());

        Path othersOnly = Files.createDirectories(dir.resolve("others"));
        Files.copy(stick.resolve("110-03640-feedback-2026-11-22-0001.tyt"),
                othersOnly.resolve("110-03640-feedback-2026-11-22-0001.tyt"));
        CliTest.Run nothing = CliTest.run("import", othersOnly.toString(), "--data-dir", muongKim);
        assertEquals(SyncImportCommand.NOTHING_FOR_US, nothing.exit(), nothing.out() + nothing.err());
        assertTrue(nothing.out().contains("bỏ qua — gói này dành cho trạm y tế Tà Gia (03640)"), nothing.out());

        // Tà Gia's own feedback still imports from the same stick; a damaged copy is refused but hides nothing
        byte[] damaged = Files.readAllBytes(stick.resolve("110-03640-feedback-2026-11-22-0001.tyt"));
        damaged[damaged.length / 2] ^= 0x20;
        Files.write(stick.resolve("110-03640-feedback-2026-11-22-0001-copy.tyt"), damaged);
        CliTest.Run atTaGia = CliTest.run("import", stick.toString(), "--data-dir", taGia, "--lang", "en");
        assertEquals(SyncImportCommand.REFUSED, atTaGia.exit(), atTaGia.out() + atTaGia.err());
        assertTrue(atTaGia.out().contains("110-03640-feedback-2026-11-22-0001.tyt: imported package 1 of 110"),
                atTaGia.out());
        assertTrue(atTaGia.err().contains("110-03640-feedback-2026-11-22-0001-copy.tyt: not imported"), atTaGia.err());
        assertTrue(atTaGia.out().contains("1 package imported"), atTaGia.out());
    }
}
