package vn.tramyte.sync;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tramyte.common.Ids;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.AuditEntry;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;

/** What was sent and received: each side's sync status, the kept import reports, the demo's past packages. */
final class SyncHistory {
    private final Database db;
    private final SyncRepository repository;
    private final PackageLogRepository packageLog;
    private final SyncTables tables;
    private final List<ReferenceData> references;
    private final PlaceService places;
    private final Ids ids;
    private final SyncIdentity identity;

    SyncHistory(Database db, SyncRepository repository, PackageLogRepository packageLog, SyncTables tables,
                List<ReferenceData> references, PlaceService places, Ids ids, SyncIdentity identity) {
        this.db = db;
        this.repository = repository;
        this.packageLog = packageLog;
        this.tables = tables;
        this.references = List.copyOf(references);
        this.places = places;
        this.ids = ids;
        this.identity = identity;
    }

    /** See {@link SyncService#recordReceived}. */
    void recordReceived(Tx tx, List<SyncService.Received> packages) {
        Installation inst = identity.centre(tx);
        String centreCode = inst.place().code();
        identity.identity(tx, true);
        Map<String, Place> stations = new HashMap<>();
        places.stationsOf(inst.place()).forEach(p -> stations.put(p.code(), p));
        Map<String, List<SyncService.Received>> byStation = packages.stream()
                .sorted(Comparator.comparing(SyncService.Received::createdAt))
                .collect(Collectors.groupingBy(SyncService.Received::station, LinkedHashMap::new, Collectors.toList()));
        List<PackageLog> logs = new ArrayList<>();
        Map<UUID, List<TableReport>> reports = new HashMap<>();
        List<AuditEntry> audit = new ArrayList<>();
        long seq = packages.isEmpty() ? 0 : tx.reserveChangeSeqs(packages.size());
        for (Map.Entry<String, List<SyncService.Received>> e : byStation.entrySet()) {
            Place station = Optional.ofNullable(stations.get(e.getKey()))
                    .orElseThrow(() -> new UserError("sync.error.notOurStation", e.getKey(), inst.place().label()));
            List<SyncService.Received> list = e.getValue();
            if (repository.peer(tx, station.code()).isEmpty()) {
                PackageCrypto.Identity keys = PackageCrypto.newIdentity(SyncIdentity.stationName(station.code()),
                        SyncIdentity.centreName(centreCode), list.get(0).createdAt().toInstant());
                repository.savePeer(tx, station.code(), Peer.Role.STATION, PackageCrypto.encoded(keys.certificate()));
                repository.setEnrolledAt(tx, station.code(), list.get(0).createdAt().minusDays(7));
            }
            int no = packageLog.packages(tx, true, station.code()).size();
            for (SyncService.Received r : list) {
                no++;
                PackageLog log = new PackageLog(ids.next(), true, PackageKind.DATA, station.code(), centreCode, no,
                        r.changeFrom(), r.changeTo(), r.createdAt(), r.importedAt(), tx.user(),
                        String.format("%s-%s-%s-%04d%s", station.code(), PackageFiles.fileSafe(station.shortName()),
                                r.createdAt().toLocalDate(), no, SyncService.EXTENSION));
                logs.add(log);
                reports.put(log.id(), r.lines());
                audit.add(new AuditEntry(PackageMaker.PACKAGE_TABLE, log.id(), AuditAction.INSERT, seq++,
                        PackageMaker.auditLine(PackageKind.DATA, station.code(), no, r.lines())));
            }
        }
        packageLog.logPackages(tx, logs, reports);
        tx.auditAll(audit);
        for (Map.Entry<String, List<SyncService.Received>> e : byStation.entrySet()) {
            List<SyncService.Received> list = e.getValue();
            repository.received(tx, e.getKey(), contiguous(tx, e.getKey()), list.get(list.size() - 1).importedAt());
        }
    }

    /** The highest change of a station received without a gap, from the ranges of its packages. */
    long contiguous(Tx tx, String station) {
        long reach = 0;
        for (long[] r : ranges(tx, station)) {
            if (r[0] <= reach) {
                reach = Math.max(reach, r[1]);
            }
        }
        return reach;
    }

    private List<long[]> ranges(Tx tx, String station) {
        return packageLog.packages(tx, true, station).stream()
                .filter(p -> p.kind() == PackageKind.DATA || p.kind() == PackageKind.UPWARD)
                .map(p -> new long[] {p.changeFrom(), p.changeTo()})
                .sorted(Comparator.comparingLong(r -> r[0])).toList();
    }

    /** Missing change ranges of a station, e.g. "31–57": changes made there that no package brought yet. */
    private List<String> gaps(Tx tx, String station) {
        List<String> gaps = new ArrayList<>();
        long reach = 0;
        for (long[] r : ranges(tx, station)) {
            if (r[0] > reach) {
                gaps.add((reach + 1) + "–" + r[0]);
            }
            reach = Math.max(reach, r[1]);
        }
        return gaps;
    }

