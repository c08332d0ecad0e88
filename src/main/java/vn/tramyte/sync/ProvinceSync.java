package vn.tramyte.sync;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tramyte.common.UserError;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;
import vn.tramyte.security.Permission;
import vn.tramyte.security.Session;
import vn.tramyte.security.UserService;

/**
 * Centre → province (decision 0016), built as station → centre: the province makes a centre's key
 * pair and seals it under a one-time code; the centre joins with it and sends upward packages of the
 * rows of all its stations, as received, signed with that key and encrypted to the province.
 */
final class ProvinceSync {
    static final String CENTRE_KEY_FILE = "centre-key.p8";
    static final String CENTRE_CERT_FILE = "centre.crt";
    static final String PROVINCE_CERT_FILE = "province.crt";

    private final Database db;
    private final Session session;
    private final SyncRepository repository;
    private final PlaceService places;
    private final UserService users;
    private final SyncIdentity identity;
    private final PackageMaker maker;

    ProvinceSync(Database db, Session session, SyncRepository repository, PlaceService places, UserService users,
                 SyncIdentity identity, PackageMaker maker) {
        this.db = db;
        this.session = session;
        this.repository = repository;
        this.places = places;
        this.users = users;
        this.identity = identity;
        this.maker = maker;
    }

    /** At the province: a new key pair for one of its centres, sealed with a one-time code. */
    SyncService.Enrolment enrolCentre(String centreCode, Path outDir, int iterations) {
        session.require(Permission.CENTRE_PACKAGES);
        String code = EnrolmentCode.generate();
        return db.write(users.currentUserName(), tx -> {
            Installation inst = identity.province(tx);
            String wanted = centreCode == null ? "" : centreCode.trim();
            Place centre = places.centresOf(tx, inst.place()).stream().filter(c -> c.code().equals(wanted)).findFirst()
                    .orElseThrow(() -> new UserError("sync.error.notOurCentre", wanted, inst.place().label()));
            PackageCrypto.Identity province = identity.identity(tx, true).orElseThrow();
            PackageCrypto.Identity centreKeys = PackageCrypto.newIdentity(SyncIdentity.centreName(centre.code()),
                    SyncIdentity.provinceName(inst.place().code()), tx.now().toInstant());
            repository.savePeer(tx, centre.code(), Peer.Role.CENTRE, PackageCrypto.encoded(centreKeys.certificate()));
            Map<String, byte[]> entries = Enrolments.keys(CENTRE_KEY_FILE, CENTRE_CERT_FILE, centreKeys,
                    PROVINCE_CERT_FILE, province, code, iterations);
            Manifest manifest = maker.manifest(PackageKind.ENROLMENT, inst.place().code(), centre.code(), 0, tx, 0,
                    repository.lastSeq(tx), 0, List.of(), List.of());
            return Enrolments.sealed(tx, maker, manifest, entries, province, code, iterations, centre, outDir);
        });
    }

    /**
     * At a centre: keeps the key pair its province made for it and the province's certificate. The
     * next upward package carries everything the centre holds (a province set up again gets it all).
     */
    String joinProvince(Path file, String code) {
        session.require(Permission.BACKUP_AND_SETTINGS);
        byte[] bytes = PackageFiles.read(file);
        String fileName = file.getFileName().toString();
        try {
            PackageZip.Contents contents = Enrolments.open(bytes, code, PROVINCE_CERT_FILE);
            Manifest m = contents.manifest();
            if (m.kind() != PackageKind.ENROLMENT || contents.entries().get(CENTRE_KEY_FILE) == null) {
                throw new PackageRefusal(PackageRefusal.Reason.WRONG_KIND, m.kind().name());
            }
            PackageCrypto.Identity upward = new PackageCrypto.Identity(
                    PackageCrypto.certificate(contents.entry(CENTRE_CERT_FILE)),
                    PackageCrypto.decryptPrivateKey(contents.entry(CENTRE_KEY_FILE), EnrolmentCode.normalise(code)
                            .toCharArray()).orElseThrow(() -> new PackageRefusal(PackageRefusal.Reason.WRONG_CODE)));
            return db.write(users.currentUserName(), tx -> {
                Installation inst = identity.centre(tx);
                if (!inst.place().code().equals(m.destination())) {
                    throw new UserError("sync.error.provinceEnrolmentForOther", m.destination(), inst.place().label());
                }
                Place province = places.find(tx, vn.tramyte.place.Mode.PROVINCE, inst.place().codeList(), m.source())
                        .filter(p -> p.id().equals(inst.place().parentId()))
                        .orElseThrow(() -> new UserError("sync.error.notOurProvince", m.source(), inst.place().label()));
                identity.storeUpward(tx, upward);
                repository.savePeer(tx, province.code(), Peer.Role.PROVINCE, contents.entry(PROVINCE_CERT_FILE));
                repository.setFedSeq(tx, province.code(), 0);
                maker.logIn(tx, m, file, List.of(), tx.nextChangeSeq());
                return province.label();
            });
        } catch (PackageRefusal r) {
            throw r.forFile(fileName);
        }
    }

    /**
     * At a centre: the rows of all its stations that arrived after the last upward package (all of
     * them the first time, or when {@code everything}), as received — each keeps its owner station and
     * its change number there — signed with the centre's province key and encrypted to the province.
     */
    Path exportUpward(Path outDir, boolean everything) {
        session.require(Permission.CENTRE_PACKAGES);
        return db.write(users.currentUserName(), tx -> {
            Installation inst = identity.centre(tx);
            Peer province = provincePeer(tx).orElseThrow(() -> new UserError("sync.error.noProvince"));
            PackageCrypto.Identity own = identity.upwardIdentity(tx)
                    .orElseThrow(() -> new UserError("sync.error.noProvince"));
            long from = everything ? 0 : province.fedSeq();
            String centre = inst.place().code();
            Map<String, byte[]> entries = new LinkedHashMap<>();
            List<Manifest.TableEntry> tableEntries = maker.rowsOf(tx, null, from, null, entries);
            long to = repository.lastSeq(tx);
            int no = province.sentPackageNo() + 1;
            Manifest manifest = maker.manifest(PackageKind.UPWARD, centre, province.code(), no, tx, from, to, 0,
                    tableEntries, List.of());
            byte[] sealed = PackageCrypto.sealForReceiver(PackageZip.write(manifest, entries), own,
                    PackageCrypto.certificate(province.certificate()));
            String name = String.format("%s-%s-upward-%s-%04d%s", centre, PackageFiles.fileSafe(inst.place().shortName()),
                    tx.now().toLocalDate(), no, SyncService.EXTENSION);
            Path file = PackageFiles.write(outDir, name, sealed);
            repository.packageSent(tx, province.code(), no, tx.now());
            repository.setFedSeq(tx, province.code(), Math.max(province.fedSeq(), to));
            maker.logOut(tx, manifest, file);
            return file;
        });
    }

    private Optional<Peer> provincePeer(Tx tx) {
        return repository.peers(tx).stream().filter(p -> p.role() == Peer.Role.PROVINCE).findFirst();
    }
}
