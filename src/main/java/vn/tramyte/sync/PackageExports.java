package vn.tramyte.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tramyte.common.UserError;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.security.Permission;
import vn.tramyte.security.Session;
import vn.tramyte.security.UserService;

/** The packages that go out in use: a station's data to its centre, the centre's feedback to each station. */
final class PackageExports {
    private final Database db;
    private final Session session;
    private final SyncRepository repository;
    private final PackageLogRepository packageLog;
    private final UserService users;
    private final SyncIdentity identity;
    private final PackageMaker maker;

    PackageExports(Database db, Session session, SyncRepository repository, PackageLogRepository packageLog,
                   UserService users,
                   SyncIdentity identity, PackageMaker maker) {
        this.db = db;
        this.session = session;
        this.repository = repository;
        this.packageLog = packageLog;
        this.users = users;
        this.identity = identity;
        this.maker = maker;
    }

    /** At a station: every row changed since the centre's last acknowledgement, sealed for the centre. */
    Path export(Path outDir) {
        session.require(Permission.EXPORT_PACKAGE);
        return db.write(users.currentUserName(), tx -> {
            Installation inst = identity.installation(tx);
            if (inst.mode() != Mode.STATION) {
                throw new UserError("sync.error.stationOnly");
            }
            Peer centre = centrePeer(tx);
            PackageCrypto.Identity own = identity.identity(tx, false)
                    .orElseThrow(() -> new PackageRefusal(PackageRefusal.Reason.NOT_ENROLLED));
            String station = inst.place().code();
            Map<String, byte[]> entries = new LinkedHashMap<>();
            List<Manifest.TableEntry> tableEntries = maker.rowsOf(tx, station, centre.ackedSeq(),
                    centre.notFromEnrolment(), entries);
            long to = repository.lastSeq(tx);
            int no = centre.sentPackageNo() + 1;
            Manifest manifest = maker.manifest(PackageKind.DATA, station, centre.code(), no, tx, centre.ackedSeq(), to,
                    centre.ackedSeq(), tableEntries, List.of());
            byte[] sealed = PackageCrypto.sealForReceiver(PackageZip.write(manifest, entries), own,
                    PackageCrypto.certificate(centre.certificate()));
            String name = String.format("%s-%s-%s-%04d%s", station, PackageFiles.fileSafe(inst.place().shortName()),
                    tx.now().toLocalDate(), no, SyncService.EXTENSION);
            Path file = PackageFiles.write(outDir, name, sealed);
            repository.packageSent(tx, centre.code(), no, tx.now());
            maker.logOut(tx, manifest, file);
            return file;
        });
    }

    private Peer centrePeer(Tx tx) {
        return repository.peers(tx).stream().filter(p -> p.role() == Peer.Role.CENTRE).findFirst()
                .orElseThrow(() -> new PackageRefusal(PackageRefusal.Reason.NOT_ENROLLED));
    }

    /** At a centre: one feedback package per enrolled station (acknowledgement, people moved in, moves out). */
    List<Path> feedback(Path outDir) {
        session.require(Permission.CENTRE_PACKAGES);
        return db.write(users.currentUserName(), tx -> {
            Installation inst = identity.centre(tx);
            PackageCrypto.Identity centre = identity.identity(tx, true).orElseThrow();
            List<Path> files = new ArrayList<>();
            long now = repository.lastSeq(tx);
            for (Peer station : repository.peers(tx)) {
                if (station.role() != Peer.Role.STATION) {
                    continue;
                }
                Map<String, byte[]> entries = new LinkedHashMap<>();
                List<Manifest.TableEntry> tableEntries = maker.rowsOf(tx, station.code(), -1,
                        SyncRepository.CENTRE_ROWS, entries);
                Json.RowWriter moves = new Json.RowWriter(PackageApplier.TRANSFER_COLUMNS);
                for (Transfer t : packageLog.transfersFrom(tx, station.code(), station.fedSeq())) {
                    moves.row(new Object[] {t.personId(), t.fromStation(), t.toStation()});
                }
                entries.put(PackageApplier.TRANSFERS_FILE, moves.finish());
                List<Manifest.ReferenceEntry> reference = maker.referenceOf(tx, entries);
                int no = station.sentPackageNo() + 1;
                Manifest manifest = maker.manifest(PackageKind.FEEDBACK, inst.place().code(), station.code(), no, tx,
                        station.fedSeq(), now, station.receivedSeq(), tableEntries, reference);
                byte[] sealed = PackageCrypto.sealForReceiver(PackageZip.write(manifest, entries), centre,
                        PackageCrypto.certificate(station.certificate()));
                String name = String.format("%s-%s-feedback-%s-%04d%s", inst.place().code(), station.code(),
                        tx.now().toLocalDate(), no, SyncService.EXTENSION);
                Path file = PackageFiles.write(outDir, name, sealed);
                repository.packageSent(tx, station.code(), no, tx.now());
                repository.setAckedSeq(tx, station.code(), station.receivedSeq());
                repository.setFedSeq(tx, station.code(), now);
                maker.logOut(tx, manifest, file);
                files.add(file);
            }
            return files;
        });
    }
}
