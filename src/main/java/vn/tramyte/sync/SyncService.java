package vn.tramyte.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.bouncycastle.cert.X509CertificateHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.AppVersion;
import vn.tramyte.common.Ids;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;
import vn.tramyte.security.UserService;

/**
 * Sync packages (DESIGN.md §5, docs/sync-package-format.md): a station's data package to its
 * centre, the centre's feedback and enrolment packages to a station, and their import —
 * verified before anything is read, applied in one transaction, in the owner's order.
 */
public final class SyncService {
    public static final String EXTENSION = ".tyt";
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    static final String TRANSFERS_FILE = "transfers" + ".jsonl";
    static final String STATION_KEY_FILE = "station-key.p8";
    static final String STATION_CERT_FILE = "station" + ".crt";
    static final String CENTRE_CERT_FILE = "centre" + ".crt";
    static final String PACKAGE_TABLE = "sync_package";

    private final Database db;
    /** Who is logged in: every change and export asks it first (issue 13). */
    private final vn.tramyte.security.Session session;
    private final SyncRepository repository;
    private final SyncTables tables;
    private final List<ReferenceData> references;
    private final PlaceService places;
    private final UserService users;
    private final Ids ids;
    /** Called after each table of an import is written (tests stop a process there). */
    private java.util.function.Consumer<String> afterTable = table -> { };

    public SyncService(Database db, SyncRepository repository, SyncTables tables, List<ReferenceData> references,
                       PlaceService places, UserService users, Ids ids, vn.tramyte.security.Session session) {
        this.db = db;
        this.session = session;
        this.repository = repository;
        this.tables = tables;
        this.references = List.copyOf(references);
        this.places = places;
        this.users = users;
        this.ids = ids;
    }

    void onTableApplied(java.util.function.Consumer<String> hook) {
        this.afterTable = hook;
    }

    public SyncTables tables() {
        return tables;
    }

    // ---- identity -----------------------------------------------------------------------------

    private Installation installation(Tx tx) {
        return places.installation(tx).orElseThrow(() -> new UserError("sync.error.notSetUp"));
    }

