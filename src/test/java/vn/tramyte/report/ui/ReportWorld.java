package vn.tramyte.report.ui;

import java.nio.file.Path;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.TaskRunner;
import vn.tramyte.report.ReportCentre;
import vn.tramyte.report.ReportFixture;
import vn.tramyte.testing.TestStation;

/**
 * What the report view models' tests share (issue 17): a station holding ReportFixture's registers
 * and a centre holding Mường Kim's package, and the Reports table's view model over either.
 */
final class ReportWorld implements AutoCloseable {
    final Services station;
    final Services centre;

    private ReportWorld(Services station, Services centre) {
        this.station = station;
        this.centre = centre;
    }

    static ReportWorld make(Path dir) throws Exception {
        Services station = TestStation.station(dir.resolve("station"));
        ReportFixture.importInto(station, dir.resolve("registers"));
        return new ReportWorld(station, TestStation.open(ReportCentre.make(dir.resolve("world"))));
    }

    /** The Reports table's view model of this installation, in these words. */
    static ReportTableViewModel table(Services s, Messages m) {
        return new ReportTableViewModel(s.reports(), s.reportFiles(), s.places(), s.setup().installation().orElseThrow(),
                TaskRunner.synchronous(), m);
    }

    @Override
    public void close() {
        station.close();
        centre.close();
    }
}
