package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestStation;

/**
 * A package of each released format is kept under src/test/resources/fixtures/packages/ with
 * the keys that open it; every later program must still read it (DESIGN.md §5: "an older
 * format is read"). {@link vn.tramyte.bench.FormatFixtureWriter} adds the current format's.
 */
class FormatFixtureTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures/packages");

    @TempDir
    Path dir;

    @Test
    void aPackageOfFormat1IsStillRead() throws Exception {
        assertDataPackageRead(FIXTURES.resolve("format-1"));
    }

    @Test
    void aDataPackageOfFormat2IsStillRead() throws Exception {
        assertDataPackageRead(FIXTURES.resolve("format-2"));
    }

    private void assertDataPackageRead(Path f) throws Exception {
        try (Services centre = TestStation.centre(dir.resolve("centre"))) {
            install(centre, f, "centre", TestStation.MUONG_KIM, Peer.Role.STATION, "station");
            ImportOutcome o = centre.sync().importFile(fileOf(f, "03637-MuongKim-2026"));
            assertEquals(ImportOutcome.Status.IMPORTED, o.status(), String.valueOf(o.refusal()));
            assertEquals("[TableReport[table=village, added=1, updated=0, unchanged=0, refused=0], "
                    + "TableReport[table=person, added=2, updated=0, unchanged=0, refused=0], "
                    + "TableReport[table=measurement, added=1, updated=0, unchanged=0, refused=0]]",
                    o.lines().subList(0, 3).toString());
        }
    }

    @Test
    void aFeedbackOfFormat2WithTheCentresReferenceDataIsStillRead() throws Exception {
        Path f = FIXTURES.resolve("format-2");
        try (Services station = TestStation.station(dir.resolve("station"))) {
            install(station, f, "station", SyncWorld.CENTRE, Peer.Role.CENTRE, "centre");
            ImportOutcome o = station.sync().importFile(fileOf(f, "110-03637-feedback-"));
            assertEquals(ImportOutcome.Status.IMPORTED, o.status(), String.valueOf(o.refusal()));
            assertEquals(3, station.targets().targets().size());
            assertEquals(1, station.targets().version());
            assertEquals(new TableReport("plan_target", 0, 3, 0, 0), o.lines().get(o.lines().size() - 1));
        }
    }

    /** Gives an installation the fixture's key pair (own.crt, own.key) and enrols the peer's certificate. */
    private static void install(Services s, Path f, String own, String peerCode, Peer.Role peerRole, String peer)
            throws Exception {
        PackageCrypto.Identity identity = new PackageCrypto.Identity(
                PackageCrypto.certificate(pemBytes(f.resolve(own + ".crt"))), privateKey(f.resolve(own + ".key")));
        byte[] peerCert = pemBytes(f.resolve(peer + ".crt"));
        s.database().writeVoid("test", tx -> {
            SyncRepository repo = new SyncRepository();
            repo.saveIdentity(tx, PackageCrypto.encoded(identity.certificate()), PackageCrypto.encryptPrivateKey(
                    identity.privateKey(), SyncSecret.of(s.database()), 1000));
            repo.savePeer(tx, peerCode, peerRole, peerCert);
        });
    }

    private static Path fileOf(Path folder, String prefix) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    private static byte[] pemBytes(Path file) throws Exception {
        String text = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }

    private static PrivateKey privateKey(Path file) throws Exception {
        return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pemBytes(file)));
    }
}
