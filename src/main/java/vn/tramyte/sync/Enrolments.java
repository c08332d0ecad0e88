package vn.tramyte.sync;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import vn.tramyte.common.UserError;
import vn.tramyte.db.Database;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.db.Tx;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.Permission;
import vn.tramyte.security.Session;
import vn.tramyte.security.UserService;

/**
 * Enrolment (centre → station): the centre makes a station's key pair and seals it, with what
 * the centre holds of the station, under a one-time code; the station sets itself up from it.
 */
final class Enrolments {
    static final String STATION_KEY_FILE = "station-key.p8";
    static final String STATION_CERT_FILE = "station.crt";
    static final String CENTRE_CERT_FILE = "centre.crt";

    private final Database db;
    private final Session session;
    private final SyncRepository repository;
    private final PlaceService places;
    private final UserService users;
    private final SyncIdentity identity;
    private final PackageMaker maker;
    private final PackageApplier applier;

    Enrolments(Database db, Session session, SyncRepository repository, PlaceService places, UserService users,
               SyncIdentity identity, PackageMaker maker, PackageApplier applier) {
        this.db = db;
        this.session = session;
        this.repository = repository;
        this.places = places;
        this.users = users;
        this.identity = identity;
        this.maker = maker;
        this.applier = applier;
    }

    /** At a centre: a new key pair for one of its stations, sealed with a one-time code. */
    SyncService.Enrolment enrol(String stationCode, Path outDir, int iterations) {
        session.require(Permission.CENTRE_PACKAGES);
        String code = EnrolmentCode.generate();
        return db.write(users.currentUserName(), tx -> {
            Installation inst = identity.centre(tx);
            String centreCode = inst.place().code();
            Place station = supervisedStation(inst, stationCode)
                    .orElseThrow(() -> new UserError("sync.error.notOurStation", stationCode, inst.place().label()));
            PackageCrypto.Identity centre = identity.identity(tx, true).orElseThrow();
            PackageCrypto.Identity stationKeys = PackageCrypto.newIdentity(SyncIdentity.stationName(station.code()),
                    SyncIdentity.centreName(centreCode), tx.now().toInstant());
            repository.savePeer(tx, station.code(), Peer.Role.STATION, PackageCrypto.encoded(stationKeys.certificate()));
            Peer peer = repository.peer(tx, station.code()).orElseThrow();
            Map<String, byte[]> entries = keys(STATION_KEY_FILE, STATION_CERT_FILE, stationKeys, CENTRE_CERT_FILE, centre,
                    code, iterations);
            // a station enrolled again (a new computer) gets back what the centre holds of it
            List<Manifest.TableEntry> entriesOfTables = maker.rowsOf(tx, station.code(), -1, null, entries);
            List<Manifest.ReferenceEntry> reference = maker.referenceOf(tx, entries);
            long now = repository.lastSeq(tx);
            Manifest manifest = maker.manifest(PackageKind.ENROLMENT, centreCode, station.code(), 0, tx, 0, now,
                    peer.receivedSeq(), entriesOfTables, reference);
            return sealed(tx, maker, manifest, entries, centre, code, iterations, station, outDir);
        });
    }

