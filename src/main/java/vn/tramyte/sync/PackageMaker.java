package vn.tramyte.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tramyte.common.AppVersion;
import vn.tramyte.common.Ids;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;

/** What every package is made of, whichever way it goes: its table rows, reference data, manifest and log line. */
final class PackageMaker {
    static final String PACKAGE_TABLE = "sync_package";

    private final Database db;
    private final SyncRepository repository;
    private final PackageLogRepository packageLog;
    private final SyncTables tables;
    private final List<ReferenceData> references;
    private final Ids ids;

    PackageMaker(Database db, SyncRepository repository, PackageLogRepository packageLog, SyncTables tables,
                 List<ReferenceData> references, Ids ids) {
        this.db = db;
        this.repository = repository;
        this.packageLog = packageLog;
        this.tables = tables;
        this.references = List.copyOf(references);
        this.ids = ids;
    }

    /** Writes each registered table's rows of a station changed after a number; returns the manifest lines. */
    List<Manifest.TableEntry> rowsOf(Tx tx, String station, long afterSeq, String condition,
                                     Map<String, byte[]> entries) {
        List<Manifest.TableEntry> list = new ArrayList<>();
        for (SyncTable table : tables.inOrder()) {
            List<String> columns = repository.columns(table.name());
            Json.RowWriter writer = new Json.RowWriter(columns);
            repository.changedRows(tx, table.name(), columns, station, afterSeq, condition, writer::row);
            String fileName = table.name() + ".jsonl";
            entries.put(fileName, writer.finish());
            list.add(new Manifest.TableEntry(table.name(), fileName, writer.count(), columns));
        }
        return list;
    }

    /** Writes every set of the centre's reference data, each in force, with its version. */
    List<Manifest.ReferenceEntry> referenceOf(Tx tx, Map<String, byte[]> entries) {
        List<Manifest.ReferenceEntry> list = new ArrayList<>();
        for (ReferenceData r : references) {
            entries.put(r.file(), r.write().apply(tx));
            list.add(new Manifest.ReferenceEntry(r.name(), r.file(), r.version().applyAsInt(tx)));
        }
        return list;
    }

    Manifest manifest(PackageKind kind, String source, String destination, int no, Tx tx, long from,
                      long to, long acknowledged, List<Manifest.TableEntry> tableEntries,
                      List<Manifest.ReferenceEntry> reference) {
        return new Manifest(Manifest.FORMAT_VERSION, ids.next(), kind, source, destination, no, tx.now(),
                AppVersion.app(), db.schemaVersion(), from, to, acknowledged, tableEntries, reference, Map.of());
    }

    /** Logs a package sent. */
    void logOut(Tx tx, Manifest m, Path file) {
        packageLog.logPackage(tx, log(tx, m, false, file));
    }

    /** Logs a package received, keeps its report and audits it in one line. */
    void logIn(Tx tx, Manifest m, Path file, List<TableReport> lines, long seq) {
        packageLog.logPackage(tx, log(tx, m, true, file));
        packageLog.saveReport(tx, m.packageId(), lines);
        tx.audit(PACKAGE_TABLE, m.packageId(), AuditAction.INSERT, seq,
                auditLine(m.kind(), m.source(), m.packageNo(), lines));
    }

    private static PackageLog log(Tx tx, Manifest m, boolean incoming, Path file) {
        return new PackageLog(m.packageId(), incoming, m.kind(), m.source(), m.destination(),
                m.packageNo(), m.changeFrom(), m.changeTo(), m.createdAt(), tx.now(), tx.user(),
                file.getFileName().toString());
    }

    /** "DATA 03637 #4: person +3 ~1 =0 !0; …": a received package in the audit log. */
    static String auditLine(PackageKind kind, String source, int packageNo, List<TableReport> lines) {
        return lines.stream()
                .map(l -> l.table() + " +" + l.added() + " ~" + l.updated() + " =" + l.unchanged() + " !" + l.refused())
                .collect(Collectors.joining("; ", kind + " " + source + " #" + packageNo + ": ", ""));
    }
}
