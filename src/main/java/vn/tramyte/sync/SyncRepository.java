package vn.tramyte.sync;

import static vn.tramyte.db.generated.Tables.CHANGE_COUNTER;
import static vn.tramyte.db.generated.Tables.PERSON;
import static vn.tramyte.db.generated.Tables.SYNC_IDENTITY;
import static vn.tramyte.db.generated.Tables.SYNC_PEER;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import vn.tramyte.db.Tx;
import vn.tramyte.db.generated.Public;

/**
 * Keys, peers, the package log and reports; and the generic reading and batch writing of
 * the travelling tables, whose columns come from jOOQ's generated schema.
 */
public final class SyncRepository {
    private static final int BATCH = 1000;
    static final String CHANGE_SEQ = "change_seq";

    // ---- generic travelling tables --------------------------------------------------------

    private static Table<?> table(String name) {
        for (Table<?> t : Public.PUBLIC.getTables()) {
            if (t.getName().equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no table " + name);
    }

    /** The columns that travel: every column but this database's own change_seq, lower case. */
    public List<String> columns(String tableName) {
        List<String> names = new ArrayList<>();
        for (Field<?> f : table(tableName).fields()) {
            String n = f.getName().toLowerCase(Locale.ROOT);
            if (!n.equals(CHANGE_SEQ)) {
                names.add(n);
            }
        }
        return names;
    }

    public List<Class<?>> types(String tableName, List<String> columns) {
        Table<?> t = table(tableName);
        List<Class<?>> types = new ArrayList<>();
        for (String c : columns) {
            Field<?> f = t.field(c.toUpperCase(Locale.ROOT));
            types.add(f == null ? null : f.getType());
        }
        return types;
    }

    /** Columns of this table that refer to rows of the same table (person.mother_id). */
    public List<String> selfReferences(String tableName) {
        Table<?> t = table(tableName);
        List<String> names = new ArrayList<>();
        for (ForeignKey<?, ?> fk : t.getReferences()) {
            if (fk.getKey().getTable().getName().equalsIgnoreCase(t.getName()) && fk.getFields().size() == 1) {
                names.add(fk.getFields().get(0).getName().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /**
     * Streams the rows of a station (null: of every station, a centre's upward package) changed after a
     * change number, in the given column order.
     */
    public void changedRows(Tx tx, String tableName, List<String> columns, String stationCode, long afterSeq,
                            String extraCondition, Consumer<Object[]> sink) {
        List<Class<?>> types = types(tableName, columns);
        String sql = "SELECT " + String.join(", ", columns) + " FROM " + tableName
                + " WHERE " + (stationCode == null ? "" : "station_code = ? AND ") + "change_seq > ?"
                + (extraCondition == null ? "" : " AND " + extraCondition) + " ORDER BY id";
        tx.dsl().connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int at = 1;
                if (stationCode != null) {
                    ps.setString(at++, stationCode);
                }
                ps.setLong(at, afterSeq);
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rs.getObject(i + 1, types.get(i));
                        }
                        sink.accept(row);
                    }
                }
            }
        });
    }

