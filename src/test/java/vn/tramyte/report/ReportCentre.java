package vn.tramyte.report;

import java.io.StringReader;
import java.nio.file.Path;
import vn.tramyte.app.Services;
import vn.tramyte.sync.SyncService;
import vn.tramyte.testing.TestStation;

/**
 * A Than Uyên centre (12 communes of 2024) that has received Mường Kim's package holding
 * ReportFixture's registers, and holds a few targets of its plan; the other eleven stations have
 * sent nothing yet.
 */
public final class ReportCentre {
    public static final String TARGETS = "code_list,place_code,place_name,year,indicator,population,bound,target\n"
            + "2024,03637,Xã Mường Kim,2025,imr,all,max,20\n"
            + "2024,03637,Xã Mường Kim,2025,anc3,all,min,80\n"
            + "2024,03637,Xã Mường Kim,2025,skilled_birth,all,min,70\n"
            + "2024,03637,Xã Mường Kim,2024,imr,all,max,22\n"
            + "2024,110,Huyện Than Uyên,2025,imr,all,max,15\n";

    private ReportCentre() {
    }

    /** Makes the centre's data folder at {@code dir/centre} (closed again) and returns it. */
    public static Path make(Path dir) throws Exception {
        Path centre = dir.resolve("centre");
        try (Services c = TestStation.centre(centre)) {
            SyncService.Enrolment e = c.sync().enrol(TestStation.MUONG_KIM, dir.resolve("enrol"));
            Path pkg;
            try (Services muongKim = TestStation.open(dir.resolve("muongkim"))) {
                muongKim.sync().setUpFromEnrolment(e.file(), e.code(), vn.tramyte.testing.TestStation.admin(TestStation.WORKER));
                ReportFixture.importInto(muongKim, dir.resolve("registers"));
                pkg = muongKim.sync().export(dir.resolve("usb"));
            }
            c.sync().importFile(pkg);
            c.targets().importTargets("Nguyễn Thị Thu Hà", new StringReader(TARGETS), "chi-tieu.csv");
        }
        return centre;
    }
}
