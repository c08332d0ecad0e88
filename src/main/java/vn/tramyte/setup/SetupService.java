package vn.tramyte.setup;

import java.util.Optional;
import vn.tramyte.common.UserError;
import vn.tramyte.db.Database;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.UserService;

/** First run: reference data at every start, then the installation's mode, place and first user. */
public final class SetupService {
    private final Database db;
    private final PlaceService places;
    private final PersonService people;
    private final UserService users;

    public SetupService(Database db, PlaceService places, PersonService people, UserService users) {
        this.db = db;
        this.places = places;
        this.people = people;
        this.users = users;
    }

    /** Brings the bundled places and ethnic groups into the database; cheap when already there. */
    public void ensureReferenceData() {
        if (hasReferenceData()) {
            return;
        }
        db.writeVoid(UserService.SYSTEM_USER, tx -> {
            places.ensureReferenceData(tx);
            people.ensureReferenceData(tx);
        });
    }

    /**
     * Whether every bundled place, merge and ethnic group is in the database: a read on every open, so that
     * an open writes (and forces to the disk) only when this version brought new rows (issue 12, start-up).
     */
    public boolean hasReferenceData() {
        return db.read(tx -> places.hasReferenceData(tx) && people.hasReferenceData(tx));
    }

    public Optional<Installation> installation() {
        return places.installation();
    }

    /**
     * Sets up a station or centre for the place with this code and its first administrator (then
     * logged in; the recovery code waits in {@link UserService#takeRecoveryCode()}); all in one transaction.
     */
    public Installation setUp(Mode mode, CodeList list, String placeCode, NewUser firstAdministrator) {
        Place place = places.find(mode, list, placeCode == null ? "" : placeCode.trim())
                .orElseThrow(() -> new UserError(mode == Mode.STATION ? "setup.error.unknownStation"
                        : mode == Mode.CENTRE ? "setup.error.unknownCentre" : "setup.error.unknownProvince",
                        String.valueOf(placeCode)));
        if (firstAdministrator == null) {
            throw new UserError("setup.error.userRequired");
        }
        return db.write(firstAdministrator.auditName(), tx -> {
            Installation installation = places.setUp(tx, mode, place, false);
            users.createFirstAdministrator(tx, firstAdministrator);
            return installation;
        });
    }
}
