package vn.tramyte.sync;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import vn.tramyte.common.Ids;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.place.Installation;
import vn.tramyte.place.PlaceService;
import vn.tramyte.security.NewUser;
import vn.tramyte.security.Permission;
import vn.tramyte.security.Session;
import vn.tramyte.security.UserService;

/**
 * Sync packages (DESIGN.md §5, docs/sync-package-format.md): a station's data package to its
 * centre, the centre's feedback and enrolment packages to a station, and their import —
 * verified before anything is read, applied in one transaction, in the owner's order.
 *
 * <p>A thin facade over the parts that do each job (identity, enrolment, export, transfer,
 * import, status): callers see one service, each part stays small.
 */
public final class SyncService {
    public static final String EXTENSION = ".tyt";

    private final Session session;
    private final SyncTables tables;
    private final SyncIdentity identity;
    private final PackageApplier applier;
    private final Enrolments enrolments;
    private final PackageExports exports;
    private final CentreTransfers transfers;
    private final PackageImports imports;
    private final SyncHistory history;
    private final ProvinceSync province;

    public SyncService(Database db, SyncRepository repository, SyncTables tables, List<ReferenceData> references,
                       PlaceService places, UserService users, Ids ids, Session session) {
        this.session = session;
        this.tables = tables;
        PackageLogRepository packageLog = new PackageLogRepository();
        this.identity = new SyncIdentity(db, repository, places);
        PackageMaker maker = new PackageMaker(db, repository, packageLog, tables, references, ids);
        this.applier = new PackageApplier(repository, tables, references);
        this.enrolments = new Enrolments(db, session, repository, places, users, identity, maker, applier);
        this.exports = new PackageExports(db, session, repository, packageLog, users, identity, maker);
        this.transfers = new CentreTransfers(db, session, repository, packageLog, tables, users, identity);
        this.history = new SyncHistory(db, repository, packageLog, tables, references, places, ids, identity);
        this.province = new ProvinceSync(db, session, repository, places, users, identity, maker);
        this.imports = new PackageImports(db, session, repository, packageLog, places, users, identity, maker,
                applier, history);
    }

    /** Called after each table of an import is written (tests stop a process there). */
    void onTableApplied(Consumer<String> hook) {
        applier.onTableApplied(hook);
    }

    public SyncTables tables() {
        return tables;
    }

    /** The certificate of this installation, PEM, for checking a package with openssl. */
    public String certificatePem() {
        return identity.certificatePem();
    }

    // ---- enrolment (centre → station) ---------------------------------------------------------

    /** What enrolment made: the file to carry and the code to read out by phone. */
    public record Enrolment(Path file, String code) {
    }

    /** At a centre: a new key pair for one of its stations, sealed with a one-time code. */
    public Enrolment enrol(String stationCode, Path outDir) {
        return enrolments.enrol(stationCode, outDir, PackageCrypto.CODE_ITERATIONS);
    }

    /**
     * The demo's enrolment files for practice: the same as {@link #enrol}, but the code, written
     * beside the file in the demo folder, is stretched with fewer PBKDF2 iterations (a slow guess
     * protects nothing when the code lies next to the file); any station reads them as usual.
     */
    public Enrolment enrolForPractice(String stationCode, Path outDir) {
        return enrolments.enrol(stationCode, outDir, PackageCrypto.PRACTICE_CODE_ITERATIONS);
    }

    /**
     * At a station: sets this installation up from an enrolment file and its code, or enrols
     * a station that was set up without one (its records then all go in its first package).
     */
    public Installation setUpFromEnrolment(Path file, String code, NewUser firstAdministrator) {
        return enrolments.setUpFromEnrolment(file, code, firstAdministrator);
    }

    // ---- the province (centre → province, decision 0016) ----------------------------------------

    /** At the province: a new key pair for one of its centres, sealed with a one-time code. */
    public Enrolment enrolCentre(String centreCode, Path outDir) {
        return province.enrolCentre(centreCode, outDir, PackageCrypto.CODE_ITERATIONS);
    }

    /**
     * At a centre: joins its province with the enrolment file and code the province gave (keeps the
     * key pair that signs its upward packages and the province's certificate); returns the province's label.
     */
    public String joinProvince(Path file, String code) {
        return province.joinProvince(file, code);
    }

    /**
     * At a centre: the upward package for its province, the rows of all its stations that arrived since
     * the last one (all of them the first time, or when {@code everything}: a lost package sent again).
     */
    public Path exportUpward(Path outDir, boolean everything) {
        return province.exportUpward(outDir, everything);
    }

    // ---- data (station → centre) and feedback (centre → station) ------------------------------

    /** At a station: every row changed since the centre's last acknowledgement, sealed for the centre. */
    public Path export(Path outDir) {
        return exports.export(outDir);
    }

    /** At a centre: one feedback package per enrolled station (acknowledgement, people moved in, moves out). */
    public List<Path> feedback(Path outDir) {
        return exports.feedback(outDir);
    }

    // ---- transfer at the centre ---------------------------------------------------------------

    /**
     * At a centre: a person moves to another station with every record of theirs (their full
     * history), a mother with her children. The new station receives them in its next
     * feedback and owns them from then on; the old one is told in its own feedback.
     */
    public void transfer(UUID personId, String toStation) {
        transfers.transfer(personId, toStation);
    }

    // ---- import ---------------------------------------------------------------------------------

    /** Imports package files (and the .tyt files of folders), each on its own: one transaction per package. */
    public List<ImportOutcome> importPaths(List<Path> paths) {
        session.require(Permission.IMPORT_PACKAGE);
        List<ImportOutcome> outcomes = new ArrayList<>();
        imports.importPaths(paths, outcomes::add);
        return outcomes;
    }

    /**
     * The same, handing each file's outcome over as soon as it is known: what was imported is
     * told even when a later file stops the run. A folder's .tyt files are taken in name order;
     * one that cannot be read, is damaged or is meant for another receiver stops nothing else.
     */
    public void importPaths(List<Path> paths, Consumer<ImportOutcome> each) {
        imports.importPaths(paths, each);
    }

    public ImportOutcome importFile(Path file) {
        return imports.importFile(file);
    }

    /**
     * A data package a station sent and this centre imported, as the demo plays it: when it was
     * made and imported, the change range it carried and its report lines.
     */
    public record Received(String station, OffsetDateTime createdAt, OffsetDateTime importedAt, long changeFrom,
                           long changeTo, List<TableReport> lines) {
        public Received {
            lines = List.copyOf(lines);
        }
    }

    /**
     * For the demo, which plays a centre that has been receiving its stations' data packages for
     * a while: logs each package as an import does (the package log and its report, the station's
     * contiguous received change number and the day of its last package), in the caller's
     * transaction, after the rows the packages carried were written. A station not enrolled yet is
     * enrolled first, dated before its first package, with a key pair whose private half is not
     * kept (no station computer exists; enrolling it from a file later gives it one).
     */
    public void recordReceived(Tx tx, List<Received> packages) {
        history.recordReceived(tx, packages);
    }

    // ---- status and reports ---------------------------------------------------------------------

    /** At a centre: one line per station it supervises (enrolled or not). */
    public List<StationSyncStatus> stationStatus() {
        return history.stationStatus();
    }

    /** At a station: what waits to be sent and what the centre acknowledged. */
    public OwnSyncStatus ownStatus() {
        return history.ownStatus();
    }

    /** Packages received, newest first, each with its kept report. */
    public List<ReceivedPackage> received() {
        return history.received();
    }

    /** A received package and its import report. */
    public record ReceivedPackage(PackageLog log, List<TableReport> lines) {
    }
}
