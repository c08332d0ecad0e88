package vn.tramyte.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/**
 * A data folder on a disk that can only be read (issue 14: a memory card with its lock switch on,
 * a disk the system remounted read-only after faults): opening it, from the program or the command
 * line, is one sentence, exit 1, and not a byte of the folder changes. The disk is a tmpfs remounted
 * read-only for the test (tests run as root, so a chmod would not stop them); where the test may not
 * mount one (not root, not Linux), it is skipped.
 */
class ReadOnlyDataFolderTest {
    @TempDir
    Path dir;

    /** Every file and folder under the root with its bytes' digest and its time of change. */
    private static Map<String, String> snapshot(Path root) throws Exception {
        Map<String, String> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.toList()) {
                String digest = Files.isRegularFile(p) ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(p))) : "folder";
                all.put(root.relativize(p).toString(), digest + " " + Files.getLastModifiedTime(p));
            }
        }
        return all;
    }

    @Test
    void aDataFolderOnAReadOnlyDiskIsOneSentenceAndNothingChanges() throws Exception {
        try (SmallDisk mounted = SmallDisk.mount(dir.resolve("card"), "32m")) {
            Path disk = mounted.root();
            Path station = disk.resolve("station");
            try (Services s = TestStation.station(station)) {
                s.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft());
            }
            mounted.remount(true);
            Map<String, String> before = snapshot(disk);

            UserError e = assertThrows(UserError.class, () -> TestStation.open(station));
            assertEquals("The data folder " + station + " is on a disk that can only be read (a memory card or USB "
                    + "stick with its lock switch on, a CD, or a disk the computer found faulty and protected); nothing "
                    + "was changed. Unlock the card, or copy the folder to a disk that can be written, and open TramYTe "
                    + "again.", e.describe(new Messages(Messages.ENGLISH)));

            Path persons = Files.writeString(dir.resolve("persons.csv"), "ref,full_name,sex,birth_date,ethnicity,"
                    + "village,mother_ref,personal_id,insurance_no,phone\n1,Lò Văn Pọm,M,12/05/1988,Thái,Bản Phiêng,,,,\n");
            for (String[] command : new String[][] {{"info", "--data-dir", station.toString()},
                    {"import-csv", "--data-dir", station.toString(), persons.toString()}}) {
                try (ChildProcess cli = ChildProcess.start(CliChild.class, command)) {
                    assertEquals(1, cli.exitCode(), cli.printed());
                    assertEquals("tramyte: Thư mục dữ liệu " + station + " nằm trên ổ đĩa chỉ đọc được (thẻ nhớ hay USB "
                            + "đang gạt khóa, đĩa CD, hoặc ổ đĩa bị máy phát hiện lỗi nên khóa lại); không có gì bị thay "
                            + "đổi. Hãy mở khóa thẻ, hoặc chép thư mục sang ổ đĩa ghi được, rồi mở lại TramYTe.",
                            cli.printed().strip(), command[0]);
                }
            }
            assertEquals(before, snapshot(disk), "not a byte of the folder changed");

            mounted.remount(false);
            try (Services s = TestStation.open(station)) {
                assertEquals(1, s.people().all().size(), "the records are all there once the disk can be written");
            }
        }
    }
}
