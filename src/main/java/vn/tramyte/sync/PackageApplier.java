package vn.tramyte.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.tramyte.common.UserError;
import vn.tramyte.db.Tx;

/**
 * Writes what a verified package carries into this database, in the caller's transaction: its
 * rows table by table (each row judged by the receiver's rule), its moves and its reference data.
 */
final class PackageApplier {
    static final String TRANSFERS_FILE = "transfers.jsonl";
    static final List<String> TRANSFER_COLUMNS = List.of("person_id", "from_station", "to_station");
    /** org.h2.api.ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1. */
    private static final int PARENT_MISSING = 23506;
    /**
     * PostgreSQL's foreign_key_violation: on an insert or an update (all an import does) a parent missing (the same
     * state names a parent deleted while children remain, which an import never does). H2 gives that state to its
     * "children remain" with its own error code; PostgreSQL's error code is always 0.
     */
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final SyncRepository repository;
    private final SyncTables tables;
    private final List<ReferenceData> references;
    /** Called after each table of an import is written (tests stop a process there). */
    private Consumer<String> afterTable = table -> { };

    PackageApplier(SyncRepository repository, SyncTables tables, List<ReferenceData> references) {
        this.repository = repository;
        this.tables = tables;
        this.references = List.copyOf(references);
    }

    void onTableApplied(Consumer<String> hook) {
        this.afterTable = hook;
    }

    /** What becomes of one incoming row. */
    private enum Verdict { INSERT, UPDATE, UNCHANGED, REFUSED }

    /** The receiver's rule for one row, given the row as stored here (null when new). */
    private interface Rule {
        Verdict judge(Object[] row, Incoming in, SyncRepository.Held held);
    }

    /**
     * At the centre: a row is new, replaces the stored one when its origin_seq is newer
     * (the owner's order), is unchanged otherwise, and is refused when the sender does not
     * own it (another station's row, or a person moved away from the sender).
     */
    List<TableReport> applyAtCentre(Tx tx, PackageZip.Contents contents, String source, long seq) {
        return apply(tx, contents, seq, (row, in, h) -> {
            if (!source.equals(row[in.stationAt()]) || (h != null && !source.equals(h.stationCode()))) {
                return Verdict.REFUSED;
            } else if (h == null) {
                return Verdict.INSERT;
            }
            return ((Number) row[in.originAt()]).longValue() > h.originSeq() ? Verdict.UPDATE : Verdict.UNCHANGED;
        });
    }

    /**
     * At the province: the rows of a centre's stations, as the centre received them. A row is new,
     * replaces the stored one when its origin_seq is newer (its station's order) or when the centre
     * moved it to another of its stations, is unchanged otherwise, and is refused when it belongs to
     * a station that is not the sender's (or is held here for a station of another centre).
     */
    List<TableReport> applyAtProvince(Tx tx, PackageZip.Contents contents, java.util.Set<String> stations, long seq) {
        return apply(tx, contents, seq, (row, in, h) -> {
            Object owner = row[in.stationAt()];
            if (!stations.contains(owner) || (h != null && !stations.contains(h.stationCode()))) {
                return Verdict.REFUSED;
            } else if (h == null) {
                return Verdict.INSERT;
            } else if (!owner.equals(h.stationCode())) {
                return Verdict.UPDATE;
            }
            return ((Number) row[in.originAt()]).longValue() > h.originSeq() ? Verdict.UPDATE : Verdict.UNCHANGED;
        });
    }

    /**
     * At a station (feedback or enrolment): rows the centre gives it (people moved in, or its own
     * records back on a new computer). Missing rows are added, rows it already has are kept; the
     * station owns them from now on, so they take its own change number as their origin.
     */
    List<TableReport> applyAtStation(Tx tx, PackageZip.Contents contents, String station, long seq) {
        return apply(tx, contents, seq, (row, in, h) -> {
            row[in.originAt()] = seq;
            if (!station.equals(row[in.stationAt()])) {
                return Verdict.REFUSED;
            } else if (h == null) {
                return Verdict.INSERT;
            }
            // a person who left and came back
            return station.equals(h.stationCode()) ? Verdict.UNCHANGED : Verdict.UPDATE;
        });
    }

    private List<TableReport> apply(Tx tx, PackageZip.Contents contents, long seq, Rule rule) {
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
                switch (rule.judge(row, in, held.get((UUID) row[in.idAt()]))) {
                    case INSERT -> inserts.add(row);
                    case UPDATE -> updates.add(row);
                    case UNCHANGED -> unchanged++;
                    case REFUSED -> refused++;
                }
            }
            write(tx, entry.name(), in, inserts, updates, seq);
            lines.add(new TableReport(entry.name(), inserts.size(), updates.size(), unchanged, refused));
            afterTable.accept(entry.name());
        }
        return lines;
    }

    /**
     * At a station: each set of reference data whose version is newer than the one in force is put
     * in force (reported as its rows updated); an older or equal one is kept (unchanged); a set
     * this program does not know is reported refused. A set that breaks its rules refuses the package.
     */
    List<TableReport> applyReference(Tx tx, PackageZip.Contents contents) {
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

    /** At a station: the people the centre moved away are marked as gone from it. */
    void applyTransfers(Tx tx, PackageZip.Contents contents) {
        byte[] data = contents.entries().get(TRANSFERS_FILE);
        if (data == null) {
            return;
        }
        for (Object[] move : Json.readRows(data, TRANSFER_COLUMNS, List.of(UUID.class, String.class, String.class))) {
            for (SyncTable table : tables.inOrder()) {
                if (table.personColumn() != null) {
                    repository.markTransferred(tx, table.name(), table.personColumn(), (UUID) move[0],
                            (String) move[2]);
                }
            }
        }
    }

    /** The highest origin change number among the package's rows. */
    long highestOrigin(PackageZip.Contents contents) {
        long max = 0;
        for (Manifest.TableEntry entry : contents.manifest().tables()) {
            Incoming in = incoming(contents, entry);
            if (in != null) {
                max = Math.max(max, SyncRepository.maxOrigin(in.rows(), in.originAt()));
            }
        }
        return max;
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

    /**
     * H2's "referential integrity violated: parent missing" (23506), or PostgreSQL's foreign key violation,
     * anywhere in the failure's causes.
     */
    static boolean parentMissing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (java.sql.SQLException s = t instanceof java.sql.SQLException q ? q : null; s != null;
                    s = s.getNextException() == s ? null : s.getNextException()) {
                if (s.getErrorCode() == PARENT_MISSING || String.valueOf(PARENT_MISSING).equals(s.getSQLState())
                        || FOREIGN_KEY_VIOLATION.equals(s.getSQLState()) && s.getErrorCode() == 0) {
                    return true;
                }
            }
        }
        return false;
    }

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
    void keepable(Manifest m) {
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
}
