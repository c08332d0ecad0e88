package vn.tramyte.report.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.plan.Indicator;
import vn.tramyte.testing.TestStation;

/** The targets tab at a centre (filter, change in place, import, export) and at a station (read only). */
class TargetsViewModelTest {
    static final Messages VI = Messages.forLanguage("vi");
    static final String HEADER = "code_list,place_code,place_name,year,indicator,population,bound,target\n";
    static final String PLAN = HEADER
            + "2024,110,Huyện Than Uyên,2024,imr,all,max,23.41\n"
            + "2024,03637,Xã Mường Kim,2024,imr,dtts,max,25.5\n"
            + "2024,03637,Xã Mường Kim,2025,full_immunization,all,min,95\n"
            + "2024,03638,Xã Tà Mung,2025,anc3,dtts,min,80\n";

    @TempDir
    Path dir;

    private static TargetsViewModel at(Services s, Messages m) {
        return new TargetsViewModel(s.targets(), s.setup().installation().orElseThrow(), TaskRunner.synchronous(), m,
                s.users().currentUserName());
    }

    @Test
    void aCentreSeesItsTargetsFilteredByYearAndPlace() throws Exception {
        try (Services centre = TestStation.centre(dir)) {
            centre.targets().importTargets("Nguyễn Thị Thu Hà", new java.io.StringReader(PLAN), "plan.csv");
            TargetsViewModel vm = at(centre, VI);
            vm.refresh();
            assertTrue(vm.editable());
            assertEquals(4, vm.lines().size());
            assertEquals("Bộ chỉ tiêu đang áp dụng: phiên bản 1, 4 chỉ tiêu.", vm.summaryProperty().get());
            TargetsViewModel.Line first = vm.lines().stream().filter(l -> l.target().placeCode().equals("03637")
                    && l.target().indicator() == Indicator.IMR).findFirst().orElseThrow();
            assertEquals("Xã Mường Kim", first.place());
            assertEquals("2024", first.year());
            assertEquals("Tỷ suất tử vong trẻ em dưới 1 tuổi (‰)", first.indicator());
            assertEquals("Dân tộc thiểu số", first.population());
            assertEquals("Không vượt quá", first.bound());
            assertEquals("25,5", first.value());
            assertEquals(List.of("Tất cả các năm", "2025", "2024"), vm.years().stream()
                    .map(TargetsViewModel.Filter::label).toList());
            vm.year.set(vm.years().get(1));
            assertEquals(2, vm.lines().size());
            vm.place.set(vm.places().stream().filter(p -> p.label().equals("Xã Mường Kim (danh mục 2024)"))
                    .findFirst().orElseThrow());
            assertEquals(1, vm.lines().size());
            assertEquals(Indicator.FULL_IMMUNIZATION, vm.lines().get(0).target().indicator());
        }
    }

    @Test
    void aTargetChangedInPlaceIsTheNextVersionAndABadOneIsRefusedInASentence() throws Exception {
        try (Services centre = TestStation.centre(dir)) {
            centre.targets().importTargets("Nguyễn Thị Thu Hà", new java.io.StringReader(PLAN), "plan.csv");
            TargetsViewModel vm = at(centre, VI);
            int[] changed = {0};
            vm.onChanged(() -> changed[0]++);
            vm.refresh();
            TargetsViewModel.Line coverage = vm.lines().stream()
                    .filter(l -> l.target().indicator() == Indicator.FULL_IMMUNIZATION).findFirst().orElseThrow();
            vm.change(coverage, "97,5");
            assertFalse(vm.failedProperty().get(), vm.messageProperty().get());
            assertEquals("Đã sửa chỉ tiêu Xã Mường Kim, năm 2025, Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ (%), "
                    + "Chung: 97,5. Bộ chỉ tiêu phiên bản 2 đang áp dụng.", vm.messageProperty().get());
            assertEquals(2, centre.targets().version());
            assertEquals(1, changed[0], "the report's verdicts follow");
            assertEquals("97,5", vm.lines().stream().filter(l -> l.target().indicator() == Indicator.FULL_IMMUNIZATION)
                    .findFirst().orElseThrow().value());
            assertEquals(4, vm.lines().size());

            TargetsViewModel.Line now = vm.lines().stream()
                    .filter(l -> l.target().indicator() == Indicator.FULL_IMMUNIZATION).findFirst().orElseThrow();
            vm.change(now, "101");
            assertTrue(vm.failedProperty().get());
            assertEquals("Chỉ tiêu 101 lớn hơn 100 nhưng chỉ số này là tỷ lệ phần trăm. Hãy ghi một số từ 0 đến 100.",
                    vm.messageProperty().get());
            assertEquals(2, centre.targets().version(), "nothing changed");
            assertEquals(1, changed[0]);
        }
    }

    @Test
    void aCentreExportsItsTargetsAndImportsAnEditedFileBack() throws Exception {
        try (Services centre = TestStation.centre(dir.resolve("centre"))) {
            centre.targets().importTargets("Nguyễn Thị Thu Hà", new java.io.StringReader(PLAN), "plan.csv");
            TargetsViewModel vm = at(centre, VI);
            vm.refresh();
            Path file = dir.resolve("chi-tieu.csv");
            vm.exportTo(file);
            assertEquals("Đã xuất bộ chỉ tiêu ra tệp " + file + ".", vm.messageProperty().get());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.startsWith(HEADER) && text.contains("2024,03637,Xã Mường Kim,2024,imr,dtts,max,25.5"), text);
            Files.writeString(file, text.replace("25.5", "24") + "2024,03643,Xã Khoen On,2025,anc4,all,min,90\n",
                    StandardCharsets.UTF_8);
            vm.importFrom(file);
            assertFalse(vm.failedProperty().get(), vm.messageProperty().get());
            assertEquals("Đã nhập tệp chi-tieu.csv: bộ chỉ tiêu phiên bản 2 đang áp dụng. Các trạm sẽ nhận được "
                    + "trong gói phản hồi tới.", vm.messageProperty().get());
            assertEquals(5, vm.lines().size());

            Files.writeString(file, HEADER + "2024,03637,Xã Mường Kim,2024,imr,all,max,abc\n", StandardCharsets.UTF_8);
            vm.importFrom(file);
            assertTrue(vm.failedProperty().get());
            assertTrue(vm.messageProperty().get().startsWith("Dòng 2: chỉ tiêu \"abc\""), vm.messageProperty().get());
            assertEquals(2, centre.targets().version(), "a file with a bad line changes nothing");
            assertEquals(5, vm.lines().size());
        }
    }

    @Test
    void aStationSeesTheTargetsItsCentreSentAndCannotChangeThem() {
        try (Services station = TestStation.station(dir)) {
            TargetsViewModel vm = at(station, Messages.forLanguage("en"));
            vm.refresh();
            assertFalse(vm.editable());
            assertEquals("Targets sent by the centre: version 0, 0 targets.", vm.summaryProperty().get());
        }
    }
}
