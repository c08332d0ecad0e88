package vn.tramyte.sync.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.person.PersonRow;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;
import vn.tramyte.testing.TestClock;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.common.Messages;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.sync.StationSyncStatus;
import vn.tramyte.sync.SyncService;
import vn.tramyte.testing.TestPeople;
import vn.tramyte.testing.TestStation;

class SyncViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theStationExportsAndTheCentreImportsAFolderAndShowsTheStationsLine() throws Exception {
        try (Services centre = TestStation.centre(dir.resolve("c")); Services station = TestStation.station(dir.resolve("s"))) {
            SyncService.Enrolment e = centre.sync().enrol(TestStation.MUONG_KIM, dir.resolve("e"));
            station.sync().setUpFromEnrolment(e.file(), e.code(), null);
            station.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft());
            Messages vi = Messages.forLanguage("vi");

            SyncViewModel atStation = new SyncViewModel(station.sync(), station.people(), station.places(), TaskRunner.synchronous(), vi, false);
            atStation.refresh();
            assertTrue(atStation.summaryProperty().get().contains("Bản ghi chờ gửi: 1"), atStation.summaryProperty().get());
            atStation.exportTo(dir.resolve("usb"));
            assertFalse(atStation.failedProperty().get(), atStation.resultProperty().get());
            assertTrue(atStation.resultProperty().get().startsWith("Đã xuất gói"), atStation.resultProperty().get());

