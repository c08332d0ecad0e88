package vn.tramyte.sync;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.KeyAgreeRecipientId;
import org.bouncycastle.cms.PasswordRecipient;
import org.bouncycastle.cms.RecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JcePasswordEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JcePasswordRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * The standard constructions a package is built from (docs/decisions/0003), all from
 * Bouncy Castle: EC P-256 keys with self-signed X.509 certificates; CMS SignedData
 * (ECDSA with SHA-256, the sender's key) inside CMS AuthEnvelopedData (AES-256-GCM, the
 * content key agreed by ECDH with the receiver's certificate, or derived from a one-time
 * code with PBKDF2 for an enrolment); private keys at rest as encrypted PKCS#8.
 * Nothing here is invented: {@code openssl cms} opens and checks what this class writes.
 */
public final class PackageCrypto {
    private static final Provider BC = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The enrolment code is short: PBKDF2 makes each guess slow. */
    static final int CODE_ITERATIONS = 200_000;
    /** The most iterations an enrolment file may ask for (a later program may raise CODE_ITERATIONS up to this). */
    static final int MAX_CODE_ITERATIONS = 2_000_000;
    /**
     * The demo's practice enrolment files: their codes are written beside them in the demo folder,
     * so slowing a guess protects nothing there, while it would slow the demo by seconds.
     */
    static final int PRACTICE_CODE_ITERATIONS = 10_000;
    /** The data folder's secret is 256 random bits: iterations only need to be nominal. */
    static final int SECRET_ITERATIONS = 10_000;

    private PackageCrypto() {
    }

    /** A key pair and its self-signed certificate, as stored and sent. */
    public record Identity(X509CertificateHolder certificate, PrivateKey privateKey) {
        public String commonName() {
            return PackageCrypto.commonName(certificate.getSubject());
        }
    }

    /** A new key pair with a self-signed certificate naming its holder (e.g. "TramYTe station 03637"). */
    public static Identity newIdentity(String commonName, String organisation, Instant now) {
        try {
            KeyPair keys = newKeyPair();
            X500Name name = new X500Name("CN=" + commonName + ",O=" + organisation);
            BigInteger serial = new BigInteger(63, RANDOM).add(BigInteger.ONE);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial,
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(30 * 366, ChronoUnit.DAYS)),
                    name, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BC)
                    .build(keys.getPrivate());
            return new Identity(builder.build(signer), keys.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make a key pair", e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    public static X509CertificateHolder certificate(byte[] der) {
        try {
            return new X509CertificateHolder(der);
        } catch (IOException e) {
            throw new IllegalStateException("stored certificate unreadable", e);
        }
    }