    /**
     * An enrolment's keys: the new key pair's private key under the one-time code, its certificate, and
     * the certificate of whoever enrols it (a centre for a station, the province for a centre).
     */
    static Map<String, byte[]> keys(String keyFile, String certFile, PackageCrypto.Identity enrolled,
                                    String supervisorCertFile, PackageCrypto.Identity supervisor, String code,
                                    int iterations) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(keyFile, PackageCrypto.encryptPrivateKey(enrolled.privateKey(),
                EnrolmentCode.normalise(code).toCharArray(), iterations));
        entries.put(certFile, PackageCrypto.encoded(enrolled.certificate()));
        entries.put(supervisorCertFile, PackageCrypto.encoded(supervisor.certificate()));
        return entries;
    }

    /** The enrolment file sealed under its code by whoever enrols, named after the enrolled place, written and logged. */
    static SyncService.Enrolment sealed(Tx tx, PackageMaker maker, Manifest manifest, Map<String, byte[]> entries,
                                        PackageCrypto.Identity supervisor, String code, int iterations, Place enrolled,
                                        Path outDir) {
        byte[] sealed = PackageCrypto.sealForCode(PackageZip.write(manifest, entries), supervisor, code, iterations);
        String name = enrolled.code() + "-" + PackageFiles.fileSafe(enrolled.shortName()) + "-enrolment-"
                + tx.now().toLocalDate() + SyncService.EXTENSION;
        Path file = PackageFiles.write(outDir, name, sealed);
        maker.logOut(tx, manifest, file);
        return new SyncService.Enrolment(file, code);
    }

    private Optional<Place> supervisedStation(Installation centre, String stationCode) {
        String wanted = stationCode == null ? "" : stationCode.trim();
        return places.stationsOf(centre.place()).stream().filter(p -> p.code().equals(wanted)).findFirst();
    }

    /**
     * At a station: sets this installation up from an enrolment file and its code, or enrols
     * a station that was set up without one (its records then all go in its first package).
     */
    Installation setUpFromEnrolment(Path file, String code, NewUser firstAdministrator) {
        if (!users.needsFirstAdministrator()) {
            // an installation in use: enrolling it again is a setting of its administrator
            session.require(Permission.BACKUP_AND_SETTINGS);
        }
        byte[] bytes = PackageFiles.read(file);
        String fileName = file.getFileName().toString();
        try {
            PackageZip.Contents contents = open(bytes, code);
            Manifest m = contents.manifest();
            if (m.kind() != PackageKind.ENROLMENT) {
                throw new PackageRefusal(PackageRefusal.Reason.WRONG_KIND, m.kind().name());
            }
            applier.keepable(m);
            PackageCrypto.Identity own = new PackageCrypto.Identity(
                    PackageCrypto.certificate(contents.entry(STATION_CERT_FILE)),
                    PackageCrypto.decryptPrivateKey(contents.entry(STATION_KEY_FILE), EnrolmentCode.normalise(code)
                            .toCharArray()).orElseThrow(() -> new PackageRefusal(PackageRefusal.Reason.WRONG_CODE)));
            Place station = places.find(Mode.STATION, CodeList.Y2025, m.destination())
                    .or(() -> places.find(Mode.STATION, CodeList.Y2024, m.destination()))
                    .orElseThrow(() -> new UserError("setup.error.unknownStation", m.destination()));
            String user = firstAdministrator == null ? users.currentUserName()
                    : firstAdministrator.auditName();
            return setUp(user, firstAdministrator, file, contents, own, station);
        } catch (PackageRefusal r) {
            throw r.forFile(fileName);
        }
    }

    /** Opens an enrolment file with its code and checks it is signed by the centre whose certificate it carries. */
    private static PackageZip.Contents open(byte[] bytes, String code) {
        return open(bytes, code, CENTRE_CERT_FILE);
    }

    /**
     * Opens an enrolment file with its code and checks it is signed by the maker whose certificate it
     * carries in the entry named (a centre's for a station, a province's for a centre).
     */
    static PackageZip.Contents open(byte[] bytes, String code, String makerCertFile) {
        byte[] signed = PackageCrypto.openWithCode(bytes, code);
        byte[] unverified = PackageCrypto.unverifiedContent(signed);
        X509CertificateHolder centreCert = PackageCrypto.certificate(PackageZip.read(unverified).entry(makerCertFile));
        PackageCrypto.Opened opened = PackageCrypto.verify(signed,
                sid -> PackageCrypto.names(sid, centreCert) ? Optional.of(centreCert) : Optional.empty());
        return PackageZip.read(opened.content());
    }

    private Installation setUp(String user, NewUser firstAdministrator, Path file, PackageZip.Contents contents,
                               PackageCrypto.Identity own, Place station) {
        Manifest m = contents.manifest();
        return db.write(user, tx -> {
            Optional<Installation> existing = places.installation(tx);
            Installation inst;
            if (existing.isPresent()) {
                inst = existing.get();
                if (inst.mode() != Mode.STATION || !inst.place().code().equals(m.destination())) {
                    throw new UserError("sync.error.enrolmentForOther", m.destination(), inst.place().label());
                }
            } else {
                inst = places.setUp(tx, Mode.STATION, station, false);
            }
            if (firstAdministrator != null && !session.loggedIn()) {
                users.createFirstAdministrator(tx, firstAdministrator);
            }
            identity.store(tx, own);
            repository.savePeer(tx, m.source(), Peer.Role.CENTRE, contents.entry(CENTRE_CERT_FILE));
            // this station's next changes must be newer, in the owner's order, than every state the centre holds
            repository.raiseCounter(tx, Math.max(m.acknowledged(), applier.highestOrigin(contents)));
            long seq = tx.nextChangeSeq();
            List<TableReport> lines = applier.applyAtStation(tx, contents, m.destination(), seq);
            repository.setEnrolmentSeq(tx, m.source(), seq);
            lines.addAll(applier.applyReference(tx, contents));
            repository.setAckedSeq(tx, m.source(), m.acknowledged());
            maker.logIn(tx, m, file, lines, seq);
            return inst;
        });
    }
}
