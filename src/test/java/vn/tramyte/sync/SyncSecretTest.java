package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestStation;

/** The sync private key is protected by the database key, not by a file beside the database (decision 0013). */
class SyncSecretTest {

    @Test
    void aNewCentreKeepsNoSecretFileBesideItsDatabase(@TempDir Path dir) {
        String pem;
        try (Services centre = TestStation.centre(dir)) {
            pem = centre.sync().certificatePem();
        }
        assertFalse(Files.exists(dir.resolve(SecretFile.NAME)));
        try (Services centre = TestStation.open(dir)) {
            assertEquals(pem, centre.sync().certificatePem(), "the same key pair, opened with the derived secret");
            assertTrue(SyncWorld.identityOf(centre).privateKey() != null);
        }
    }

    @Test
    void anEarlierVersionsSecretFileIsReplacedByTheDatabaseKeyAndRemoved(@TempDir Path dir) throws Exception {
        String secret = "c2VjcmV0LW9mLWFuLWVhcmxpZXItdmVyc2lvbi0xMjM0NTY=";
        String pem;
        try (Services centre = TestStation.centre(dir)) {
            pem = centre.sync().certificatePem();
            PackageCrypto.Identity identity = SyncWorld.identityOf(centre);
            // as an earlier version left it: the private key under the secret of sync-secret.key
            centre.database().writeVoid("test", tx -> new SyncRepository().saveIdentity(tx,
                    PackageCrypto.encoded(identity.certificate()), PackageCrypto.encryptPrivateKey(identity.privateKey(),
                            secret.toCharArray(), 1000)));
        }
        Files.writeString(dir.resolve(SecretFile.NAME), secret + "\n", StandardCharsets.US_ASCII);

        try (Services centre = TestStation.open(dir)) {
            assertFalse(Files.exists(dir.resolve(SecretFile.NAME)), "the file beside the database is gone");
            assertEquals(pem, centre.sync().certificatePem());
            PackageCrypto.Identity identity = SyncWorld.identityOf(centre);
            assertTrue(identity.privateKey() != null, "the private key opens with the database key's secret");
            SyncRepository.StoredIdentity stored = centre.database().read(tx -> new SyncRepository().identity(tx))
                    .orElseThrow();
            assertTrue(PackageCrypto.decryptPrivateKey(stored.encryptedKey(), secret.toCharArray()).isEmpty(),
                    "the old secret opens it no more");
        }
    }
}
