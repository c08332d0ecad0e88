package vn.tramyte.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.SignerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.UserError;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.place.PlaceService;
import vn.tramyte.security.Permission;
import vn.tramyte.security.Session;
import vn.tramyte.security.UserService;

/**
 * Import of data packages (at a centre) and feedback packages (at a station): verified before
 * anything is read, applied in one transaction per package, told file by file.
 */
final class PackageImports {
    private static final Logger LOG = LoggerFactory.getLogger(PackageImports.class);

    private final Database db;
    private final Session session;
    private final SyncRepository repository;
    private final PackageLogRepository packageLog;
    private final PlaceService places;
    private final UserService users;
    private final SyncIdentity identity;
    private final PackageMaker maker;
    private final PackageApplier applier;
    private final SyncHistory history;

    PackageImports(Database db, Session session, SyncRepository repository, PackageLogRepository packageLog,
                   PlaceService places, UserService users,
                   SyncIdentity identity, PackageMaker maker, PackageApplier applier, SyncHistory history) {
        this.db = db;
        this.session = session;
        this.repository = repository;
        this.packageLog = packageLog;
        this.places = places;
        this.users = users;
        this.identity = identity;
        this.maker = maker;
        this.applier = applier;
        this.history = history;
    }

    /**
     * Imports package files (and the .tyt files of folders), each on its own, handing each file's
     * outcome over as soon as it is known: what was imported is told even when a later file stops
     * the run. A folder's .tyt files are taken in name order; one that cannot be read, is damaged
     * or is meant for another receiver stops nothing else.
     */
    void importPaths(List<Path> paths, Consumer<ImportOutcome> each) {
        session.require(Permission.IMPORT_PACKAGE);
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
                files = list.filter(f -> f.getFileName().toString().endsWith(SyncService.EXTENSION)).sorted().toList();
            } catch (IOException e) {
                each.accept(ImportOutcome.refused(p, PackageFiles.unreadable(p, e)));
                continue;
            }
            for (Path f : files) {
                each.accept(Files.isDirectory(f)
                        ? ImportOutcome.skipped(f, new PackageRefusal(PackageRefusal.Reason.FOLDER)
                                .forFile(PackageFiles.name(f)))
                        : importFile(f));
            }
        }
    }

    ImportOutcome importFile(Path file) {
        session.require(Permission.IMPORT_PACKAGE);
        String name = PackageFiles.name(file);
        try {
            return importBytes(file, PackageFiles.read(file));
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

    private ImportOutcome importBytes(Path file, byte[] bytes) {
        return db.write(users.currentUserName(), tx -> {
            Installation inst = identity.installation(tx);
            boolean centre = inst.mode() == Mode.CENTRE;
            boolean province = inst.mode() == Mode.PROVINCE;
            PackageCrypto.Identity own = identity.identity(tx, inst.mode().supervises())
                    .orElseThrow(() -> new PackageRefusal(PackageRefusal.Reason.NOT_ENROLLED));
            List<Peer> peers = repository.peers(tx);
            // 1. decrypt and check the signature against an enrolled certificate: nothing is read before
            PackageCrypto.Opened opened = openFromSender(tx, inst, bytes, own, sid -> enrolled(inst, peers, sid));
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
            PackageKind expected = province ? PackageKind.UPWARD : centre ? PackageKind.DATA : PackageKind.FEEDBACK;
            if (m.kind() != expected) {
                throw new PackageRefusal(PackageRefusal.Reason.WRONG_KIND, m.kind().name());
            }
            applier.keepable(m);
            // 3. already received?
            if (alreadyReceived(tx, m, sender)) {
                return new ImportOutcome(file, ImportOutcome.Status.ALREADY_RECEIVED, m.kind(), m.source(),
                        m.packageNo(), m.changeFrom(), m.changeTo(), List.of(), null);
            }
            // 4. apply, all in this transaction
            long seq = tx.nextChangeSeq();
            List<TableReport> lines;
            if (province) {
                // a centre's upward package: the rows of its stations, each in its station's order
                java.util.Set<String> stations = places.find(tx, Mode.CENTRE, CodeList.Y2024, m.source())
                        .map(c -> places.stationsOf(tx, c)).orElse(List.of()).stream()
                        .map(vn.tramyte.place.Place::code).collect(java.util.stream.Collectors.toSet());
                lines = applier.applyAtProvince(tx, contents, stations, seq);
                maker.logIn(tx, m, file, lines, seq);
                repository.received(tx, m.source(), history.contiguous(tx, m.source()), tx.now());
            } else if (centre) {
                lines = applier.applyAtCentre(tx, contents, m.source(), seq);
                maker.logIn(tx, m, file, lines, seq);
                repository.received(tx, m.source(), history.contiguous(tx, m.source()), tx.now());
            } else {
                lines = applier.applyAtStation(tx, contents, m.destination(), seq);
                applier.applyTransfers(tx, contents);
                lines.addAll(applier.applyReference(tx, contents));
                repository.setAckedSeq(tx, m.source(), Math.max(sender.ackedSeq(), m.acknowledged()));
                repository.received(tx, m.source(), Math.max(sender.receivedSeq(), m.changeTo()), tx.now());
                maker.logIn(tx, m, file, lines, seq);
            }
            return new ImportOutcome(file, ImportOutcome.Status.IMPORTED, m.kind(), m.source(), m.packageNo(),
                    m.changeFrom(), m.changeTo(), lines, null);
        });
    }

    /** The enrolled certificate that signed a package; at a centre an unknown signer is named in the refusal. */
    private static Optional<X509CertificateHolder> enrolled(Installation inst, List<Peer> peers, SignerId sid) {
        for (Peer p : peers) {
            X509CertificateHolder c = PackageCrypto.certificate(p.certificate());
            if (PackageCrypto.names(sid, c)) {
                return Optional.of(c);
            }
        }
        if (inst.mode() == Mode.PROVINCE && sid.getIssuer() != null) {
            throw new PackageRefusal(PackageRefusal.Reason.UNKNOWN_CENTRE, PackageCrypto.commonName(sid.getIssuer()));
        }
        if (inst.mode() == Mode.CENTRE && sid.getIssuer() != null) {
            String signer = PackageCrypto.commonName(sid.getIssuer());
            String organisation = organisation(sid.getIssuer());
            if (!organisation.equals(SyncIdentity.centreName(inst.place().code()))) {
                throw new PackageRefusal(PackageRefusal.Reason.OTHER_CENTRE, signer, organisation);
            }
            throw new PackageRefusal(PackageRefusal.Reason.UNKNOWN_STATION, signer);
        }
        return Optional.empty();
    }

    /** Opens a package; one sealed for another key says whose it is, as this program knows the place. */
    private PackageCrypto.Opened openFromSender(Tx tx, Installation inst, byte[] bytes, PackageCrypto.Identity own,
            Function<SignerId, Optional<X509CertificateHolder>> enrolled) {
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
            String prefix = mode == Mode.PROVINCE ? SyncIdentity.provinceName("")
                    : mode == Mode.CENTRE ? SyncIdentity.centreName("") : SyncIdentity.stationName("");
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
            return new PackageRefusal(mode == Mode.PROVINCE ? PackageRefusal.Reason.FOR_PROVINCE
                    : mode == Mode.CENTRE ? PackageRefusal.Reason.FOR_CENTRE : PackageRefusal.Reason.FOR_STATION, label);
        }
        return new PackageRefusal(PackageRefusal.Reason.FOR_ANOTHER, receiver);
    }

    private static String organisation(X500Name name) {
        var rdns = name.getRDNs(BCStyle.O);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    private boolean alreadyReceived(Tx tx, Manifest m, Peer sender) {
        if (packageLog.knownPackage(tx, m.packageId())) {
            return true;
        }
        if (m.kind() == PackageKind.FEEDBACK) {
            return m.changeTo() <= sender.receivedSeq();
        }
        if (m.changeTo() <= sender.receivedSeq()) {
            return true;
        }
        return packageLog.packages(tx, true, m.source()).stream()
                .anyMatch(p -> p.changeFrom() <= m.changeFrom() && p.changeTo() >= m.changeTo());
    }
}
