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

    /** The installation, which must be a province: the province's own work. */
    Installation province(Tx tx) {
        Installation inst = installation(tx);
        if (inst.mode() != Mode.PROVINCE) {
            throw new UserError("sync.error.provinceOnly");
        }
        return inst;
    }

    /**
     * At a centre: the key pair its province made for it at enrolment, which signs its upward packages
     * (the centre's own key pair, which its stations know, stays as it is).
     */
    Optional<PackageCrypto.Identity> upwardIdentity(Tx tx) {
        return repository.identity(tx, SyncRepository.UPWARD_KEY).map(this::opened);
    }

    void storeUpward(Tx tx, PackageCrypto.Identity identity) {
        char[] secret = SyncSecret.of(db);
        repository.saveIdentity(tx, SyncRepository.UPWARD_KEY, PackageCrypto.encoded(identity.certificate()),
                PackageCrypto.encryptPrivateKey(identity.privateKey(), secret, PackageCrypto.SECRET_ITERATIONS));
    }

    private PackageCrypto.Identity opened(SyncRepository.StoredIdentity stored) {
        char[] secret = SyncSecret.of(db);
        return new PackageCrypto.Identity(PackageCrypto.certificate(stored.certificate()),
                PackageCrypto.decryptPrivateKey(stored.encryptedKey(), secret)
                        .orElseThrow(() -> new UserError("sync.error.keyUnreadable")));
    }

    /**
     * This installation's key pair; a centre or a province makes its own on first use, a station
     * receives it at enrolment.
     */
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
        String name = ownName(inst);
        PackageCrypto.Identity made = PackageCrypto.newIdentity(name, name, tx.now().toInstant());
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

    static String provinceName(String code) {
        return "TramYTe province " + code;
    }

    /** The name of this installation's own certificate. */
    static String ownName(Installation inst) {
        String code = inst.place().code();
        switch (inst.mode()) {
            case PROVINCE: return provinceName(code);
            case CENTRE: return centreName(code);
            default: return stationName(code);
        }
    }

    static String stationName(String code) {
        return "TramYTe station " + code;
    }

    /** The certificate of this installation, PEM, for checking a package with openssl. */
    String certificatePem() {
        return db.write(UserService.SYSTEM_USER, tx -> {
            boolean supervises = installation(tx).mode().supervises();
            return identity(tx, supervises).map(i -> PackageCrypto.pem(i.certificate()))
                    .orElseThrow(() -> new PackageRefusal(PackageRefusal.Reason.NOT_ENROLLED));
        });
    }
}
