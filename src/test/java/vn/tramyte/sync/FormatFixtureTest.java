package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestStation;

/**
 * A package of each released format is kept under src/test/resources/fixtures/packages/ with
 * the keys that open it; every later program must still read it (DESIGN.md §5: "an older
 * format is read"). Run with -Dsync.writeFixture=true once to add the current format's.
 */
class FormatFixtureTest {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures/packages");

    @TempDir
    Path dir;

    @Test
    void aPackageOfFormat1IsStillRead() throws Exception {
        Path f = FIXTURES.resolve("format-1");
        try (Services centre = TestStation.centre(dir.resolve("centre"))) {
            PackageCrypto.Identity identity = new PackageCrypto.Identity(
                    PackageCrypto.certificate(pemBytes(f.resolve("centre.crt"))), privateKey(f.resolve("centre.key")));
            byte[] stationCert = pemBytes(f.resolve("station.crt"));
            centre.database().writeVoid("test", tx -> {
                SyncRepository repo = new SyncRepository();
                repo.saveIdentity(tx, PackageCrypto.encoded(identity.certificate()), PackageCrypto.encryptPrivateKey(
                        identity.privateKey(), SecretFile.load(centre.database().dataDir(), true), 1000));
                repo.savePeer(tx, TestStation.MUONG_KIM, Peer.Role.STATION, stationCert);
            });
            ImportOutcome o = centre.sync().importFile(f.resolve("03637-MuongKim-2026-11-22-0001.tyt"));
            assertEquals(ImportOutcome.Status.IMPORTED, o.status(), String.valueOf(o.refusal()));
            assertEquals("[TableReport[table=village, added=1, updated=0, unchanged=0, refused=0], "
                    + "TableReport[table=person, added=2, updated=0, unchanged=0, refused=0], "
                    + "TableReport[table=measurement, added=1, updated=0, unchanged=0, refused=0]]",
                    o.lines().subList(0, 3).toString());
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "sync.writeFixture", matches = "true")
    void writeTheCurrentFormatsFixture() throws Exception {
        Path f = FIXTURES.resolve("format-" + Manifest.FORMAT_VERSION);
        Files.createDirectories(f);
        try (SyncWorld w = SyncWorld.enrolled(dir)) {
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            Path pkg = w.export();
            Files.copy(pkg, f.resolve(pkg.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            PackageCrypto.Identity centre = SyncWorld.identityOf(w.centre);
            Files.writeString(f.resolve("centre.crt"), PackageCrypto.pem(centre.certificate()));
            Files.writeString(f.resolve("centre.key"), "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(centre.privateKey().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            Files.writeString(f.resolve("station.crt"), PackageCrypto.pem(SyncWorld.identityOf(w.station).certificate()));
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
