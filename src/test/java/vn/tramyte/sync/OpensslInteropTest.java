package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package is standard CMS: openssl decrypts it with the centre's key and verifies the
 * station's signature (the commands of docs/sync-package-format.md). Skipped without openssl.
 */
class OpensslInteropTest {
    @TempDir
    Path dir;

    @Test
    void opensslDecryptsAndVerifiesADataPackage() throws Exception {
        assumeTrue(run(List.of("openssl", "version")) == 0, "openssl not installed");
        Instant now = Instant.parse("2026-11-22T03:00:00Z");
        PackageCrypto.Identity station = PackageCrypto.newIdentity("TramYTe station 03637", "TramYTe centre 110", now);
        PackageCrypto.Identity centre = PackageCrypto.newIdentity("TramYTe centre 110", "TramYTe centre 110", now);
        byte[] content = "manifest and rows".getBytes();
        Files.write(dir.resolve("p.tyt"), PackageCrypto.sealForReceiver(content, station, centre.certificate()));
        Files.writeString(dir.resolve("centre.crt"), PackageCrypto.pem(centre.certificate()));
        Files.writeString(dir.resolve("station.crt"), PackageCrypto.pem(station.certificate()));
        Files.writeString(dir.resolve("centre.key"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(centre.privateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");

        assertEquals(0, run(List.of("openssl", "cms", "-decrypt", "-inform", "DER", "-in", "p.tyt",
                "-recip", "centre.crt", "-inkey", "centre.key", "-out", "signed.der")));
        assertEquals(0, run(List.of("openssl", "cms", "-verify", "-inform", "DER", "-in", "signed.der",
                "-certfile", "station.crt", "-CAfile", "station.crt", "-out", "content.bin")));
        assertArrayEquals(content, Files.readAllBytes(dir.resolve("content.bin")));

        byte[] changed = Files.readAllBytes(dir.resolve("p.tyt"));
        changed[changed.length - 40] ^= 1;
        Files.write(dir.resolve("changed.tyt"), changed);
        assertEquals(true, run(List.of("openssl", "cms", "-decrypt", "-inform", "DER", "-in", "changed.tyt",
                "-recip", "centre.crt", "-inkey", "centre.key", "-out", "x.der")) != 0, "openssl refuses a changed byte");
    }

    @Test
    void opensslOpensAnEnrolmentWithItsCode() throws Exception {
        assumeTrue(run(List.of("openssl", "version")) == 0, "openssl not installed");
        PackageCrypto.Identity centre = PackageCrypto.newIdentity("TramYTe centre 110", "TramYTe centre 110",
                Instant.parse("2026-11-22T03:00:00Z"));
        Files.write(dir.resolve("e.tyt"), PackageCrypto.sealForCode("enrolment".getBytes(), centre, "1234-5678-9012-3456"));
        Files.writeString(dir.resolve("centre.crt"), PackageCrypto.pem(centre.certificate()));
        assertEquals(0, run(List.of("openssl", "cms", "-decrypt", "-inform", "DER", "-in", "e.tyt",
                "-pwri_password", "1234567890123456", "-out", "signed.der")));
        assertEquals(0, run(List.of("openssl", "cms", "-verify", "-inform", "DER", "-in", "signed.der",
                "-certfile", "centre.crt", "-CAfile", "centre.crt", "-out", "content.bin")));
        assertArrayEquals("enrolment".getBytes(), Files.readAllBytes(dir.resolve("content.bin")));
    }

    private int run(List<String> command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("openssl.log").toFile()).start();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