    /** Every row of a travelling table, travelling columns only, ordered by id: for checks and tests. */
    public List<Map<String, Object>> dump(Tx tx, String tableName) {
        List<String> columns = columns(tableName);
        List<Map<String, Object>> rows = new ArrayList<>();
        String sql = "SELECT " + String.join(", ", columns) + " FROM " + tableName + " ORDER BY id";
        List<Class<?>> types = types(tableName, columns);
        tx.dsl().connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        row.put(columns.get(i), rs.getObject(i + 1, types.get(i)));
                    }
                    rows.add(row);
                }
            }
        });
        return rows;
    }

    /** What this database holds of some rows: owner and origin_seq, by id. */
    public record Held(String stationCode, long originSeq) {
    }

    /**
     * By id, {@value #BATCH} at a time. On PostgreSQL the ids are written into the query as one array
     * ({@code id = ANY('{...}'::uuid[])}, ids only: nothing a sender wrote is spliced in), so each chunk is planned
     * for the table as it is now. As a statement prepared again and again, PostgreSQL kept the generic plan it
     * made while the table was still empty (a province's first package): a sequential scan comparing every row
     * with every id, half a second per 1,000 ids once a province holds 50,000 doses, growing with the table.
     */
    public Map<UUID, Held> held(Tx tx, String tableName, List<UUID> ids) {
        Map<UUID, Held> held = new HashMap<>(ids.size() * 2);
        boolean postgres = tx.dsl().dialect().family() == org.jooq.SQLDialect.POSTGRES;
        tx.dsl().connection(c -> {
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
                String select = "SELECT id, station_code, origin_seq FROM " + tableName + " WHERE id ";
                if (postgres) {
                    StringBuilder array = new StringBuilder(chunk.size() * 37 + 16).append("= ANY('{");
                    for (int i = 0; i < chunk.size(); i++) {
                        // a UUID's text is hex digits and dashes
                        array.append(i == 0 ? "" : ",").append(chunk.get(i).toString());
                    }
                    try (java.sql.Statement st = c.createStatement();
                         ResultSet rs = st.executeQuery(select + array.append("}'::uuid[])"))) {
                        readHeld(rs, held);
                    }
                    continue;
                }
                String sql = select + "IN (" + "?,".repeat(chunk.size() - 1) + "?)";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setObject(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        readHeld(rs, held);
                    }
                }
            }
        });
        return held;
    }

    private static void readHeld(ResultSet rs, Map<UUID, Held> held) throws SQLException {
        while (rs.next()) {
            held.put(rs.getObject(1, UUID.class), new Held(rs.getString(2), rs.getLong(3)));
        }
    }

    /** Inserts rows in JDBC batches; change_seq is this database's number for the import. */
    public void insert(Tx tx, String tableName, List<String> columns, List<Object[]> rows, long changeSeq) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO " + tableName + " (" + String.join(", ", columns) + ", change_seq) VALUES ("
                + "?, ".repeat(columns.size()) + "?)";
        tx.dsl().connection(c -> batch(c, sql, rows, columns.size(), changeSeq, -1));
    }

    /** Replaces rows by id in JDBC batches. */
    public void update(Tx tx, String tableName, List<String> columns, List<Object[]> rows, long changeSeq) {
        if (rows.isEmpty()) {
            return;
        }
        int idAt = columns.indexOf("id");
        StringBuilder sql = new StringBuilder("UPDATE ").append(tableName).append(" SET ");
        for (String col : columns) {
            sql.append(col).append(" = ?, ");
        }
        sql.append("change_seq = ? WHERE id = ?");
        tx.dsl().connection(c -> batch(c, sql.toString(), rows, columns.size(), changeSeq, idAt));
    }

    private static void batch(Connection c, String sql, List<Object[]> rows, int width, long changeSeq, int idAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < width; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.setLong(width + 1, changeSeq);
                if (idAt >= 0) {
                    ps.setObject(width + 2, row[idAt]);
                }
                ps.addBatch();
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /** Gives every row of a person (or the person row itself) to another station, as the centre's change. */
    public int reassign(Tx tx, String tableName, String personColumn, UUID personId, String toStation,
                        long changeSeq) {
        String sql = "UPDATE " + tableName + " SET station_code = ?, origin_seq = 0, change_seq = ? WHERE "
                + personColumn + " = ?";
        return tx.dsl().connectionResult(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, toStation);
                ps.setLong(2, changeSeq);
                ps.setObject(3, personId);
                return ps.executeUpdate();
            }
        });
    }

    /** Rows the centre gave a station (origin_seq 0: not yet written by their new owner), as an SQL condition. */
    public static final String CENTRE_ROWS = "origin_seq = 0";

    /** At the station that gave a person up: the copy now names the new station (and leaves the lists). */
    public void markTransferred(Tx tx, String tableName, String personColumn, UUID personId, String toStation) {
        String sql = "UPDATE " + tableName + " SET station_code = ? WHERE " + personColumn + " = ?";
        tx.dsl().connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, toStation);
                ps.setObject(2, personId);
                ps.executeUpdate();
            }
        });
        tx.dsl().update(PERSON).set(PERSON.TRANSFERRED_TO, toStation).where(PERSON.ID.eq(personId)).execute();
    }

    /** The children recorded with this person as their mother. */
    public List<UUID> childrenOf(Tx tx, UUID motherId) {
        return tx.dsl().select(PERSON.ID).from(PERSON).where(PERSON.MOTHER_ID.eq(motherId)).fetch(PERSON.ID);
    }

    public Optional<UUID> motherOf(Tx tx, UUID personId) {
        return tx.dsl().select(PERSON.MOTHER_ID).from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional(PERSON.MOTHER_ID);
    }

    /** A person moving to another station leaves the old station's village: the new station chooses one. */
    public void leaveVillage(Tx tx, UUID personId) {
        tx.dsl().update(PERSON).setNull(PERSON.VILLAGE_ID).where(PERSON.ID.eq(personId)).execute();
    }

    public Optional<String> personStation(Tx tx, UUID personId) {
        return tx.dsl().select(PERSON.STATION_CODE).from(PERSON).where(PERSON.ID.eq(personId))
                .fetchOptional(PERSON.STATION_CODE);
    }

    /** This database's change counter now. */
    public long lastSeq(Tx tx) {
        return tx.dsl().select(CHANGE_COUNTER.LAST_SEQ).from(CHANGE_COUNTER).where(CHANGE_COUNTER.ID.eq(1))
                .fetchOne(CHANGE_COUNTER.LAST_SEQ);
    }

    /** A station restored from its centre continues after the changes the centre already has. */
    public void raiseCounter(Tx tx, long atLeast) {
        tx.dsl().update(CHANGE_COUNTER).set(CHANGE_COUNTER.LAST_SEQ, org.jooq.impl.DSL.greatest(CHANGE_COUNTER.LAST_SEQ,
                org.jooq.impl.DSL.val(atLeast))).where(CHANGE_COUNTER.ID.eq(1)).execute();
    }

    public int countChanged(Tx tx, String tableName, String stationCode, long afterSeq, String extraCondition) {
        return tx.dsl().fetchCount(table(tableName), org.jooq.impl.DSL.field("station_code").eq(stationCode)
                .and(org.jooq.impl.DSL.field("change_seq", Long.class).gt(afterSeq))
                .and(extraCondition == null ? org.jooq.impl.DSL.noCondition() : org.jooq.impl.DSL.condition(extraCondition)));
    }

    /** The highest origin_seq of a table's rows in a list (0 for none). */
    public static long maxOrigin(List<Object[]> rows, int originAt) {
        long max = 0;
        for (Object[] r : rows) {
            max = Math.max(max, ((Number) r[originAt]).longValue());
        }
        return max;
    }

    public void setEnrolmentSeq(Tx tx, String code, long seq) {
        tx.dsl().update(SYNC_PEER).set(SYNC_PEER.ENROLMENT_SEQ, seq).where(SYNC_PEER.CODE.eq(code)).execute();
    }

    // ---- identity and peers ---------------------------------------------------------------

    public record StoredIdentity(byte[] certificate, byte[] encryptedKey) {
    }

    /** This installation's own key pair (row 1). */
    public static final int OWN_KEY = 1;
    /** At a centre: the key pair its province made for it, which signs its upward packages (row 2). */
    public static final int UPWARD_KEY = 2;

    public Optional<StoredIdentity> identity(Tx tx) {
        return identity(tx, OWN_KEY);
    }

    public Optional<StoredIdentity> identity(Tx tx, int which) {
        return tx.dsl().selectFrom(SYNC_IDENTITY).where(SYNC_IDENTITY.ID.eq(which)).fetchOptional()
                .map(r -> new StoredIdentity(r.getCertificate(), r.getPrivateKey()));
    }

    public void saveIdentity(Tx tx, byte[] certificate, byte[] encryptedKey) {
        saveIdentity(tx, OWN_KEY, certificate, encryptedKey);
    }

    public void saveIdentity(Tx tx, int which, byte[] certificate, byte[] encryptedKey) {
        tx.dsl().deleteFrom(SYNC_IDENTITY).where(SYNC_IDENTITY.ID.eq(which)).execute();
        tx.dsl().insertInto(SYNC_IDENTITY).set(SYNC_IDENTITY.ID, which).set(SYNC_IDENTITY.CERTIFICATE, certificate)
                .set(SYNC_IDENTITY.PRIVATE_KEY, encryptedKey).set(SYNC_IDENTITY.CREATED_AT, tx.now()).execute();
    }

    public List<Peer> peers(Tx tx) {
        return tx.dsl().selectFrom(SYNC_PEER).orderBy(SYNC_PEER.CODE).fetch(r -> new Peer(r.getCode(),
                Peer.Role.valueOf(r.getRole()), r.getCertificate(), r.getEnrolledAt(), r.getSentPackageNo(),
                r.getAckedSeq(), r.getReceivedSeq(), r.getFedSeq(), r.getLastReceivedAt(), r.getLastSentAt(),
                r.getEnrolmentSeq()));
    }

    public Optional<Peer> peer(Tx tx, String code) {
        return peers(tx).stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** Adds a peer or replaces its certificate (a station enrolled again keeps its counters). */
    public void savePeer(Tx tx, String code, Peer.Role role, byte[] certificate) {
        int updated = tx.dsl().update(SYNC_PEER).set(SYNC_PEER.CERTIFICATE, certificate)
                .set(SYNC_PEER.ENROLLED_AT, tx.now()).where(SYNC_PEER.CODE.eq(code)).execute();
        if (updated == 0) {
            tx.dsl().insertInto(SYNC_PEER).set(SYNC_PEER.CODE, code).set(SYNC_PEER.ROLE, role.name())
                    .set(SYNC_PEER.CERTIFICATE, certificate).set(SYNC_PEER.ENROLLED_AT, tx.now()).execute();
        }
    }

    public void packageSent(Tx tx, String code, int packageNo, OffsetDateTime at) {
        tx.dsl().update(SYNC_PEER).set(SYNC_PEER.SENT_PACKAGE_NO, packageNo).set(SYNC_PEER.LAST_SENT_AT, at)
                .where(SYNC_PEER.CODE.eq(code)).execute();
    }

    public void setAckedSeq(Tx tx, String code, long seq) {
        tx.dsl().update(SYNC_PEER).set(SYNC_PEER.ACKED_SEQ, seq).where(SYNC_PEER.CODE.eq(code)).execute();
    }

    public void setFedSeq(Tx tx, String code, long seq) {
        tx.dsl().update(SYNC_PEER).set(SYNC_PEER.FED_SEQ, seq).where(SYNC_PEER.CODE.eq(code)).execute();
    }

    public void received(Tx tx, String code, long receivedSeq, OffsetDateTime at) {
        tx.dsl().update(SYNC_PEER).set(SYNC_PEER.RECEIVED_SEQ, receivedSeq).set(SYNC_PEER.LAST_RECEIVED_AT, at)
                .where(SYNC_PEER.CODE.eq(code)).execute();
    }

    /** When a peer was enrolled (the demo dates its stations' enrolment before their first package). */
    public void setEnrolledAt(Tx tx, String code, OffsetDateTime at) {
        tx.dsl().update(SYNC_PEER).set(SYNC_PEER.ENROLLED_AT, at).where(SYNC_PEER.CODE.eq(code)).execute();
    }
}