    /** At a centre: one line per station it supervises (enrolled or not). */
    List<StationSyncStatus> stationStatus() {
        return db.read(tx -> {
            Installation inst = identity.installation(tx);
            if (!inst.mode().supervises()) {
                return List.of();
            }
            // at a centre its stations, at a province its centres (decision 0016)
            Peer.Role senders = inst.mode() == Mode.CENTRE ? Peer.Role.STATION : Peer.Role.CENTRE;
            Map<String, Peer> peers = repository.peers(tx).stream().filter(p -> p.role() == senders)
                    .collect(Collectors.toMap(Peer::code, p -> p, (a, b) -> a, LinkedHashMap::new));
            Map<String, String> names = new LinkedHashMap<>();
            (inst.mode() == Mode.CENTRE ? places.stationsOf(inst.place()) : places.centresOf(inst.place()))
                    .forEach(p -> names.put(p.code(), p.shortName()));
            peers.keySet().forEach(c -> names.putIfAbsent(c, c));
            LocalDate today = tx.now().toLocalDate();
            List<StationSyncStatus> list = new ArrayList<>();
            for (Map.Entry<String, String> e : names.entrySet()) {
                list.add(stationStatus(tx, today, e.getKey(), e.getValue(), peers.get(e.getKey())));
            }
            list.sort(Comparator.comparing((StationSyncStatus s) -> !s.enrolled()));
            return list;
        });
    }

    private StationSyncStatus stationStatus(Tx tx, LocalDate today, String code, String name, Peer peer) {
        List<PackageLog> received = packageLog.packages(tx, true, code);
        PackageLog last = received.isEmpty() ? null : received.get(received.size() - 1);
        long highest = received.stream().mapToLong(PackageLog::changeTo).max().orElse(0);
        Integer days = peer == null || peer.lastReceivedAt() == null ? null
                : (int) ChronoUnit.DAYS.between(local(peer.lastReceivedAt()), today);
        boolean stale = peer != null && (days == null
                ? ChronoUnit.DAYS.between(local(peer.enrolledAt()), today) > StationSyncStatus.STALE_DAYS
                : days > StationSyncStatus.STALE_DAYS);
        List<PackageLog> data = received.stream()
                .filter(p -> p.kind() == PackageKind.DATA || p.kind() == PackageKind.UPWARD).toList();
        long records = 0;
        for (PackageLog p : data) {
            records += packageLog.report(tx, p.id()).stream().mapToLong(r -> r.added() + r.updated()).sum();
        }
        return new StationSyncStatus(code, name, peer != null,
                last == null ? null : local(last.handledAt()), last == null ? 0 : last.packageNo(),
                peer == null ? 0 : peer.receivedSeq(), highest, gaps(tx, code),
                peer == null ? 0 : peer.ackedSeq(), days, stale, data.size(), records,
                peer == null || peer.lastSentAt() == null ? null : local(peer.lastSentAt()),
                peer != null && peer.ackedSeq() < peer.receivedSeq());
    }

    /**
     * A stored time's day where this computer is: PostgreSQL gives a time back in UTC, H2 with the offset
     * it was written with (decision 0015 §7), so the day is taken in the clock's zone.
     */
    private LocalDate local(OffsetDateTime at) {
        return at.atZoneSameInstant(db.clock().getZone()).toLocalDate();
    }

    /** At a station: what waits to be sent and what the centre acknowledged. */
    OwnSyncStatus ownStatus() {
        return db.read(tx -> {
            Installation inst = identity.installation(tx);
            Optional<Peer> centre = repository.peers(tx).stream().filter(p -> p.role() == Peer.Role.CENTRE).findFirst();
            long acked = centre.map(Peer::ackedSeq).orElse(0L);
            int waiting = 0;
            for (SyncTable t : tables.inOrder()) {
                waiting += repository.countChanged(tx, t.name(), inst.place().code(), acked,
                        centre.map(Peer::notFromEnrolment).orElse(null));
            }
            return new OwnSyncStatus(centre.isPresent(), centre.map(Peer::code).orElse(null), waiting,
                    repository.lastSeq(tx), acked,
                    centre.map(Peer::lastSentAt).map(this::local).orElse(null),
                    centre.map(Peer::sentPackageNo).orElse(0),
                    centre.map(Peer::lastReceivedAt).map(this::local).orElse(null),
                    references.stream().map(r -> new OwnSyncStatus.ReferenceVersion(r.name(),
                            r.version().applyAsInt(tx))).toList());
        });
    }

    /** Packages received, newest first, each with its kept report. */
    List<SyncService.ReceivedPackage> received() {
        return db.read(tx -> {
            List<SyncService.ReceivedPackage> list = new ArrayList<>();
            List<PackageLog> logs = new ArrayList<>(packageLog.packages(tx, true, null));
            Collections.reverse(logs);
            for (PackageLog p : logs) {
                list.add(new SyncService.ReceivedPackage(p.inZone(db.clock().getZone()), packageLog.report(tx, p.id())));
            }
            return list;
        });
    }
}
