package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.testing.TestClock;
import vn.tramyte.testing.TestStation;

/**
 * The centre's reference data (DESIGN.md §4–5): the vaccine catalogue and the plan's targets
 * travel to a station in its enrolment and in every feedback, with their versions.
 */
public class SyncReferenceTest {
    static final String CENTRE_USER = "Nguyễn Thị Thu Hà";
    /** A centre's plan targets as a CSV (also in the format fixture). */
    public static final String TARGETS = "code_list,place_code,place_name,year,indicator,population,bound,target\n"
            + "2024,110,Huyện Than Uyên,2024,imr,all,max,23.41\n"
            + "2024,03637,Xã Mường Kim,2024,imr,all,max,23.62\n"
            + "2024,03637,Xã Mường Kim,2024,stunting,dtts,max,27.5\n";

    @TempDir
    Path dir;

    /** The centre's catalogue with BCG allowed up to a new upper age: a visible edit. */
    static void editCatalogue(Services centre, String bcgMaxAgeDays) throws Exception {
        StringWriter out = new StringWriter();
        centre.vaccination().exportCatalogue(out);
        String edited = out.toString().replaceFirst("(?m)^(BCG,BCG,1,child,[^,]*,[^,]*,0,0,0,)\\d+,", "$1" + bcgMaxAgeDays + ",");
        assertTrue(!edited.equals(out.toString()), "the BCG line was edited");
        centre.vaccination().importCatalogue(CENTRE_USER, new StringReader(edited), "danh-muc.csv");
    }

    static Integer bcgMaxAge(Services s) {
        return s.vaccination().catalogue().all().stream().filter(v -> v.code().equals("BCG")).findFirst()
                .orElseThrow().maxAgeDays();
    }

    @Test
    void aStationSetUpFromItsEnrolmentHasTheCentresCatalogueAndTargets() throws Exception {
        try (Services centre = TestStation.centre(dir.resolve("centre"))) {
            centre.targets().importTargets(CENTRE_USER, new StringReader(TARGETS), "chi-tieu.csv");
            editCatalogue(centre, "400");
            SyncService.Enrolment e = centre.sync().enrol(TestStation.MUONG_KIM, dir.resolve("usb"));
            try (Services station = vn.tramyte.testing.TestStation.open(dir.resolve("station"))) {
                station.sync().setUpFromEnrolment(e.file(), e.code(), vn.tramyte.testing.TestStation.admin(TestStation.WORKER));
                assertEquals(centre.targets().targets(), station.targets().targets());
                assertEquals(1, station.targets().version());
                assertEquals(2, station.vaccination().catalogueVersion());
                assertEquals(400, bcgMaxAge(station), "the station's due lists use the centre's catalogue");
                List<TableReport> report = station.sync().received().get(0).lines();
                assertTrue(report.contains(new TableReport("vaccine_catalogue", 0, 15, 0, 0))
                        || report.stream().anyMatch(l -> l.table().equals("vaccine_catalogue") && l.updated() > 0),
                        report.toString());
                assertTrue(report.contains(new TableReport("plan_target", 0, 3, 0, 0)), report.toString());
            }
        }
    }

    @Test
    void feedbackBringsANewCatalogueAndNewTargetsAndSaysSoInTheReport() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            assertEquals(0, w.station.targets().version());
            Integer before = bcgMaxAge(w.station);
            w.centre.targets().importTargets(CENTRE_USER, new StringReader(TARGETS), "chi-tieu.csv");
            editCatalogue(w.centre, "500");
            Path feedback = w.centre.sync().feedback(w.outbox).get(0);
            assertEquals(before, bcgMaxAge(w.station));

            ImportOutcome o = w.station.sync().importFile(feedback);
            assertEquals(ImportOutcome.Status.IMPORTED, o.status(), String.valueOf(o.refusal()));
            assertEquals(500, bcgMaxAge(w.station));
            assertEquals(2, w.station.vaccination().catalogueVersion());
            assertEquals(w.centre.targets().targets(), w.station.targets().targets());
            assertTrue(o.lines().contains(new TableReport("plan_target", 0, 3, 0, 0)), o.lines().toString());
            assertEquals(List.of(new OwnSyncStatus.ReferenceVersion("vaccine_catalogue", 2),
                    new OwnSyncStatus.ReferenceVersion("plan_target", 1)), w.station.sync().ownStatus().reference());

            // nothing new at the centre's side: the next feedback keeps what the station has
            editCatalogue(w.centre, "600");
            Path second = w.centre.sync().feedback(w.outbox).get(0);
            ImportOutcome o2 = w.station.sync().importFile(second);
            assertEquals(ImportOutcome.Status.IMPORTED, o2.status(), String.valueOf(o2.refusal()));
            assertEquals(600, bcgMaxAge(w.station));
            assertTrue(o2.lines().contains(new TableReport("plan_target", 0, 0, 1, 0)), o2.lines().toString());
            assertEquals(1, w.station.targets().version());

            // the first feedback again, after the second: already received, the newer catalogue stays
            assertEquals(ImportOutcome.Status.ALREADY_RECEIVED, w.station.sync().importFile(feedback).status());
            assertEquals(600, bcgMaxAge(w.station));
            assertEquals(3, w.station.vaccination().catalogueVersion());
        }
    }

    @Test
    void aFeedbackWhoseCatalogueBreaksARuleIsRefusedAndTheStationIsUnchanged() throws Exception {
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            StringWriter out = new StringWriter();
            w.centre.vaccination().exportCatalogue(out);
            String[] lines = out.toString().split("\n");
            byte[] broken = (out + lines[2] + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8); // BCG twice
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("vaccine_catalogue.csv", broken);
            Manifest m = new Manifest(Manifest.FORMAT_VERSION, UUID.randomUUID(), PackageKind.FEEDBACK, SyncWorld.CENTRE,
                    TestStation.MUONG_KIM, 9, OffsetDateTime.parse("2026-11-22T10:00:00+07:00"), "0.1.0", "7", 0, 1000,
                    0, List.of(), List.of(new Manifest.ReferenceEntry("vaccine_catalogue", "vaccine_catalogue.csv", 9)),
                    Map.of());
            Path file = dir.resolve("110-03637-feedback-crafted.tyt");
            Files.write(file, PackageCrypto.sealForReceiver(PackageZip.write(m, entries), SyncWorld.identityOf(w.centre),
                    SyncWorld.identityOf(w.station).certificate()));
            var before = SyncWorld.snapshot(w.station);
            ImportOutcome o = w.station.sync().importFile(file);
            assertEquals(ImportOutcome.Status.REFUSED, o.status());
            assertEquals(PackageRefusal.Reason.BAD_REFERENCE, o.refusal().reason());
            assertTrue(o.refusal().describe(Messages.forLanguage("vi")).contains("Không có gì thay đổi"),
                    o.refusal().describe(Messages.forLanguage("vi")));
            assertEquals(before, SyncWorld.snapshot(w.station));
            assertEquals(1, w.station.vaccination().catalogueVersion());
        }
    }
}
