package vn.tramyte.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.Database;
import vn.tramyte.security.Permission;
import vn.tramyte.security.Session;
import vn.tramyte.security.UserService;

/** A person's move from one station to another, decided at the centre. */
final class CentreTransfers {
    private final Database db;
    private final Session session;
    private final SyncRepository repository;
    private final PackageLogRepository packageLog;
    private final SyncTables tables;
    private final UserService users;
    private final SyncIdentity identity;

    CentreTransfers(Database db, Session session, SyncRepository repository, PackageLogRepository packageLog,
                    SyncTables tables, UserService users,
                    SyncIdentity identity) {
        this.db = db;
        this.session = session;
        this.repository = repository;
        this.packageLog = packageLog;
        this.tables = tables;
        this.users = users;
        this.identity = identity;
    }

    /**
     * At a centre: a person moves to another station with every record of theirs (their full
     * history), a mother with her children. The new station receives them in its next
     * feedback and owns them from then on; the old one is told in its own feedback.
     */
    void transfer(UUID personId, String toStation) {
        session.require(Permission.TRANSFER);
        db.writeVoid(users.currentUserName(), tx -> {
            identity.centre(tx);
            String from = repository.personStation(tx, personId)
                    .orElseThrow(() -> new UserError("sync.error.noSuchPerson"));
            if (repository.peer(tx, toStation).isEmpty()) {
                throw new UserError("sync.error.notEnrolledStation", toStation);
            }
            if (from.equals(toStation)) {
                throw new UserError("sync.error.sameStation", toStation);
            }
            Optional<UUID> mother = repository.motherOf(tx, personId);
            if (mother.isPresent() && repository.personStation(tx, mother.get()).map(from::equals).orElse(false)) {
                throw new UserError("sync.error.moveTheMother");
            }
            long seq = tx.nextChangeSeq();
            List<UUID> moving = new ArrayList<>();
            moving.add(personId);
            moving.addAll(repository.childrenOf(tx, personId));
            for (UUID id : moving) {
                for (SyncTable table : tables.inOrder()) {
                    if (table.personColumn() != null) {
                        repository.reassign(tx, table.name(), table.personColumn(), id, toStation, seq);
                    }
                }
                repository.leaveVillage(tx, id);
                packageLog.logTransfer(tx, id, from, toStation, seq);
                tx.audit("person", id, AuditAction.UPDATE, seq, "station_code: " + from + " → " + toStation);
            }
        });
    }
}