    /** This installation's key pair; a centre makes its own on first use, a station receives it at enrolment. */
    private Optional<PackageCrypto.Identity> identity(Tx tx, boolean createForCentre) {
        Optional<SyncRepository.StoredIdentity> stored = repository.identity(tx);
        if (stored.isPresent()) {
            char[] secret = SyncSecret.of(db); // from the database key (decision 0013)
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
        storeIdentity(tx, made);
        return Optional.of(made);
    }

    private void storeIdentity(Tx tx, PackageCrypto.Identity identity) {
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
    public String certificatePem() {
        return db.write(UserService.SYSTEM_USER, tx -> {
            boolean centre = installation(tx).mode() == Mode.CENTRE;
            return identity(tx, centre).map(i -> PackageCrypto.pem(i.certificate()))
                    .orElseThrow(() -> new PackageRefusal(PackageRefusal.Reason.NOT_ENROLLED));
        });
    }

    // ---- enrolment (centre → station) ---------------------------------------------------------

    /** What enrolment made: the file to carry and the code to read out by phone. */
    public record Enrolment(Path file, String code) {
    }

    /** At a centre: a new key pair for one of its stations, sealed with a one-time code. */
    public Enrolment enrol(String stationCode, Path outDir) {
        session.require(vn.tramyte.security.Permission.CENTRE_PACKAGES);
        return enrol(stationCode, outDir, PackageCrypto.CODE_ITERATIONS);
    }

    /**
     * The demo's enrolment files for practice: the same as {@link #enrol}, but the code, written
     * beside the file in the demo folder, is stretched with fewer PBKDF2 iterations (a slow guess
     * protects nothing when the code lies next to the file); any station reads them as usual.
     */
    public Enrolment enrolForPractice(String stationCode, Path outDir) {
        session.require(vn.tramyte.security.Permission.CENTRE_PACKAGES);
        return enrol(stationCode, outDir, PackageCrypto.PRACTICE_CODE_ITERATIONS);
    }

    private Enrolment enrol(String stationCode, Path outDir, int iterations) {
        String code = EnrolmentCode.generate();
        return db.write(users.currentUserName(), tx -> {
            Installation inst = installation(tx);
            if (inst.mode() != Mode.CENTRE) {
                throw new UserError("sync.error.centreOnly");
            }
            String centreCode = inst.place().code();
            Place station = supervisedStation(inst, stationCode)
                    .orElseThrow(() -> new UserError("sync.error.notOurStation", stationCode, inst.place().label()));
            PackageCrypto.Identity centre = identity(tx, true).orElseThrow();
            PackageCrypto.Identity stationKeys = PackageCrypto.newIdentity(stationName(station.code()),
                    centreName(centreCode), tx.now().toInstant());
            repository.savePeer(tx, station.code(), Peer.Role.STATION, PackageCrypto.encoded(stationKeys.certificate()));
            Peer peer = repository.peer(tx, station.code()).orElseThrow();
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put(STATION_KEY_FILE, PackageCrypto.encryptPrivateKey(stationKeys.privateKey(),
                    EnrolmentCode.normalise(code).toCharArray(), iterations));
            entries.put(STATION_CERT_FILE, PackageCrypto.encoded(stationKeys.certificate()));
            entries.put(CENTRE_CERT_FILE, PackageCrypto.encoded(centre.certificate()));
            // a station enrolled again (a new computer) gets back what the centre holds of it
            List<Manifest.TableEntry> entriesOfTables = rowsOf(tx, station.code(), -1, null, entries);
            List<Manifest.ReferenceEntry> reference = referenceOf(tx, entries);
            long now = repository.lastSeq(tx);
            Manifest manifest = manifest(PackageKind.ENROLMENT, centreCode, station.code(), 0, tx, 0, now,
                    peer.receivedSeq(), entriesOfTables, reference);
            byte[] zip = PackageZip.write(manifest, entries);
            byte[] sealed = PackageCrypto.sealForCode(zip, centre, code, iterations);
            String name = station.code() + "-" + fileSafe(station.shortName()) + "-enrolment-"
                    + tx.now().toLocalDate() + EXTENSION;
            Path file = writeFile(outDir, name, sealed);
            logOut(tx, manifest, file);
            return new Enrolment(file, code);
        });
    }

    private Optional<Place> supervisedStation(Installation centre, String stationCode) {
        String wanted = stationCode == null ? "" : stationCode.trim();
        return places.stationsOf(centre.place()).stream().filter(p -> p.code().equals(wanted)).findFirst();
    }

    /**
     * At a station: sets this installation up from an enrolment file and its code, or enrols
     * a station that was set up without one (its records then all go in its first package).
     */
    public Installation setUpFromEnrolment(Path file, String code, vn.tramyte.security.NewUser firstAdministrator) {
        if (!users.needsFirstAdministrator()) {
            // an installation in use: enrolling it again is a setting of its administrator
            session.require(vn.tramyte.security.Permission.BACKUP_AND_SETTINGS);
        }
        byte[] bytes = readFile(file);
        byte[] signed;
        PackageZip.Contents contents;
        try {
            signed = PackageCrypto.openWithCode(bytes, code);
            byte[] unverified = PackageCrypto.unverifiedContent(signed);
            X509CertificateHolder centreCert = PackageCrypto.certificate(
                    PackageZip.read(unverified).entry(CENTRE_CERT_FILE));
            PackageCrypto.Opened opened = PackageCrypto.verify(signed,
                    sid -> PackageCrypto.names(sid, centreCert) ? Optional.of(centreCert) : Optional.empty());
            contents = PackageZip.read(opened.content());
        } catch (PackageRefusal r) {
            throw r.forFile(file.getFileName().toString());
        }
        Manifest m = contents.manifest();
        if (m.kind() != PackageKind.ENROLMENT) {
            throw new PackageRefusal(PackageRefusal.Reason.WRONG_KIND, m.kind().name())
                    .forFile(file.getFileName().toString());
        }
        try {
            keepable(m);
        } catch (PackageRefusal r) {
            throw r.forFile(file.getFileName().toString());
        }
        PackageCrypto.Identity own = new PackageCrypto.Identity(
                PackageCrypto.certificate(contents.entry(STATION_CERT_FILE)),
                PackageCrypto.decryptPrivateKey(contents.entry(STATION_KEY_FILE), EnrolmentCode.normalise(code)
                        .toCharArray()).orElseThrow(() -> new PackageRefusal(PackageRefusal.Reason.WRONG_CODE)));
        Place station = places.find(Mode.STATION, CodeList.Y2025, m.destination())
                .or(() -> places.find(Mode.STATION, CodeList.Y2024, m.destination()))
                .orElseThrow(() -> new UserError("setup.error.unknownStation", m.destination()));
        String user = firstAdministrator == null ? users.currentUserName()
                : vn.tramyte.common.SearchText.clean(firstAdministrator.fullName());
        try {
            return setUp(user, firstAdministrator, file, m, contents, own, station);
        } catch (PackageRefusal r) {
            throw r.forFile(file.getFileName().toString());
        }
    }

    private Installation setUp(String user, vn.tramyte.security.NewUser firstAdministrator, Path file, Manifest m, PackageZip.Contents contents,
                               PackageCrypto.Identity own, Place station) {
        return db.write(user, tx -> {
            Optional<Installation> existing = places.installation(tx);
            Installation inst;
            if (existing.isPresent()) {
                inst = existing.get();
                if (inst.mode() != Mode.STATION || !inst.place().code().equals(m.destination())) {
                    throw new UserError("sync.error.enrolmentForOther", m.destination(), inst.place().label());
                }
            } else {
                inst = places.setUp(tx, Mode.STATION, station, false);
            }
            if (firstAdministrator != null && !session.loggedIn()) {
                users.createFirstAdministrator(tx, firstAdministrator);
            }
            storeIdentity(tx, own);
            repository.savePeer(tx, m.source(), Peer.Role.CENTRE, contents.entry(CENTRE_CERT_FILE));
            // this station's next changes must be newer, in the owner's order, than every state the centre holds
            repository.raiseCounter(tx, Math.max(m.acknowledged(), highestOrigin(contents)));
            long seq = tx.nextChangeSeq();
            List<TableReport> lines = applyAtStation(tx, contents, m.destination(), seq);
            repository.setEnrolmentSeq(tx, m.source(), seq);
            lines.addAll(applyReference(tx, contents));
            repository.setAckedSeq(tx, m.source(), m.acknowledged());
            logIn(tx, m, file, lines, seq);
            return inst;
        });
    }

    private long highestOrigin(PackageZip.Contents contents) {
        long max = 0;
        for (Manifest.TableEntry entry : contents.manifest().tables()) {
            Incoming in = incoming(contents, entry);
            if (in != null) {
                max = Math.max(max, SyncRepository.maxOrigin(in.rows(), in.originAt()));
            }
        }
        return max;
    }

    // ---- data (station → centre) --------------------------------------------------------------

    /** At a station: every row changed since the centre's last acknowledgement, sealed for the centre. */
    public Path export(Path outDir) {
        session.require(vn.tramyte.security.Permission.EXPORT_PACKAGE);
        return db.write(users.currentUserName(), tx -> {
            Installation inst = installation(tx);
            if (inst.mode() != Mode.STATION) {
                throw new UserError("sync.error.stationOnly");
            }
            Peer centre = centrePeer(tx);
            PackageCrypto.Identity own = identity(tx, false)
                    .orElseThrow(() -> new PackageRefusal(PackageRefusal.Reason.NOT_ENROLLED));
            String station = inst.place().code();
            Map<String, byte[]> entries = new LinkedHashMap<>();
            List<Manifest.TableEntry> tableEntries = rowsOf(tx, station, centre.ackedSeq(), centre.notFromEnrolment(), entries);
            long to = repository.lastSeq(tx);
            int no = centre.sentPackageNo() + 1;
            Manifest manifest = manifest(PackageKind.DATA, station, centre.code(), no, tx, centre.ackedSeq(), to,
                    centre.ackedSeq(), tableEntries, List.of());
            byte[] sealed = PackageCrypto.sealForReceiver(PackageZip.write(manifest, entries), own,
                    PackageCrypto.certificate(centre.certificate()));
            String name = String.format("%s-%s-%s-%04d%s", station, fileSafe(inst.place().shortName()),
                    tx.now().toLocalDate(), no, EXTENSION);
            Path file = writeFile(outDir, name, sealed);
            repository.packageSent(tx, centre.code(), no, tx.now());
            logOut(tx, manifest, file);
            return file;
        });
    }

    private Peer centrePeer(Tx tx) {
        return repository.peers(tx).stream().filter(p -> p.role() == Peer.Role.CENTRE).findFirst()
                .orElseThrow(() -> new PackageRefusal(PackageRefusal.Reason.NOT_ENROLLED));
    }

    /** Writes each registered table's rows of a station changed after a number; returns the manifest lines. */
    private List<Manifest.TableEntry> rowsOf(Tx tx, String station, long afterSeq, String condition,
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

    private Manifest manifest(PackageKind kind, String source, String destination, int no, Tx tx, long from,
                              long to, long acknowledged, List<Manifest.TableEntry> tableEntries,
                              List<Manifest.ReferenceEntry> reference) {
        return new Manifest(Manifest.FORMAT_VERSION, ids.next(), kind, source, destination, no, tx.now(),
                AppVersion.app(), db.schemaVersion(), from, to, acknowledged, tableEntries, reference, Map.of());
    }

    /** Writes every set of the centre's reference data, each in force, with its version. */
    private List<Manifest.ReferenceEntry> referenceOf(Tx tx, Map<String, byte[]> entries) {
        List<Manifest.ReferenceEntry> list = new ArrayList<>();
        for (ReferenceData r : references) {
            entries.put(r.file(), r.write().apply(tx));
            list.add(new Manifest.ReferenceEntry(r.name(), r.file(), r.version().applyAsInt(tx)));
        }
        return list;
    }

    /**
     * At a station: each set of reference data whose version is newer than the one in force is put
     * in force (reported as its rows updated); an older or equal one is kept (unchanged); a set
     * this program does not know is reported refused. A set that breaks its rules refuses the package.
     */
    private List<TableReport> applyReference(Tx tx, PackageZip.Contents contents) {
        List<TableReport> lines = new ArrayList<>();
        for (Manifest.ReferenceEntry entry : contents.manifest().reference()) {
            Optional<ReferenceData> known = references.stream().filter(r -> r.name().equals(entry.name())).findFirst();
            if (known.isEmpty()) {
                lines.add(new TableReport(entry.name(), 0, 0, 0, 1));
                continue;
            }
            byte[] content = contents.entries().get(entry.file());
            if (content == null) {
                throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
            }
            if (entry.version() <= known.get().version().applyAsInt(tx)) {
                lines.add(new TableReport(entry.name(), 0, 0, 1, 0));
                continue;
            }
            try {
                lines.add(new TableReport(entry.name(), 0, known.get().receive().receive(tx, content, entry.version()), 0, 0));
            } catch (UserError e) {
                throw new PackageRefusal(PackageRefusal.Reason.BAD_REFERENCE, entry.name()).because(e);
            }
        }
        return lines;
    }

    // ---- feedback (centre → station) ----------------------------------------------------------

    /** At a centre: one feedback package per enrolled station (acknowledgement, people moved in, moves out). */
    public List<Path> feedback(Path outDir) {
        session.require(vn.tramyte.security.Permission.CENTRE_PACKAGES);
        return db.write(users.currentUserName(), tx -> {
            Installation inst = installation(tx);
            if (inst.mode() != Mode.CENTRE) {
                throw new UserError("sync.error.centreOnly");
            }
            PackageCrypto.Identity centre = identity(tx, true).orElseThrow();
            List<Path> files = new ArrayList<>();
            long now = repository.lastSeq(tx);
            for (Peer station : repository.peers(tx)) {
                if (station.role() != Peer.Role.STATION) {
                    continue;
                }
                Map<String, byte[]> entries = new LinkedHashMap<>();
                List<Manifest.TableEntry> tableEntries = rowsOf(tx, station.code(), -1, SyncRepository.CENTRE_ROWS, entries);
                Json.RowWriter moves = new Json.RowWriter(List.of("person_id", "from_station", "to_station"));
                for (Transfer t : repository.transfersFrom(tx, station.code(), station.fedSeq())) {
                    moves.row(new Object[] {t.personId(), t.fromStation(), t.toStation()});
                }
                entries.put(TRANSFERS_FILE, moves.finish());
                List<Manifest.ReferenceEntry> reference = referenceOf(tx, entries);
                int no = station.sentPackageNo() + 1;
                Manifest manifest = manifest(PackageKind.FEEDBACK, inst.place().code(), station.code(), no, tx,
                        station.fedSeq(), now, station.receivedSeq(), tableEntries, reference);
                byte[] sealed = PackageCrypto.sealForReceiver(PackageZip.write(manifest, entries), centre,
                        PackageCrypto.certificate(station.certificate()));
                String name = String.format("%s-%s-feedback-%s-%04d%s", inst.place().code(), station.code(),
                        tx.now().toLocalDate(), no, EXTENSION);
                files.add(writeFile(outDir, name, sealed));
                repository.packageSent(tx, station.code(), no, tx.now());
                repository.setAckedSeq(tx, station.code(), station.receivedSeq());
                repository.setFedSeq(tx, station.code(), now);
                logOut(tx, manifest, files.get(files.size() - 1));
            }
            return files;
        });
    }

    // ---- transfer at the centre ---------------------------------------------------------------

    /**
     * At a centre: a person moves to another station with every record of theirs (their full
     * history), a mother with her children. The new station receives them in its next
     * feedback and owns them from then on; the old one is told in its own feedback.
     */
    public void transfer(UUID personId, String toStation) {
        session.require(vn.tramyte.security.Permission.TRANSFER);
        db.writeVoid(users.currentUserName(), tx -> {
            Installation inst = installation(tx);
            if (inst.mode() != Mode.CENTRE) {
                throw new UserError("sync.error.centreOnly");
            }
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
                repository.logTransfer(tx, id, from, toStation, seq);
                tx.audit("person", id, AuditAction.UPDATE, seq, "station_code: " + from + " → " + toStation);
            }
        });
    }

    // ---- import ---------------------------------------------------------------------------------

    /** Imports package files (and the .tyt files of folders), each on its own: one transaction per package. */
    public List<ImportOutcome> importPaths(List<Path> paths) {
        session.require(vn.tramyte.security.Permission.IMPORT_PACKAGE);
        List<ImportOutcome> outcomes = new ArrayList<>();
        importPaths(paths, outcomes::add);
        return outcomes;
    }

    /**
     * The same, handing each file's outcome over as soon as it is known: what was imported is
     * told even when a later file stops the run. A folder's .tyt files are taken in name order;
     * one that cannot be read, is damaged or is meant for another receiver stops nothing else.
     */
    public void importPaths(List<Path> paths, Consumer<ImportOutcome> each) {
        session.require(vn.tramyte.security.Permission.IMPORT_PACKAGE);
        try {
            importEach(paths, each);
        } finally {
            // big packages leave most of the file dead pages: given back now, not only at the close (issue 14 §9)
            db.compactIfWorthIt();
        }
    }

    private void importEach(List<Path> paths, Consumer<ImportOutcome> each) {
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                each.accept(importFile(p));
                continue;
            }
            List<Path> files;
            try (var list = Files.list(p)) {
                files = list.filter(f -> f.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
            } catch (IOException e) {
                each.accept(ImportOutcome.refused(p, unreadable(p, e)));
                continue;
            }
            for (Path f : files) {
                each.accept(Files.isDirectory(f)
                        ? ImportOutcome.skipped(f, new PackageRefusal(PackageRefusal.Reason.FOLDER).forFile(name(f)))
                        : importFile(f));
            }
        }
    }

    public ImportOutcome importFile(Path file) {
        session.require(vn.tramyte.security.Permission.IMPORT_PACKAGE);
        String name = name(file);
        try {
            return importBytes(file, readFile(file));
        } catch (PackageRefusal r) {
            PackageRefusal named = r.forFile(name);
            return r.reason().skipped() ? ImportOutcome.skipped(file, named) : ImportOutcome.refused(file, named);
        } catch (UserError e) {
            throw e;
        } catch (RuntimeException e) {
            // the package's transaction rolled back; the other files of the run still get their turn
            LOG.error("import of {} failed", file, e);
            return ImportOutcome.refused(file, new PackageRefusal(PackageRefusal.Reason.FAILED).forFile(name));
        }
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private ImportOutcome importBytes(Path file, byte[] bytes) {
        String user = users.currentUserName();
        return db.write(user, tx -> {
            Installation inst = installation(tx);
            boolean centre = inst.mode() == Mode.CENTRE;
            PackageCrypto.Identity own = identity(tx, centre)
                    .orElseThrow(() -> new PackageRefusal(PackageRefusal.Reason.NOT_ENROLLED));
            List<Peer> peers = repository.peers(tx);
            // 1. decrypt and check the signature against an enrolled certificate: nothing is read before
            PackageCrypto.Opened opened = openFromSender(tx, inst, bytes, own, sid -> {
                for (Peer p : peers) {
                    X509CertificateHolder c = PackageCrypto.certificate(p.certificate());
                    if (PackageCrypto.names(sid, c)) {
                        return Optional.of(c);
                    }
                }
                if (centre && sid.getIssuer() != null) {
                    String signer = PackageCrypto.commonName(sid.getIssuer());
                    String organisation = organisation(sid.getIssuer());
                    if (!organisation.equals(centreName(inst.place().code()))) {
                        throw new PackageRefusal(PackageRefusal.Reason.OTHER_CENTRE, signer, organisation);
                    }
                    throw new PackageRefusal(PackageRefusal.Reason.UNKNOWN_STATION, signer);
                }
                return Optional.empty();
            });
            Peer sender = peers.stream().filter(p -> PackageCrypto.certificate(p.certificate()).equals(opened.signer()))
                    .findFirst().orElseThrow();
            // 2. the content: newer formats refused, every entry's digest checked
            PackageZip.Contents contents = PackageZip.read(opened.content());
            Manifest m = contents.manifest();
            if (!m.destination().equals(inst.place().code())) {
                throw new PackageRefusal(PackageRefusal.Reason.NOT_FOR_US, m.destination());
            }
            if (!m.source().equals(sender.code())) {
                throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
            }
            PackageKind expected = centre ? PackageKind.DATA : PackageKind.FEEDBACK;
            if (m.kind() != expected) {
                throw new PackageRefusal(PackageRefusal.Reason.WRONG_KIND, m.kind().name());
            }
            keepable(m);
            // 3. already received?
            if (alreadyReceived(tx, m, sender)) {
                return new ImportOutcome(file, ImportOutcome.Status.ALREADY_RECEIVED, m.kind(), m.source(),
                        m.packageNo(), m.changeFrom(), m.changeTo(), List.of(), null);
            }
            // 4. apply, all in this transaction
            long seq = tx.nextChangeSeq();
            List<TableReport> lines;
            if (centre) {
                lines = applyAtCentre(tx, contents, m.source(), seq);
                logIn(tx, m, file, lines, seq);
                repository.received(tx, m.source(), contiguous(tx, m.source()), tx.now());
            } else {
                lines = applyAtStation(tx, contents, m.destination(), seq);
                applyTransfers(tx, contents);
                lines.addAll(applyReference(tx, contents));
                repository.setAckedSeq(tx, m.source(), Math.max(sender.ackedSeq(), m.acknowledged()));
                repository.received(tx, m.source(), Math.max(sender.receivedSeq(), m.changeTo()), tx.now());
                logIn(tx, m, file, lines, seq);
            }
            return new ImportOutcome(file, ImportOutcome.Status.IMPORTED, m.kind(), m.source(), m.packageNo(),
                    m.changeFrom(), m.changeTo(), lines, null);
        });
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
        Installation inst = installation(tx);
        if (inst.mode() != Mode.CENTRE) {
            throw new UserError("sync.error.centreOnly");
        }
        String centreCode = inst.place().code();
        identity(tx, true);
        Map<String, Place> stations = new HashMap<>();
        places.stationsOf(inst.place()).forEach(p -> stations.put(p.code(), p));
        Map<String, List<Received>> byStation = packages.stream().sorted(Comparator.comparing(Received::createdAt))
                .collect(Collectors.groupingBy(Received::station, LinkedHashMap::new, Collectors.toList()));
        List<PackageLog> logs = new ArrayList<>();
        Map<UUID, List<TableReport>> reports = new HashMap<>();
        List<vn.tramyte.db.AuditEntry> audit = new ArrayList<>();
        long seq = packages.isEmpty() ? 0 : tx.reserveChangeSeqs(packages.size());
        for (Map.Entry<String, List<Received>> e : byStation.entrySet()) {
            Place station = Optional.ofNullable(stations.get(e.getKey()))
                    .orElseThrow(() -> new UserError("sync.error.notOurStation", e.getKey(), inst.place().label()));
            List<Received> list = e.getValue();
            if (repository.peer(tx, station.code()).isEmpty()) {
                PackageCrypto.Identity keys = PackageCrypto.newIdentity(stationName(station.code()),
                        centreName(centreCode), list.get(0).createdAt().toInstant());
                repository.savePeer(tx, station.code(), Peer.Role.STATION, PackageCrypto.encoded(keys.certificate()));
                repository.setEnrolledAt(tx, station.code(), list.get(0).createdAt().minusDays(7));
            }
            int no = repository.packages(tx, true, station.code()).size();
            for (Received r : list) {
                no++;
                PackageLog log = new PackageLog(ids.next(), true, PackageKind.DATA, station.code(), centreCode, no,
                        r.changeFrom(), r.changeTo(), r.createdAt(), r.importedAt(), tx.user(),
                        String.format("%s-%s-%s-%04d%s", station.code(), fileSafe(station.shortName()),
                                r.createdAt().toLocalDate(), no, EXTENSION));
                logs.add(log);
                reports.put(log.id(), r.lines());
                audit.add(new vn.tramyte.db.AuditEntry(PACKAGE_TABLE, log.id(), AuditAction.INSERT, seq++,
                        r.lines().stream().map(l -> l.table() + " +" + l.added() + " ~" + l.updated() + " ="
                                + l.unchanged() + " !" + l.refused()).collect(Collectors.joining("; ",
                                PackageKind.DATA + " " + station.code() + " #" + no + ": ", ""))));
            }
        }
        repository.logPackages(tx, logs, reports);
        tx.auditAll(audit);
        for (Map.Entry<String, List<Received>> e : byStation.entrySet()) {
            List<Received> list = e.getValue();
            repository.received(tx, e.getKey(), contiguous(tx, e.getKey()), list.get(list.size() - 1).importedAt());
        }
    }

    /** Opens a package; one sealed for another key says whose it is, as this program knows the place. */
    private PackageCrypto.Opened openFromSender(Tx tx, Installation inst, byte[] bytes, PackageCrypto.Identity own,
            java.util.function.Function<org.bouncycastle.cms.SignerId, Optional<X509CertificateHolder>> enrolled) {
        try {
            return PackageCrypto.openFromSender(bytes, own, enrolled);
        } catch (PackageRefusal r) {
            if (r.reason() != PackageRefusal.Reason.NOT_FOR_US) {
                throw r;
            }
            throw sealedForAnother(tx, inst, r.detail());
        }
    }

    /** "TramYTe station 03640" → skipped, for Tà Mung (03640); our own code → an old key of ours. */
    private PackageRefusal sealedForAnother(Tx tx, Installation inst, String receiver) {
        for (Mode mode : Mode.values()) {
            String prefix = mode == Mode.CENTRE ? centreName("") : stationName("");
            if (!receiver.startsWith(prefix)) {
                continue;
            }
            String code = receiver.substring(prefix.length());
            if (mode == inst.mode() && code.equals(inst.place().code())) {
                return new PackageRefusal(PackageRefusal.Reason.OLD_KEY);
            }
            // keys are made by a centre, for its stations' codes in its own code list (2024)
            String label = places.find(tx, mode, CodeList.Y2024, code)
                    .or(() -> places.find(tx, mode, CodeList.Y2025, code))
                    .map(p -> p.shortName() + " (" + code + ")").orElse(code);
            return new PackageRefusal(mode == Mode.CENTRE ? PackageRefusal.Reason.FOR_CENTRE
                    : PackageRefusal.Reason.FOR_STATION, label);
        }
        return new PackageRefusal(PackageRefusal.Reason.FOR_ANOTHER, receiver);
    }

    private static String organisation(org.bouncycastle.asn1.x500.X500Name name) {
        var rdns = name.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.O);
        return rdns.length == 0 ? "" : org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    private boolean alreadyReceived(Tx tx, Manifest m, Peer sender) {
        if (repository.knownPackage(tx, m.packageId())) {
            return true;
        }
        if (m.kind() == PackageKind.FEEDBACK) {
            return m.changeTo() <= sender.receivedSeq();
        }
        if (m.changeTo() <= sender.receivedSeq()) {
            return true;
        }
        return repository.packages(tx, true, m.source()).stream()
                .anyMatch(p -> p.changeFrom() <= m.changeFrom() && p.changeTo() >= m.changeTo());
    }

    /** The highest change of a station received without a gap, from the ranges of its packages. */
    private long contiguous(Tx tx, String station) {
        long reach = 0;
        for (long[] r : ranges(tx, station)) {
            if (r[0] <= reach) {
                reach = Math.max(reach, r[1]);
            }
        }
        return reach;
    }

    private List<long[]> ranges(Tx tx, String station) {
        return repository.packages(tx, true, station).stream().filter(p -> p.kind() == PackageKind.DATA)
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

    /**
     * At the centre: a row is new, replaces the stored one when its origin_seq is newer
     * (the owner's order), is unchanged otherwise, and is refused when the sender does not
     * own it (another station's row, or a person moved away from the sender).
     */
    private List<TableReport> applyAtCentre(Tx tx, PackageZip.Contents contents, String source, long seq) {
        List<TableReport> lines = new ArrayList<>();
        for (Manifest.TableEntry entry : orderedEntries(contents.manifest())) {
            Incoming in = incoming(contents, entry);
            if (in == null) {
                lines.add(new TableReport(entry.name(), 0, 0, 0, entry.rows()));
                continue;
            }
            Map<UUID, SyncRepository.Held> held = repository.held(tx, entry.name(), in.ids());
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            int unchanged = 0;
            int refused = 0;
            for (Object[] row : in.rows()) {
                SyncRepository.Held h = held.get((UUID) row[in.idAt()]);
                if (!source.equals(row[in.stationAt()]) || (h != null && !source.equals(h.stationCode()))) {
                    refused++;
                } else if (h == null) {
                    inserts.add(row);
                } else if (((Number) row[in.originAt()]).longValue() > h.originSeq()) {
                    updates.add(row);
                } else {
                    unchanged++;
                }
            }
            write(tx, entry.name(), in, inserts, updates, seq);
            lines.add(new TableReport(entry.name(), inserts.size(), updates.size(), unchanged, refused));
            afterTable.accept(entry.name());
        }
        return lines;
    }

    /**
     * At a station (feedback or enrolment): rows the centre gives it (people moved in, or its own
     * records back on a new computer). Missing rows are added, rows it already has are kept; the
     * station owns them from now on, so they take its own change number as their origin.
     */
    private List<TableReport> applyAtStation(Tx tx, PackageZip.Contents contents, String station, long seq) {
        List<TableReport> lines = new ArrayList<>();
        for (Manifest.TableEntry entry : orderedEntries(contents.manifest())) {
            Incoming in = incoming(contents, entry);
            if (in == null) {
                lines.add(new TableReport(entry.name(), 0, 0, 0, entry.rows()));
                continue;
            }
            Map<UUID, SyncRepository.Held> held = repository.held(tx, entry.name(), in.ids());
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            int unchanged = 0;
            int refused = 0;
            for (Object[] row : in.rows()) {
                SyncRepository.Held h = held.get((UUID) row[in.idAt()]);
                row[in.originAt()] = seq;
                if (!station.equals(row[in.stationAt()])) {
                    refused++;
                } else if (h == null) {
                    inserts.add(row);
                } else if (!station.equals(h.stationCode())) {
                    updates.add(row); // a person who left and came back
                } else {
                    unchanged++;
                }
            }
            write(tx, entry.name(), in, inserts, updates, seq);
            lines.add(new TableReport(entry.name(), inserts.size(), updates.size(), unchanged, refused));
        }
        return lines;
    }

    private void applyTransfers(Tx tx, PackageZip.Contents contents) {
        byte[] data = contents.entries().get(TRANSFERS_FILE);
        if (data == null) {
            return;
        }
        for (Object[] move : Json.readRows(data, List.of("person_id", "from_station", "to_station"),
                List.of(UUID.class, String.class, String.class))) {
            for (SyncTable table : tables.inOrder()) {
                if (table.personColumn() != null) {
                    repository.markTransferred(tx, table.name(), table.personColumn(), (UUID) move[0],
                            (String) move[2]);
                }
            }
        }
    }

    private void write(Tx tx, String table, Incoming in, List<Object[]> inserts, List<Object[]> updates, long seq) {
        try {
            repository.insert(tx, table, in.columns(), parentsFirst(table, in, inserts), seq);
            repository.update(tx, table, in.columns(), updates, seq);
        } catch (RuntimeException e) {
            if (!parentMissing(e)) {
                // any other failure (a full disk, a broken constraint) is not a missing record: said as what it is,
                // its cause in the log (issue 14: never lie)
                throw e;
            }
            // a row naming a record this database does not have (a foreign key): nothing is kept
            throw new PackageRefusal(PackageRefusal.Reason.MISSING_RECORD, table);
        }
    }

    /** H2's "referential integrity violated: parent missing" (23506) anywhere in the failure's causes. */
    static boolean parentMissing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (java.sql.SQLException s = t instanceof java.sql.SQLException q ? q : null; s != null;
                    s = s.getNextException() == s ? null : s.getNextException()) {
                if (s.getErrorCode() == PARENT_MISSING || String.valueOf(PARENT_MISSING).equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** org.h2.api.ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1. */
    private static final int PARENT_MISSING = 23506;

    /** Rows referring to rows of the same table (a mother) come after them, so each insert finds its parent. */
    private List<Object[]> parentsFirst(String table, Incoming in, List<Object[]> rows) {
        List<Integer> refs = new ArrayList<>();
        for (String col : repository.selfReferences(table)) {
            int at = in.columns().indexOf(col);
            if (at >= 0) {
                refs.add(at);
            }
        }
        if (refs.isEmpty() || rows.size() < 2) {
            return rows;
        }
        Map<Object, Object[]> byId = new HashMap<>(rows.size() * 2);
        for (Object[] r : rows) {
            byId.put(r[in.idAt()], r);
        }
        List<Object[]> ordered = new ArrayList<>(rows.size());
        Set<Object> done = new HashSet<>(rows.size() * 2);
        for (Object[] r : rows) {
            visit(r, in.idAt(), refs, byId, done, ordered, 0);
        }
        return ordered;
    }

    private static void visit(Object[] row, int idAt, List<Integer> refs, Map<Object, Object[]> byId, Set<Object> done,
                              List<Object[]> ordered, int depth) {
        if (!done.add(row[idAt])) {
            return;
        }
        if (depth < 1000) {
            for (int ref : refs) {
                Object[] parent = row[ref] == null ? null : byId.get(row[ref]);
                if (parent != null) {
                    visit(parent, idAt, refs, byId, done, ordered, depth + 1);
                }
            }
        }
        ordered.add(row);
    }

    /** One table's rows of a package, typed for this database's columns. */
    private record Incoming(List<String> columns, List<Object[]> rows, int idAt, int stationAt, int originAt) {
        List<UUID> ids() {
            List<UUID> list = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                list.add((UUID) r[idAt]);
            }
            return list;
        }
    }

    /**
     * A package from a newer program may carry rows of a table, or values of a column, this
     * database does not have yet. Importing it would drop them for good (the sender counts them
     * received and never sends them again), so it is refused, naming the sender's database
     * version: nothing changes until this program is updated. An empty table of a newer
     * program is harmless.
     */
    private void keepable(Manifest m) {
        for (Manifest.TableEntry entry : m.tables()) {
            if (entry.rows() == 0) {
                continue;
            }
            boolean known = tables.named(entry.name()).isPresent();
            if (!known || !repository.columns(entry.name()).containsAll(entry.columns())) {
                throw new PackageRefusal(PackageRefusal.Reason.NEWER_SCHEMA, entry.name(), m.schemaVersion());
            }
        }
    }

    /** The registered tables first, in registry order; tables this program does not know are reported refused. */
    private List<Manifest.TableEntry> orderedEntries(Manifest m) {
        List<Manifest.TableEntry> ordered = new ArrayList<>();
        for (SyncTable t : tables.inOrder()) {
            m.tables().stream().filter(e -> e.name().equals(t.name())).forEach(ordered::add);
        }
        m.tables().stream().filter(e -> tables.named(e.name()).isEmpty()).forEach(ordered::add);
        return ordered;
    }

    private Incoming incoming(PackageZip.Contents contents, Manifest.TableEntry entry) {
        if (tables.named(entry.name()).isEmpty()) {
            return null;
        }
        List<String> local = repository.columns(entry.name());
        // an older package may lack columns added since: they keep their default
        List<String> columns = entry.columns().stream().filter(local::contains).collect(Collectors.toList());
        if (!columns.containsAll(List.of("id", "station_code", "origin_seq"))) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
        }
        List<Object[]> rows;
        try {
            rows = Json.readRows(contents.entry(entry.file()), columns, repository.types(entry.name(), columns));
        } catch (RuntimeException e) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED).because(e);
        }
        if (rows.size() != entry.rows()) {
            throw new PackageRefusal(PackageRefusal.Reason.CHANGED);
        }
        return new Incoming(columns, rows, columns.indexOf("id"), columns.indexOf("station_code"),
                columns.indexOf("origin_seq"));
    }

    private void logIn(Tx tx, Manifest m, Path file, List<TableReport> lines, long seq) {
        repository.logPackage(tx, new PackageLog(m.packageId(), true, m.kind(), m.source(), m.destination(),
                m.packageNo(), m.changeFrom(), m.changeTo(), m.createdAt(), tx.now(), tx.user(),
                file.getFileName().toString()));
        repository.saveReport(tx, m.packageId(), lines);
        tx.audit(PACKAGE_TABLE, m.packageId(), AuditAction.INSERT, seq, lines.stream()
                .map(l -> l.table() + " +" + l.added() + " ~" + l.updated() + " =" + l.unchanged() + " !" + l.refused())
                .collect(Collectors.joining("; ", m.kind() + " " + m.source() + " #" + m.packageNo() + ": ", "")));
    }

    private void logOut(Tx tx, Manifest m, Path file) {
        repository.logPackage(tx, new PackageLog(m.packageId(), false, m.kind(), m.source(), m.destination(),
                m.packageNo(), m.changeFrom(), m.changeTo(), m.createdAt(), tx.now(), tx.user(),
                file.getFileName().toString()));
    }

    // ---- status and reports ---------------------------------------------------------------------

    /** At a centre: one line per station it supervises (enrolled or not). */
    public List<StationSyncStatus> stationStatus() {
        return db.read(tx -> {
            Installation inst = installation(tx);
            if (inst.mode() != Mode.CENTRE) {
                return List.of();
            }
            LocalDate today = tx.now().toLocalDate();
            Map<String, Peer> peers = repository.peers(tx).stream()
                    .collect(Collectors.toMap(Peer::code, p -> p, (a, b) -> a, LinkedHashMap::new));
            Map<String, String> names = new LinkedHashMap<>();
            places.stationsOf(inst.place()).forEach(p -> names.put(p.code(), p.shortName()));
            peers.keySet().forEach(c -> names.putIfAbsent(c, c));
            List<StationSyncStatus> list = new ArrayList<>();
            for (Map.Entry<String, String> e : names.entrySet()) {
                Peer peer = peers.get(e.getKey());
                List<PackageLog> received = repository.packages(tx, true, e.getKey());
                PackageLog last = received.isEmpty() ? null : received.get(received.size() - 1);
                long highest = received.stream().mapToLong(PackageLog::changeTo).max().orElse(0);
                Integer days = peer == null || peer.lastReceivedAt() == null ? null
                        : (int) ChronoUnit.DAYS.between(peer.lastReceivedAt().toLocalDate(), today);
                boolean stale = peer != null && (days == null
                        ? ChronoUnit.DAYS.between(peer.enrolledAt().toLocalDate(), today) > StationSyncStatus.STALE_DAYS
                        : days > StationSyncStatus.STALE_DAYS);
                List<PackageLog> data = received.stream().filter(p -> p.kind() == PackageKind.DATA).toList();
                long records = 0;
                for (PackageLog p : data) {
                    records += repository.report(tx, p.id()).stream().mapToLong(r -> r.added() + r.updated()).sum();
                }
                list.add(new StationSyncStatus(e.getKey(), e.getValue(), peer != null,
                        last == null ? null : last.handledAt().toLocalDate(), last == null ? 0 : last.packageNo(),
                        peer == null ? 0 : peer.receivedSeq(), highest, gaps(tx, e.getKey()),
                        peer == null ? 0 : peer.ackedSeq(), days, stale, data.size(), records,
                        peer == null || peer.lastSentAt() == null ? null : peer.lastSentAt().toLocalDate(),
                        peer != null && peer.ackedSeq() < peer.receivedSeq()));
            }
            list.sort(Comparator.comparing((StationSyncStatus s) -> !s.enrolled()));
            return list;
        });
    }

    /** At a station: what waits to be sent and what the centre acknowledged. */
    public OwnSyncStatus ownStatus() {
        return db.read(tx -> {
            Installation inst = installation(tx);
            Optional<Peer> centre = repository.peers(tx).stream().filter(p -> p.role() == Peer.Role.CENTRE).findFirst();
            long acked = centre.map(Peer::ackedSeq).orElse(0L);
            int waiting = 0;
            for (SyncTable t : tables.inOrder()) {
                waiting += repository.countChanged(tx, t.name(), inst.place().code(), acked,
                        centre.map(Peer::notFromEnrolment).orElse(null));
            }
            return new OwnSyncStatus(centre.isPresent(), centre.map(Peer::code).orElse(null), waiting,
                    repository.lastSeq(tx), acked,
                    centre.map(Peer::lastSentAt).map(OffsetDateTime::toLocalDate).orElse(null),
                    centre.map(Peer::sentPackageNo).orElse(0),
                    centre.map(Peer::lastReceivedAt).map(OffsetDateTime::toLocalDate).orElse(null),
                    references.stream().map(r -> new OwnSyncStatus.ReferenceVersion(r.name(),
                            r.version().applyAsInt(tx))).toList());
        });
    }

    /** Packages received, newest first, each with its kept report. */
    public List<ReceivedPackage> received() {
        return db.read(tx -> {
            List<ReceivedPackage> list = new ArrayList<>();
            List<PackageLog> logs = new ArrayList<>(repository.packages(tx, true, null));
            java.util.Collections.reverse(logs);
            for (PackageLog p : logs) {
                list.add(new ReceivedPackage(p, repository.report(tx, p.id())));
            }
            return list;
        });
    }

    /** A received package and its import report. */
    public record ReceivedPackage(PackageLog log, List<TableReport> lines) {
    }

    // ---- files ----------------------------------------------------------------------------------

    /** The most a package file may weigh: far more than any package this program makes (issue 14 item 4). */
    static final long MAX_PACKAGE_BYTES = 256L << 20;

    /**
     * A package file's bytes, never more than {@link #MAX_PACKAGE_BYTES}: a bigger file is refused
     * by its size before anything is read, and a device or pipe (a link to /dev/zero) is not a
     * package; the bytes are counted while read too, as a file may grow meanwhile.
     */
    private static byte[] readFile(Path file) {
        try {
            if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
                throw new PackageRefusal(PackageRefusal.Reason.NOT_A_PACKAGE).forFile(name(file));
            }
            if (Files.isRegularFile(file) && Files.size(file) > MAX_PACKAGE_BYTES) {
                throw tooBig(file);
            }
            try (java.io.InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_PACKAGE_BYTES + 1);
                if (bytes.length > MAX_PACKAGE_BYTES) {
                    throw tooBig(file);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static PackageRefusal tooBig(Path file) {
        return new PackageRefusal(PackageRefusal.Reason.TOO_BIG, String.valueOf(MAX_PACKAGE_BYTES >> 20))
                .forFile(name(file));
    }

    /** Why a file or folder cannot be read, in words a user can act on (never the bare path as the reason). */
    private static PackageRefusal unreadable(Path file, IOException e) {
        PackageRefusal why;
        if (e instanceof java.nio.file.NoSuchFileException) {
            Path folder = file.toAbsolutePath().getParent();
            why = new PackageRefusal(PackageRefusal.Reason.NO_SUCH_FILE, folder == null ? "" : folder.toString());
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            why = new PackageRefusal(PackageRefusal.Reason.NOT_ALLOWED);
        } else {
            // a file system's own reason ("Is a directory"), never its message, which is often the bare path
            String reason = e instanceof java.nio.file.FileSystemException f ? f.getReason() : e.getMessage();
            why = new PackageRefusal(PackageRefusal.Reason.UNREADABLE,
                    reason == null || reason.isBlank() ? "" : " (" + reason + ")");
        }
        LOG.warn("cannot read {}", file, e);
        return why.because(e).forFile(name(file));
    }

    private static Path writeFile(Path dir, String name, byte[] data) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            Path tmp = dir.resolve(name + ".part");
            Files.write(tmp, data);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UserError("sync.error.unwritable", dir.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** "Mường Kim" → "MuongKim": file names any USB stick and any system accept. */
    static String fileSafe(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9]", "");
    }

    static DateTimeFormatter day() {
        return DateTimeFormatter.ISO_LOCAL_DATE;
    }
}
