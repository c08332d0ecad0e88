package vn.tramyte.bench;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.util.Base64;
import vn.tramyte.sync.Manifest;
import vn.tramyte.sync.PackageCrypto;
import vn.tramyte.sync.SyncReferenceTest;
import vn.tramyte.sync.SyncWorld;

/**
 * Writes the sync package fixture of the current format (run once per released format, then
 * commit it under src/test/resources/fixtures/packages/format-N, which FormatFixtureTest reads
 * from then on): a station's data package, the centre's feedback with its reference data, and
 * the keys that open them. A tool, not a test (it asserts nothing), so it sits beside the
 * benchmarks: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.tramyte.bench.FormatFixtureWriter}.
 */
public final class FormatFixtureWriter {
    private FormatFixtureWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of("src/test/resources/fixtures/packages/format-" + Manifest.FORMAT_VERSION);
        write(folder);
        System.out.println("fixture: " + folder);
        // H2's threads must not keep exec:java waiting
        System.exit(0);
    }

    static void write(Path folder) throws Exception {
        Files.createDirectories(folder);
        Path work = Files.createTempDirectory("format-fixture");
        try (SyncWorld w = SyncWorld.enrolled(work)) {
            w.addFamily(w.station, "Lò Thị Hoa", "Lò Văn Khánh");
            Path pkg = w.export();
            Files.copy(pkg, folder.resolve(pkg.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            // since format 2: a feedback with the centre's reference data, and the station's key to open it
            w.centre.sync().importFile(pkg);
            w.centre.targets().importTargets("Nguyễn Thị Thu Hà", new StringReader(SyncReferenceTest.TARGETS),
                    "chi-tieu.csv");
            Path feedback = w.centre.sync().feedback(w.outbox).get(0);
            Files.copy(feedback, folder.resolve(feedback.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            PackageCrypto.Identity station = SyncWorld.identityOf(w.station);
            PackageCrypto.Identity centre = SyncWorld.identityOf(w.centre);
            Files.writeString(folder.resolve("station.key"), pemKey(station.privateKey()));
            Files.writeString(folder.resolve("centre.crt"), PackageCrypto.pem(centre.certificate()));
            Files.writeString(folder.resolve("centre.key"), pemKey(centre.privateKey()));
            Files.writeString(folder.resolve("station.crt"), PackageCrypto.pem(station.certificate()));
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String pemKey(PrivateKey key) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }
}
