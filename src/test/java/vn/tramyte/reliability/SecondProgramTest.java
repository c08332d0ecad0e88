package vn.tramyte.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.testing.TestStation;

/**
 * One program per data folder, between two real processes (the operating system's lock, not a
 * flag in one JVM): the second is refused with a sentence and changes nothing; once the first
 * dies, even killed, the folder opens again.
 */
class SecondProgramTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessOnTheSameFolderIsRefusedWithASentence() throws Exception {
        Path station = dir.resolve("station");
        TestStation.station(station).close();
        try (ChildProcess first = ChildProcess.start(HoldChild.class, station.toString())) {
            assertNotNull(first.waitForLine("OPEN"), first.printed());

            UserError e = assertThrows(UserError.class, () -> TestStation.open(station));
            assertEquals("The data folder " + station + " is in use by another TramYTe program. Close the other "
                    + "program and try again.", e.describe(new Messages(Messages.ENGLISH)));

            try (ChildProcess cli = ChildProcess.start(CliChild.class, "init", "--mode", "station", "--place",
                    "03637", "--data-dir", station.toString())) {
                assertEquals(1, cli.exitCode());
                assertEquals("tramyte: Thư mục dữ liệu " + station + " đang được một chương trình TramYTe khác sử dụng. "
                        + "Hãy đóng chương trình kia rồi thử lại.", cli.printed().strip());
            }
            first.kill();
        }
        try (Services s = TestStation.open(station)) {
            assertEquals(TestStation.MUONG_KIM, s.setup().installation().orElseThrow().place().code(),
                    "the operating system freed the folder when the first program died");
        }
    }
}
