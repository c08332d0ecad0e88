package vn.tramyte.sync;

import static vn.tramyte.db.generated.Tables.SYNC_PACKAGE;
import static vn.tramyte.db.generated.Tables.SYNC_REPORT;
import static vn.tramyte.db.generated.Tables.SYNC_TRANSFER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tramyte.db.BulkInsert;
import vn.tramyte.db.Tx;
import vn.tramyte.db.generated.tables.records.SyncPackageRecord;
import vn.tramyte.db.generated.tables.records.SyncReportRecord;

/** The sync's own records: each package sent or received, the report of each import, the people moved at the centre. */
public final class PackageLogRepository {
    // ---- package log and reports ------------------------------------------------------------

    public boolean knownPackage(Tx tx, UUID id) {
        return tx.dsl().fetchExists(SYNC_PACKAGE, SYNC_PACKAGE.ID.eq(id));
    }

    public void logPackage(Tx tx, PackageLog p) {
        tx.dsl().executeInsert(packageRecord(tx, p));
    }

    /** Logs many packages with their report lines in one batch each (the demo's received packages). */
    public void logPackages(Tx tx, List<PackageLog> logs, Map<UUID, List<TableReport>> reports) {
        List<SyncPackageRecord> packages = new ArrayList<>(logs.size());
        List<SyncReportRecord> lines = new ArrayList<>();
        for (PackageLog p : logs) {
            packages.add(packageRecord(tx, p));
            lines.addAll(reportRecords(tx, p.id(), reports.getOrDefault(p.id(), List.of())));
        }
        BulkInsert.insert(tx, packages);
        BulkInsert.insert(tx, lines);
    }

    private static SyncPackageRecord packageRecord(Tx tx, PackageLog p) {
        var r = tx.dsl().newRecord(SYNC_PACKAGE);
        r.setId(p.id());
        r.setDirection(p.incoming() ? "IN" : "OUT");
        r.setKind(p.kind().name());
        r.setSource(p.source());
        r.setDestination(p.destination());
        r.setPackageNo(p.packageNo());
        r.setChangeFrom(p.changeFrom());
        r.setChangeTo(p.changeTo());
        r.setCreatedAt(p.createdAt());
        r.setHandledAt(p.handledAt());
        r.setHandledBy(p.handledBy());
        r.setFileName(p.fileName());
        return r;
    }

    private static List<SyncReportRecord> reportRecords(Tx tx, UUID packageId, List<TableReport> report) {
        List<SyncReportRecord> lines = new ArrayList<>(report.size());
        int position = 0;
        for (TableReport line : report) {
            var l = tx.dsl().newRecord(SYNC_REPORT);
            l.setPackageId(packageId);
            l.setPosition(position++);
            l.setTableName(line.table());
            l.setNewRows(line.added());
            l.setUpdatedRows(line.updated());
            l.setUnchangedRows(line.unchanged());
            l.setRefusedRows(line.refused());
            lines.add(l);
        }
        return lines;
    }

    public List<PackageLog> packages(Tx tx, boolean incoming, String source) {
        var condition = SYNC_PACKAGE.DIRECTION.eq(incoming ? "IN" : "OUT");
        if (source != null) {
            condition = condition.and(SYNC_PACKAGE.SOURCE.eq(source));
        }
        return tx.dsl().selectFrom(SYNC_PACKAGE).where(condition).orderBy(SYNC_PACKAGE.HANDLED_AT, SYNC_PACKAGE.PACKAGE_NO)
                .fetch(r -> new PackageLog(r.getId(), r.getDirection().equals("IN"), PackageKind.valueOf(r.getKind()),
                        r.getSource(), r.getDestination(), r.getPackageNo(), r.getChangeFrom(), r.getChangeTo(),
                        r.getCreatedAt(), r.getHandledAt(), r.getHandledBy(), r.getFileName()));
    }

    public void saveReport(Tx tx, UUID packageId, List<TableReport> lines) {
        BulkInsert.insert(tx, reportRecords(tx, packageId, lines));
    }

    public List<TableReport> report(Tx tx, UUID packageId) {
        return tx.dsl().selectFrom(SYNC_REPORT).where(SYNC_REPORT.PACKAGE_ID.eq(packageId))
                .orderBy(SYNC_REPORT.POSITION).fetch(r -> new TableReport(r.getTableName(), r.getNewRows(),
                        r.getUpdatedRows(), r.getUnchangedRows(), r.getRefusedRows()));
    }

    // ---- transfers --------------------------------------------------------------------------

    public void logTransfer(Tx tx, UUID personId, String from, String to, long centreSeq) {
        tx.dsl().insertInto(SYNC_TRANSFER).set(SYNC_TRANSFER.PERSON_ID, personId)
                .set(SYNC_TRANSFER.FROM_STATION, from).set(SYNC_TRANSFER.TO_STATION, to)
                .set(SYNC_TRANSFER.CENTRE_SEQ, centreSeq).set(SYNC_TRANSFER.TRANSFERRED_AT, tx.now())
                .set(SYNC_TRANSFER.TRANSFERRED_BY, tx.user()).execute();
    }

    /** People who left a station at the centre after a centre change number: person id → new station. */
    public List<Transfer> transfersFrom(Tx tx, String station, long afterSeq) {
        return tx.dsl().selectFrom(SYNC_TRANSFER)
                .where(SYNC_TRANSFER.FROM_STATION.eq(station).and(SYNC_TRANSFER.CENTRE_SEQ.gt(afterSeq)))
                .orderBy(SYNC_TRANSFER.CENTRE_SEQ)
                .fetch(r -> new Transfer(r.getPersonId(), r.getFromStation(), r.getToStation(), r.getCentreSeq()));
    }
}
