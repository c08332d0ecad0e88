package vn.tramyte.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackageCryptoTest {
    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    private static final byte[] CONTENT = "Lò Thị Hoa, Mường Kim".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSealedPackageOpensOnlyForItsReceiverAndOnlyFromTheEnrolledSender() {
        PackageCrypto.Identity station = PackageCrypto.newIdentity("TramYTe station 03637", "TramYTe centre 110", NOW);
        PackageCrypto.Identity centre = PackageCrypto.newIdentity("TramYTe centre 110", "TramYTe centre 110", NOW);
        PackageCrypto.Identity other = PackageCrypto.newIdentity("TramYTe centre 111", "TramYTe centre 111", NOW);
        byte[] sealed = PackageCrypto.sealForReceiver(CONTENT, station, centre.certificate());

        PackageCrypto.Opened opened = PackageCrypto.openFromSender(sealed, centre,
                sid -> PackageCrypto.names(sid, station.certificate()) ? Optional.of(station.certificate()) : Optional.empty());
        assertArrayEquals(CONTENT, opened.content());

        PackageRefusal notOurs = assertThrows(PackageRefusal.class, () -> PackageCrypto.openFromSender(sealed, other,
                sid -> Optional.of(station.certificate())));
        assertEquals(PackageRefusal.Reason.NOT_FOR_US, notOurs.reason());
        PackageRefusal unknown = assertThrows(PackageRefusal.class, () -> PackageCrypto.openFromSender(sealed, centre,
                sid -> Optional.empty()));
        assertEquals(PackageRefusal.Reason.UNKNOWN_SIGNER, unknown.reason());
        PackageRefusal forged = assertThrows(PackageRefusal.class, () -> PackageCrypto.openFromSender(sealed, centre,
                sid -> Optional.of(other.certificate())));
        assertEquals(PackageRefusal.Reason.CHANGED, forged.reason());
    }

    @Test
    void everySingleByteOfASealedPackageMatters() {
        PackageCrypto.Identity station = PackageCrypto.newIdentity("TramYTe station 03637", "TramYTe centre 110", NOW);
        PackageCrypto.Identity centre = PackageCrypto.newIdentity("TramYTe centre 110", "TramYTe centre 110", NOW);
        byte[] sealed = PackageCrypto.sealForReceiver(CONTENT, station, centre.certificate());
        java.util.List<String> accepted = new java.util.ArrayList<>();
        for (int at = 0; at < sealed.length; at++) {
            // 0x20 turns a letter's case and 0x1f a PrintableString into a UTF8String: names compare loosely in
            // X.500, so the receiver's name in the package must match ours byte for byte
            for (int mask : new int[] {0x01, 0x80, 0x5a, 0x20, 0x1f}) {
                byte[] bad = sealed.clone();
                bad[at] ^= (byte) mask;
                try {
                    PackageCrypto.openFromSender(bad, centre, sid -> PackageCrypto.names(sid, station.certificate())
                            ? Optional.of(station.certificate()) : Optional.empty());
                    accepted.add(at + "^" + Integer.toHexString(mask));
                } catch (PackageRefusal expected) {
                    // refused, as it must be, and never mistaken for another receiver's package (which an import skips)
                    if (expected.reason().skipped() || expected.reason() == PackageRefusal.Reason.NOT_FOR_US) {
                        accepted.add(at + "^" + Integer.toHexString(mask) + " taken for another receiver's");
                    }
                }
            }
        }
        assertEquals(java.util.List.of(), accepted, "changed bytes accepted in " + java.util.HexFormat.of().formatHex(sealed));
    }

    @Test
    void anEnrolmentOpensWithItsCodeAndNotWithAnother() {
        PackageCrypto.Identity centre = PackageCrypto.newIdentity("TramYTe centre 110", "TramYTe centre 110", NOW);
        byte[] sealed = PackageCrypto.sealForCode(CONTENT, centre, "1234-5678-9012-3456");
        byte[] signed = PackageCrypto.openWithCode(sealed, "1234 5678 9012 3456");
        assertArrayEquals(CONTENT, PackageCrypto.verify(signed, sid -> Optional.of(centre.certificate())).content());
        assertEquals(PackageRefusal.Reason.WRONG_CODE, assertThrows(PackageRefusal.class,
                () -> PackageCrypto.openWithCode(sealed, "1234-5678-9012-3457")).reason());
    }

    @Test
    void aPrivateKeyIsStoredEncryptedAndComesBackOnlyWithItsPassword() {
        PackageCrypto.Identity station = PackageCrypto.newIdentity("TramYTe station 03637", "TramYTe centre 110", NOW);
        byte[] stored = PackageCrypto.encryptPrivateKey(station.privateKey(), "bí mật".toCharArray(), 1000);
        assertEquals(station.privateKey(), PackageCrypto.decryptPrivateKey(stored, "bí mật".toCharArray()).orElseThrow());
        assertTrue(PackageCrypto.decryptPrivateKey(stored, "sai".toCharArray()).isEmpty());
    }
}