    public static byte[] encoded(X509CertificateHolder certificate) {
        try {
            return certificate.getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String commonName(X500Name name) {
        RDN[] rdns = name.getRDNs(BCStyle.CN);
        return rdns.length == 0 ? name.toString() : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    /** SHA-256 of the certificate, hex: what a person compares by phone. */
    public static String fingerprint(X509CertificateHolder certificate) {
        return Digests.sha256Hex(encoded(certificate));
    }

    // ---- private keys at rest -------------------------------------------------------------

    /** The private key as a PKCS#8 EncryptedPrivateKeyInfo (PBES2: PBKDF2-HMAC-SHA256, AES-256-CBC). */
    public static byte[] encryptPrivateKey(PrivateKey key, char[] password, int iterations) {
        try {
            var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(org.bouncycastle.openssl.PKCS8Generator.AES_256_CBC)
                    .setPRF(org.bouncycastle.openssl.PKCS8Generator.PRF_HMACSHA256)
                    .setIterationCount(iterations).setRandom(RANDOM).setProvider(BC)
                    .setPassword(password).build();
            return new JcaPKCS8Generator(key, encryptor).generate().getContent();
        } catch (OperatorCreationException | org.bouncycastle.util.io.pem.PemGenerationException e) {
            throw new IllegalStateException("cannot encrypt the private key", e);
        }
    }

    /** The private key back, or empty when the password is wrong or the bytes are damaged. */
    public static Optional<PrivateKey> decryptPrivateKey(byte[] encrypted, char[] password) {
        try {
            PrivateKeyInfo info = new PKCS8EncryptedPrivateKeyInfo(encrypted).decryptPrivateKeyInfo(
                    new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(password));
            return Optional.of(new JcaPEMKeyConverter().setProvider(BC).getPrivateKey(info));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    // ---- packages ---------------------------------------------------------------------------

    /** Signs the content (CMS SignedData, content inside, no certificates) and encrypts it to the receiver. */
    public static byte[] sealForReceiver(byte[] content, Identity sender, X509CertificateHolder receiver) {
        try {
            byte[] signed = sign(content, sender);
            CMSAuthEnvelopedDataGenerator generator = new CMSAuthEnvelopedDataGenerator();
            KeyPair ephemeral = newKeyPair();
            generator.addRecipientInfoGenerator(new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF,
                    ephemeral.getPrivate(), ephemeral.getPublic(), CMSAlgorithm.AES256_WRAP)
                    .addRecipient(new JcaX509CertificateConverter().setProvider(BC).getCertificate(receiver))
                    .setProvider(BC));
            return generator.generate(new CMSProcessableByteArray(signed), aesGcm()).toASN1Structure().getEncoded("DER");
        } catch (GeneralSecurityException | CMSException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot seal the package", e);
        }
    }

    /** Signs the content and encrypts it with a key derived from a one-time code (CMS PasswordRecipientInfo). */
    public static byte[] sealForCode(byte[] content, Identity sender, String code) {
        return sealForCode(content, sender, code, CODE_ITERATIONS);
    }

    /** The same with a chosen PBKDF2 iteration count (the demo's practice files). */
    static byte[] sealForCode(byte[] content, Identity sender, String code, int iterations) {
        try {
            byte[] signed = sign(content, sender);
            CMSAuthEnvelopedDataGenerator generator = new CMSAuthEnvelopedDataGenerator();
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            generator.addRecipientInfoGenerator(new JcePasswordRecipientInfoGenerator(CMSAlgorithm.AES256_CBC,
                    EnrolmentCode.normalise(code).toCharArray()).setProvider(BC)
                    .setPasswordConversionScheme(PasswordRecipient.PKCS5_SCHEME2_UTF8)
                    .setPRF(PasswordRecipient.PRF.HMacSHA256)
                    .setSaltAndIterationCount(salt, iterations));
            return generator.generate(new CMSProcessableByteArray(signed), aesGcm()).toASN1Structure().getEncoded("DER");
        } catch (CMSException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot seal the package", e);
        }
    }

    private static org.bouncycastle.operator.OutputAEADEncryptor aesGcm() throws CMSException {
        return (org.bouncycastle.operator.OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM)
                .setProvider(BC).setSecureRandom(RANDOM).build();
    }

    private static byte[] sign(byte[] content, Identity sender)
            throws OperatorCreationException, CMSException, IOException {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BC).build(sender.privateKey());
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().setProvider(BC).build()).build(signer, sender.certificate()));
        return generator.generate(new CMSProcessableByteArray(content), true).getEncoded("DER");
    }

    /** Who a package is encrypted to, by certificate: read without decrypting anything. */
    public record Opened(byte[] content, X509CertificateHolder signer) {
    }

    /**
     * Opens a package sealed for this receiver: outer structure exactly as long as the file,
     * decrypted with our key (AES-GCM: any changed byte fails here), then the signature
     * checked against the certificate the caller enrolled for the signer — before a single
     * byte of the content is read.
     */
    public static Opened openFromSender(byte[] file, Identity receiver,
                                        Function<SignerId, Optional<X509CertificateHolder>> enrolled) {
        CMSAuthEnvelopedData envelope = StrictDer.envelope(file);
        RecipientId mine = new JceKeyAgreeRecipientId(toJca(receiver.certificate()));
        RecipientInformation recipient = envelope.getRecipientInfos().get(mine);
        if (recipient == null) {
            throw notOurs(envelope.getRecipientInfos().getRecipients(), receiver.certificate());
        }
        if (!StrictDer.sameEncoding(((KeyAgreeRecipientId) recipient.getRID()).getIssuer(), receiver.certificate().getIssuer())) {
            // X.500 names match loosely (letter case, string type): a damaged name would still be "ours"
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
        }
        byte[] signed;
        try {
            signed = recipient.getContent(new JceKeyAgreeEnvelopedRecipient(receiver.privateKey()).setProvider(BC));
        } catch (CMSException | RuntimeException e) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED).because(e);
        }
        return verify(signed, enrolled);
    }

    /**
     * Why a package has no recipient for our key. A key is named by its issuer and serial number:
     * when one of the two is ours, the package was meant for us (an older key of ours, or a copy
     * damaged in that very place) and is refused; only when neither is ours is it another
     * receiver's, which an import skips. So no single damaged spot makes a package of ours "not ours".
     */
    private static PackageRefusal notOurs(Collection<RecipientInformation> recipients, X509CertificateHolder ours) {
        if (!recipients.isEmpty() && recipients.stream()
                .allMatch(r -> r instanceof org.bouncycastle.cms.PasswordRecipientInformation)) {
            return new PackageRefusal(PackageRefusal.Reason.ENROLMENT_FILE);
        }
        String other = "?";
        for (RecipientInformation r : recipients) {
            if (!(r.getRID() instanceof KeyAgreeRecipientId k)) {
                continue;
            }
            boolean sameIssuer = ours.getIssuer().equals(k.getIssuer());
            if (sameIssuer || ours.getSerialNumber().equals(k.getSerialNumber())) {
                return new PackageRefusal(sameIssuer ? PackageRefusal.Reason.OLD_KEY : PackageRefusal.Reason.CHANGED);
            }
            if (k.getIssuer() != null && other.equals("?")) {
                other = commonName(k.getIssuer());
            }
        }
        return new PackageRefusal(PackageRefusal.Reason.NOT_FOR_US, other);
    }

    /** Opens an enrolment package with its one-time code; its signer's certificate travels inside it. */
    public static byte[] openWithCode(byte[] file, String code) {
        CMSAuthEnvelopedData envelope = StrictDer.envelope(file);
        Collection<RecipientInformation> recipients = envelope.getRecipientInfos().getRecipients();
        for (RecipientInformation recipient : recipients) {
            if (!(recipient instanceof org.bouncycastle.cms.PasswordRecipientInformation pwri)
                    || StrictDer.iterations(pwri) > MAX_CODE_ITERATIONS) {
                // a damaged count could make the key derivation run for minutes: refused before it starts
                throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
            }
            try {
                return recipient.getContent(new JcePasswordEnvelopedRecipient(EnrolmentCode.normalise(code).toCharArray())
                        .setPasswordConversionScheme(PasswordRecipient.PKCS5_SCHEME2_UTF8).setProvider(BC));
            } catch (CMSException | RuntimeException e) {
                throw new PackageRefusal(PackageRefusal.Reason.WRONG_CODE).because(e);
            }
        }
        throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
    }

    /** Checks a SignedData (DER, content inside) against the signer's enrolled certificate. */
    public static Opened verify(byte[] signedBytes, Function<SignerId, Optional<X509CertificateHolder>> enrolled) {
        StrictDer.exactLength(signedBytes);
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(signedBytes);
        } catch (CMSException | RuntimeException e) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED).because(e);
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.size() != 1 || signed.getSignedContent() == null) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
        }
        SignerInformation signer = signers.iterator().next();
        SignerId sid = signer.getSID();
        X509CertificateHolder certificate = enrolled.apply(sid).orElseThrow(() -> new PackageRefusal(
                PackageRefusal.Reason.UNKNOWN_SIGNER, sid.getIssuer() == null ? "?" : commonName(sid.getIssuer())));
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate))) {
                throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
            }
        } catch (CMSException | OperatorCreationException | java.security.cert.CertificateException
                 | RuntimeException e) {
            if (e instanceof PackageRefusal refusal) {
                throw refusal;
            }
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
        }
        return new Opened((byte[]) signed.getSignedContent().getContent(), certificate);
    }

    /** The content of a SignedData before its signature is checked: only to find the certificate an enrolment carries. */
    public static byte[] unverifiedContent(byte[] signedBytes) {
        try {
            StrictDer.exactLength(signedBytes);
            CMSSignedData signed = new CMSSignedData(signedBytes);
            return (byte[]) signed.getSignedContent().getContent();
        } catch (CMSException | RuntimeException e) {
            if (e instanceof PackageRefusal refusal) {
                throw refusal;
            }
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
        }
    }

    /** True when this SignerId names that certificate (issuer and serial number). */
    public static boolean names(SignerId sid, X509CertificateHolder certificate) {
        return sid.match(certificate);
    }

    private static java.security.cert.X509Certificate toJca(X509CertificateHolder holder) {
        try {
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PublicKey publicKey(X509CertificateHolder holder) {
        return toJca(holder).getPublicKey();
    }

    /** PEM text of a certificate, for openssl and for people. */
    public static String pem(X509CertificateHolder certificate) {
        return "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(encoded(certificate))
                + "\n-----END CERTIFICATE-----\n";
    }
}
