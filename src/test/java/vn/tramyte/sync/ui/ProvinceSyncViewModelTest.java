package vn.tramyte.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

/**
 * The sync page at the province (decision 0016): one line per centre, a centre's enrolment file made
 * there; at the centre the package for the province made from the page and imported at the province.
 */
class ProvinceSyncViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theProvinceEnrolsACentreFromThePageAndImportsItsUpwardPackage() {
        Messages vi = Messages.forLanguage("vi");
        try (Services province = Services.open(dir.resolve("p"), TestClock.fixed());
             Services centre = TestStation.centre(dir.resolve("c"));
             Services station = TestStation.open(dir.resolve("s"))) {
            province.setup().setUp(Mode.PROVINCE, CodeList.Y2024, "12", TestStation.admin("Giàng Thị Dung"));
            var e = centre.sync().enrol(TestStation.MUONG_KIM, dir.resolve("e"));
            station.sync().setUpFromEnrolment(e.file(), e.code(), TestStation.admin(TestStation.WORKER));
            station.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft());
            centre.sync().importFile(station.sync().export(dir.resolve("usb")));

            SyncViewModel atProvince = new SyncViewModel(province.sync(), province.people(), province.places(),
                    TaskRunner.synchronous(), vi, true, true);
            assertTrue(atProvince.province());
            atProvince.refresh();
            assertEquals(List.of("106", "110"), atProvince.stations().stream().map(s -> s.stationCode()).toList(),
                    "one line per centre of Lai Châu");
            atProvince.enrol("110", dir.resolve("enrol-110"));
            assertFalse(atProvince.failedProperty().get(), atProvince.resultProperty().get());
            Matcher made = Pattern.compile("trung tâm 110: (.+\\.tyt)\\. .*: (\\d{4}-\\d{4}-\\d{4}-\\d{4})")
                    .matcher(atProvince.resultProperty().get());
            assertTrue(made.find(), atProvince.resultProperty().get());
            centre.sync().joinProvince(Path.of(made.group(1)), made.group(2));

            SyncViewModel atCentre = new SyncViewModel(centre.sync(), centre.people(), centre.places(),
                    TaskRunner.synchronous(), vi, true);
            assertFalse(atCentre.province());
            atCentre.exportUpwardTo(dir.resolve("up"));
            assertFalse(atCentre.failedProperty().get(), atCentre.resultProperty().get());
            assertTrue(atCentre.resultProperty().get().startsWith("Đã tạo gói gửi tỉnh"), atCentre.resultProperty().get());

            atProvince.importPaths(List.of(dir.resolve("up")));
            assertFalse(atProvince.failedProperty().get(), atProvince.resultProperty().get());
            assertTrue(atProvince.resultProperty().get().contains("đã nhập gói số 1 của 110"),
                    atProvince.resultProperty().get());
            assertEquals(1, atProvince.stations().stream().filter(s -> s.stationCode().equals("110")).findFirst()
                    .orElseThrow().lastPackageNo());
            assertEquals(1, atProvince.received().size());
        }
    }
}