            Files.writeString(dir.resolve("usb").resolve("ghi-chu.tyt"), "không phải gói");
            SyncViewModel atCentre = new SyncViewModel(centre.sync(), centre.people(), centre.places(), TaskRunner.synchronous(), vi, true);
            atCentre.importPaths(List.of(dir.resolve("usb")));
            assertTrue(atCentre.failedProperty().get(), "one file of the folder was refused");
            assertTrue(atCentre.resultProperty().get().contains("đã nhập gói số 1 của 03637"), atCentre.resultProperty().get());
            assertTrue(atCentre.resultProperty().get().contains("ghi-chu.tyt: không nhập"), atCentre.resultProperty().get());
            StationSyncStatus line = atCentre.stations().stream()
                    .filter(s -> s.stationCode().equals(TestStation.MUONG_KIM)).findFirst().orElseThrow();
            assertEquals(1, line.lastPackageNo());
            assertEquals(1, atCentre.received().size());
            assertEquals(12, atCentre.stations().size(), "every station of Than Uyên, enrolled or not");
        }
    }

    @Test
    void aStationSetUpWithoutEnrolmentIsOfferedToEnrolAndKeepsItsRecords() {
        try (Services centre = TestStation.centre(dir.resolve("c")); Services station = TestStation.station(dir.resolve("s"))) {
            station.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft());
            SyncViewModel vm = new SyncViewModel(station.sync(), station.people(), station.places(),
                    TaskRunner.synchronous(), Messages.forLanguage("vi"), false);
            vm.refresh();
            assertTrue(vm.notEnrolledProperty().get());

            vm.enrol();
            assertTrue(vm.failedProperty().get());
            assertEquals("Tệp đăng ký: chưa chọn. Hãy chọn tệp .tyt do trung tâm gửi.", vm.resultProperty().get());

            SyncService.Enrolment e = centre.sync().enrol(TestStation.MUONG_KIM, dir.resolve("e"));
            vm.enrolmentFileProperty().set(e.file());
            vm.enrolmentCodeProperty().set("1234");
            vm.enrol();
            assertEquals("Mã đăng ký: cần đủ 16 chữ số. Hãy nhập mã trung tâm đọc qua điện thoại.", vm.resultProperty().get());
            assertTrue(vm.notEnrolledProperty().get());

            vm.enrolmentCodeProperty().set(e.code());
            vm.enrol();
            assertFalse(vm.failedProperty().get(), vm.resultProperty().get());
            assertEquals("Đã đăng ký đồng bộ với trung tâm 110. Hồ sơ của trạm được giữ nguyên; gói gửi trung tâm tiếp theo "
                    + "sẽ mang 1 bản ghi.", vm.resultProperty().get());
            assertFalse(vm.notEnrolledProperty().get());
            assertEquals(1, station.people().all().size());
        }
    }

    private static final String TA_GIA = "03640";

    /** The Than Uyên centre with Mường Kim (a mother and her son exported and imported) and Tà Gia enrolled. */
    private Services[] centreWithTwoStations() {
        Services centre = TestStation.centre(dir.resolve("c"));
        Services station = TestStation.station(dir.resolve("s"));
        SyncService.Enrolment e = centre.sync().enrol(TestStation.MUONG_KIM, dir.resolve("e"));
        station.sync().setUpFromEnrolment(e.file(), e.code(), null);
        Services taGia = vn.tramyte.testing.TestStation.open(dir.resolve("t"));
        taGia.setup().setUp(Mode.STATION, CodeList.Y2024, TA_GIA, vn.tramyte.testing.TestStation.admin("Lường Thị Xuân"));
        centre.sync().enrol(TA_GIA, dir.resolve("e2"));
        var mother = station.people().save(TestStation.WORKER, TestPeople.hoa().born(1996, 3, 8).draft());
        station.people().save(TestStation.WORKER, new PersonDraft(null, "Lò Văn Khánh", Sex.MALE,
                LocalDate.of(2025, 6, 1), false, "03", null, mother, null, null, null));
        centre.sync().importFile(station.sync().export(dir.resolve("usb")));
        return new Services[] {centre, station, taGia};
    }

    @Test
    void importReportLinesNameTheTablesAsHealthWorkersKnowThem() {
        Services[] s = centreWithTwoStations();
        try (Services centre = s[0]; Services station = s[1]; Services taGia = s[2]) {
            SyncViewModel vi = new SyncViewModel(centre.sync(), centre.people(), centre.places(),
                    TaskRunner.synchronous(), Messages.forLanguage("vi"), true);
            vi.refresh();
            var lines = vi.received().get(0).lines();
            assertEquals("Người dân: mới 2, cập nhật 0, không đổi 0, từ chối 0",
                    vi.line(lines.stream().filter(l -> l.table().equals("person")).findFirst().orElseThrow()));
            assertEquals("Khám thai: mới 0, cập nhật 0, không đổi 0, từ chối 0",
                    vi.line(lines.stream().filter(l -> l.table().equals("anc_visit")).findFirst().orElseThrow()));
            SyncViewModel en = new SyncViewModel(centre.sync(), centre.people(), centre.places(),
                    TaskRunner.synchronous(), Messages.forLanguage("en"), true);
            assertEquals("Measurements: new 1, updated 2, unchanged 3, refused 4",
                    en.line(new vn.tramyte.sync.TableReport("measurement", 1, 2, 3, 4)));
            assertEquals("growth_velocity: new 1, updated 0, unchanged 0, refused 0",
                    en.line(new vn.tramyte.sync.TableReport("growth_velocity", 1, 0, 0, 0)), "a newer program's table");
        }
    }

    @Test
    void theChosenPackagesReportIsSavedAsAPdfUnderItsOfferedName() throws Exception {
        Services[] s = centreWithTwoStations();
        try (Services centre = s[0]; Services station = s[1]; Services taGia = s[2]) {
            SyncViewModel vm = new SyncViewModel(centre.sync(), centre.people(), centre.places(),
                    TaskRunner.synchronous(), Messages.forLanguage("vi"), true);
            vm.refresh();
            assertEquals("", vm.reportFileName());
            vm.selectedPackageProperty().set(vm.received().get(0));
            assertEquals("bao-cao-nhan-03637-0001.pdf", vm.reportFileName());
            Path pdf = dir.resolve("in").resolve(vm.reportFileName());
            Files.createDirectories(pdf.getParent());
            vm.printReport(pdf);
            assertFalse(vm.failedProperty().get(), vm.resultProperty().get());
            assertEquals("Đã lưu báo cáo nhận gói: " + pdf, vm.resultProperty().get());
            assertTrue(Files.size(pdf) > 1000);
        }
    }

    @Test
    void aMotherIsMovedWithHerSonToAnotherEnrolledStationAfterTheConfirmationSaysSo() {
        Services[] s = centreWithTwoStations();
        try (Services centre = s[0]; Services station = s[1]; Services taGia = s[2]) {
            SyncViewModel vm = new SyncViewModel(centre.sync(), centre.people(), centre.places(),
                    TaskRunner.synchronous(), Messages.forLanguage("vi"), true);
            vm.refresh();
            vm.transferTab().transferQueryProperty().set("lo thi hoa");
            vm.transferTab().searchPeople();
            assertEquals(List.of("Lò Thị Hoa"), vm.transferTab().found().stream().map(PersonRow::fullName).toList());
            PersonRow hoa = vm.transferTab().found().get(0);
            assertEquals("03637 Mường Kim", vm.stationLabel(hoa.stationCode()));
            vm.transferTab().transferPersonProperty().set(hoa);
            assertEquals(List.of(TA_GIA), vm.transferTab().transferTargets().stream().map(StationSyncStatus::stationCode).toList(),
                    "only enrolled stations, not her own");
            assertEquals("", vm.transferTab().transferConfirmationProperty().get(), "no station chosen yet");
            vm.transferTab().transferTargetProperty().set(vm.transferTab().transferTargets().get(0));
            assertEquals("Chuyển Lò Thị Hoa (sinh 08/03/1996) từ trạm 03637 Mường Kim sang trạm 03640 Tà Gia, cùng "
                    + "toàn bộ hồ sơ (cân đo, tiêm chủng, thai kỳ, tử vong). Các con đi cùng mẹ (1): Lò Văn Khánh. "
                    + "Trạm mới nhận hồ sơ trong gói phản hồi tiếp theo.", vm.transferTab().transferConfirmationProperty().get());

            int[] told = {0};
            vm.onPeopleMoved(() -> told[0]++);
            vm.transferTab().transfer();
            assertFalse(vm.transferTab().transferFailedProperty().get(), vm.transferTab().transferResultProperty().get());
            assertEquals(1, told[0], "the other pages are told people moved");
            assertEquals("Đã chuyển Lò Thị Hoa và 1 con sang trạm 03640 Tà Gia. Hãy tạo gói phản hồi để trạm mới "
                    + "nhận hồ sơ.", vm.transferTab().transferResultProperty().get());
            assertEquals(List.of("Lò Thị Hoa 03640", "Lò Văn Khánh 03640"), vm.transferTab().found().stream()
                    .map(p -> p.fullName() + " " + p.stationCode()).toList(), "the list shows them at their new station");
            assertTrue(centre.people().all().stream().allMatch(p -> p.stationCode().equals(TA_GIA)), "her son too");
            assertEquals("", vm.transferTab().transferConfirmationProperty().get());
        }
    }

    @Test
    void aChildAloneIsRefusedWithTheServicesSentence() {
        Services[] s = centreWithTwoStations();
        try (Services centre = s[0]; Services station = s[1]; Services taGia = s[2]) {
            SyncViewModel vm = new SyncViewModel(centre.sync(), centre.people(), centre.places(),
                    TaskRunner.synchronous(), Messages.forLanguage("en"), true);
            vm.refresh();
            vm.transferTab().transferQueryProperty().set("Khánh");
            vm.transferTab().searchPeople();
            vm.transferTab().transferPersonProperty().set(vm.transferTab().found().get(0));
            vm.transferTab().transferTargetProperty().set(vm.transferTab().transferTargets().get(0));
            vm.transferTab().transfer();
            assertTrue(vm.transferTab().transferFailedProperty().get());
            assertEquals(Messages.forLanguage("en").get("sync.error.moveTheMother"), vm.transferTab().transferResultProperty().get());
            assertEquals(TestStation.MUONG_KIM, centre.people().search("Khánh").get(0).stationCode(), "nothing moved");
        }
    }

    @Test
    void atAStationTheCentresFeedbackReportIsPrintedWithTheCentresName() throws Exception {
        Services[] s = centreWithTwoStations();
        try (Services centre = s[0]; Services station = s[1]; Services taGia = s[2]) {
            Path back = centre.sync().feedback(dir.resolve("back")).stream()
                    .filter(f -> f.getFileName().toString().contains("-" + TestStation.MUONG_KIM + "-")).findFirst()
                    .orElseThrow();
            SyncViewModel vm = new SyncViewModel(station.sync(), station.people(), station.places(),
                    TaskRunner.synchronous(), Messages.forLanguage("vi"), false);
            vm.importPaths(List.of(back));
            assertFalse(vm.failedProperty().get(), vm.resultProperty().get());
            vm.selectedPackageProperty().set(vm.received().get(0));
            assertEquals("bao-cao-nhan-110-0001.pdf", vm.reportFileName());
            Path pdf = dir.resolve(vm.reportFileName());
            vm.printReport(pdf);
            assertFalse(vm.failedProperty().get(), vm.resultProperty().get());
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(
                    Files.readAllBytes(pdf))).getTextFromPage(1);
            assertTrue(text.contains("Gói phản hồi của trung tâm"), text);
            assertTrue(text.contains("110 Huyện Than Uyên"), text);
        }
    }
}
