package vn.tramyte.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.DateText;
import vn.tramyte.place.Mode;
import vn.tramyte.sync.OwnSyncStatus;
import vn.tramyte.sync.StationSyncStatus;

/**
 * {@code tramyte sync-status}: at a centre one line per station, at the province one per centre (without an
 * acknowledgement: the province sends nothing back, decision 0016), at a station what waits to be sent.
 */
@Command(name = "sync-status", mixinStandardHelpOptions = true)
public final class SyncStatusCommand extends GlobalCommand {
    @Override
    public Integer call() {
        Messages m = global.messages();
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = global.open()) {
            boolean centre = services.places().installation().map(i -> i.mode().supervises()).orElse(false);
            boolean province = services.places().installation().map(i -> i.mode() == Mode.PROVINCE).orElse(false);
            if (province) {
                for (StationSyncStatus s : services.sync().stationStatus()) {
                    out.println(s.enrolled() ? m.format("sync.status.centre", s.stationCode(), s.stationName(),
                            s.lastReceivedOn() == null ? "–" : DateText.show(s.lastReceivedOn(), false),
                            s.lastPackageNo(), String.valueOf(s.receivedSeq()),
                            s.daysSinceContact() == null ? "–" : String.valueOf(s.daysSinceContact()),
                            s.gaps().isEmpty() ? "–" : String.join(", ", s.gaps()),
                            s.stale() ? m.get("sync.status.stale") : "")
                            : m.format("sync.status.notEnrolled", s.stationCode(), s.stationName()));
                }
            } else if (centre) {
                for (StationSyncStatus s : services.sync().stationStatus()) {
                    if (!s.enrolled()) {
                        out.println(m.format("sync.status.notEnrolled", s.stationCode(), s.stationName()));
                        continue;
                    }
                    out.println(m.format("sync.status.station", s.stationCode(), s.stationName(),
                            s.lastReceivedOn() == null ? "–" : DateText.show(s.lastReceivedOn(), false),
                            s.lastPackageNo(), String.valueOf(s.receivedSeq()), String.valueOf(s.lastAckSent()),
                            s.daysSinceContact() == null ? "–" : String.valueOf(s.daysSinceContact()),
                            s.gaps().isEmpty() ? "–" : String.join(", ", s.gaps()),
                            s.stale() ? m.get("sync.status.stale") : ""));
                }
            } else {
                OwnSyncStatus s = services.sync().ownStatus();
                out.println(s.enrolled()
                        ? m.format("sync.status.own", s.centreCode(), s.waitingRows(), String.valueOf(s.acknowledged()),
                            s.lastPackageNo(),
                            s.lastExportOn() == null ? "–" : DateText.show(s.lastExportOn(), false),
                            s.lastFeedbackOn() == null ? "–" : DateText.show(s.lastFeedbackOn(), false))
                        : m.get("sync.status.ownNotEnrolled"));
                for (OwnSyncStatus.ReferenceVersion r : s.reference()) {
                    out.println(m.format("sync.ui.referenceVersion", services.sync().tables().label(r.name(), m),
                            String.valueOf(r.version())));
                }
            }
        }
        return Cli.OK;
    }
}
