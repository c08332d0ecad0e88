package vn.tramyte.sync;

import java.io.IOException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;

/**
 * The strict reading of a package's outer structure (docs/decisions/0003): exactly as long as
 * its first DER element says, canonical DER, the fields no key or tag covers at their only
 * valid values. Whatever fails here is refused before any key is used.
 */
final class StrictDer {
    private StrictDer() {
    }

    static CMSAuthEnvelopedData envelope(byte[] file) {
        exactLength(file);
        try {
            ContentInfo info = ContentInfo.getInstance(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(file));
            ASN1ObjectIdentifier type = info.getContentType();
            if (!CMSObjectIdentifiers.authEnvelopedData.equals(type)) {
                throw new PackageRefusal(PackageRefusal.Reason.NOT_A_PACKAGE);
            }
            strict(info, file);
            return new CMSAuthEnvelopedData(info);
        } catch (PackageRefusal e) {
            throw e;
        } catch (Exception e) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED).because(e);
        }
    }

    /**
     * The few fields of the envelope that no key or tag covers (version numbers, the inner
     * content type) must hold their only valid values, and the encoding must be canonical
     * DER: so no changed byte anywhere in a package goes unnoticed.
     */
    private static void strict(ContentInfo info, byte[] file) throws IOException {
        org.bouncycastle.asn1.cms.AuthEnvelopedData data =
                org.bouncycastle.asn1.cms.AuthEnvelopedData.getInstance(info.getContent());
        boolean ok = data.getVersion().hasValue(0) && data.getOriginatorInfo() == null
                && data.getAuthAttrs() == null && data.getUnauthAttrs() == null
                && CMSObjectIdentifiers.data.equals(data.getAuthEncryptedContentInfo().getContentType())
                && data.getRecipientInfos().size() == 1;
        if (!ok) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
        }
        // rebuilt from the values that matter, with the fixed values where a library would not look
        var recipient = org.bouncycastle.asn1.cms.RecipientInfo.getInstance(data.getRecipientInfos().getObjectAt(0));
        org.bouncycastle.asn1.cms.RecipientInfo rebuiltRecipient;
        if (recipient.getInfo() instanceof org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo kari) {
            var originator = kari.getOriginator().getOriginatorKey();
            var wrap = kari.getKeyEncryptionAlgorithm();
            if (!kari.getVersion().hasValue(3) || kari.getUserKeyingMaterial() != null || originator == null
                    || !CMSAlgorithm.ECDH_SHA256KDF.equals(wrap.getAlgorithm())
                    || !CMSAlgorithm.AES256_WRAP.equals(org.bouncycastle.asn1.x509.AlgorithmIdentifier
                            .getInstance(wrap.getParameters()).getAlgorithm())) {
                throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
            }
            var p256 = new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                    org.bouncycastle.asn1.x9.X9ObjectIdentifiers.id_ecPublicKey,
                    org.bouncycastle.asn1.sec.SECObjectIdentifiers.secp256r1);
            rebuiltRecipient = new org.bouncycastle.asn1.cms.RecipientInfo(new org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo(
                    new org.bouncycastle.asn1.cms.OriginatorIdentifierOrKey(new org.bouncycastle.asn1.cms.OriginatorPublicKey(
                            p256, originator.getPublicKey().getOctets())),
                    null, new org.bouncycastle.asn1.x509.AlgorithmIdentifier(CMSAlgorithm.ECDH_SHA256KDF,
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(CMSAlgorithm.AES256_WRAP)),
                    kari.getRecipientEncryptedKeys()));
        } else if (recipient.getInfo() instanceof org.bouncycastle.asn1.cms.PasswordRecipientInfo pwri
                && pwri.getVersion().hasValue(0)) {
            rebuiltRecipient = recipient;
        } else {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
        }
        var content = data.getAuthEncryptedContentInfo();
        var algorithm = content.getContentEncryptionAlgorithm();
        if (!CMSAlgorithm.AES256_GCM.equals(algorithm.getAlgorithm())) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
        }
        var gcm = org.bouncycastle.asn1.cms.GCMParameters.getInstance(algorithm.getParameters());
        if (gcm.getIcvLen() != 16 || gcm.getNonce().length != 12 || data.getMac().getOctets().length != 16) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
        }
        var rebuilt = new ContentInfo(CMSObjectIdentifiers.authEnvelopedData, new org.bouncycastle.asn1.cms.AuthEnvelopedData(
                null, new org.bouncycastle.asn1.DERSet(rebuiltRecipient),
                new org.bouncycastle.asn1.cms.EncryptedContentInfo(CMSObjectIdentifiers.data,
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(CMSAlgorithm.AES256_GCM,
                                new org.bouncycastle.asn1.cms.GCMParameters(gcm.getNonce(), 16)),
                        new org.bouncycastle.asn1.DEROctetString(content.getEncryptedContent().getOctets())),
                null, new org.bouncycastle.asn1.DEROctetString(data.getMac().getOctets()), null));
        if (!java.util.Arrays.equals(rebuilt.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER), file)) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
        }
    }

    /**
     * The first DER element must end exactly where the bytes end: shorter is a truncated
     * copy, longer has bytes appended. Read from the length field, before any decoding.
     */
    static void exactLength(byte[] bytes) {
        if (bytes.length < 2) {
            throw new PackageRefusal(PackageRefusal.Reason.TRUNCATED);
        }
        if ((bytes[0] & 0xff) != 0x30) {
            throw new PackageRefusal(PackageRefusal.Reason.NOT_A_PACKAGE);
        }
        int first = bytes[1] & 0xff;
        long length;
        int header;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            int n = first & 0x7f;
            if (n == 0 || n > 4) {
                throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
            }
            if (bytes.length < 2 + n) {
                throw new PackageRefusal(PackageRefusal.Reason.TRUNCATED);
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (bytes[2 + i] & 0xff);
            }
            header = 2 + n;
        }
        long expected = header + length;
        if (bytes.length < expected) {
            throw new PackageRefusal(PackageRefusal.Reason.TRUNCATED);
        }
        if (bytes.length > expected) {
            throw new PackageRefusal(PackageRefusal.Reason.APPENDED);
        }
    }

    static boolean sameEncoding(X500Name a, X500Name b) {
        try {
            return a != null && java.util.Arrays.equals(a.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER),
                    b.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER));
        } catch (IOException e) {
            return false;
        }
    }

    static long iterations(org.bouncycastle.cms.PasswordRecipientInformation recipient) {
        try {
            return org.bouncycastle.asn1.pkcs.PBKDF2Params.getInstance(recipient.getKeyDerivationAlgorithm()
                    .getParameters()).getIterationCount().longValueExact();
        } catch (RuntimeException e) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED).because(e);
        }
    }
}
