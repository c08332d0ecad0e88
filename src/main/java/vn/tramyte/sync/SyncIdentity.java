package vn.tramyte.sync;

import java.util.Optional;
import vn.tramyte.common.UserError;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.place.PlaceService;
import vn.tramyte.security.UserService;

/**
 * Who this installation is in the sync: its place and its key pair. A centre makes its own key
 * pair on first use; a station receives its own at enrolment.
 */
final class SyncIdentity {
    private final Database db;
    private final SyncRepository repository;
    private final PlaceService places;

    SyncIdentity(Database db, SyncRepository repository, PlaceService places) {
        this.db = db;
        this.repository = repository;
        this.places = places;
    }

    Installation installation(Tx tx) {
        return places.installation(tx).orElseThrow(() -> new UserError("sync.error.notSetUp"));
    }

    /** The installation, which must be a centre: the centre's own work. */
    Installation centre(Tx tx) {
        Installation inst = installation(tx);
        if (inst.mode() != Mode.CENTRE) {
            throw new UserError("sync.error.centreOnly");
        }
        return inst;
    }

    /** This installation's key pair; a centre makes its own on first use, a station receives it at enrolment. */
    Optional<PackageCrypto.Identity> identity(Tx tx, boolean createForCentre) {
        Optional<SyncRepository.StoredIdentity> stored = repository.identity(tx);
        if (stored.isPresent()) {
            char[] secret = SyncSecret.of(db);
            return Optional.of(new PackageCrypto.Identity(PackageCrypto.certificate(stored.get().certificate()),
                    PackageCrypto.decryptPrivateKey(stored.get().encryptedKey(), secret)
                            .orElseThrow(() -> new UserError("sync.error.keyUnreadable"))));
        }
        if (!createForCentre) {
            return Optional.empty();
        }
        Installation inst = installation(tx);
        String code = inst.place().code();
        PackageCrypto.Identity made = PackageCrypto.newIdentity(centreName(code), centreName(code), tx.now().toInstant());
        store(tx, made);
        return Optional.of(made);
    }

    void store(Tx tx, PackageCrypto.Identity identity) {
        char[] secret = SyncSecret.of(db);
        repository.saveIdentity(tx, PackageCrypto.encoded(identity.certificate()),
                PackageCrypto.encryptPrivateKey(identity.privateKey(), secret, PackageCrypto.SECRET_ITERATIONS));
    }

    static String centreName(String code) {
        return "TramYTe centre " + code;
    }

    static String stationName(String code) {
        return "TramYTe station " + code;
    }

    /** The certificate of this installation, PEM, for checking a package with openssl. */
    String certificatePem() {
        return db.write(UserService.SYSTEM_USER, tx -> {
            boolean centre = installation(tx).mode() == Mode.CENTRE;
            return identity(tx, centre).map(i -> PackageCrypto.pem(i.certificate()))
                    .orElseThrow(() -> new PackageRefusal(PackageRefusal.Reason.NOT_ENROLLED));
        });
    }
}
