package vn.tramyte.db;

import static vn.tramyte.db.generated.Tables.AUDIT_CHAIN;
import static vn.tramyte.db.generated.Tables.AUDIT_LOG;

import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record1;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.db.generated.tables.records.AuditLogRecord;

/**
 * The head of the audit log's hash chain ({@link AuditHash}) and the check of the whole chain.
 * A writer locks the head row before its first line, so lines are chained one writer at a time
 * (the change counter is locked before it too, always in that order: no deadlock).
 */
public final class AuditChainRepository {
    private static final Logger LOG = LoggerFactory.getLogger(AuditChainRepository.class);
    /** Lines read at a time when chaining or checking: memory stays flat on a centre's millions. */
    private static final int PAGE = 5_000;

    /**
     * Locks the chain's head for the caller's transaction and returns it. The first write after an
     * upgrade first chains the lines the older version wrote, in the order they were written.
     */
    byte[] lockHead(DSLContext tx) {
        Record r = tx.select(AUDIT_CHAIN.HEAD, AUDIT_CHAIN.LEGACY_LAST_ID, AUDIT_CHAIN.LEGACY_CHAINED)
                .from(AUDIT_CHAIN).where(AUDIT_CHAIN.ID.eq(1)).forUpdate().fetchOne();
        if (r == null) {
            throw new IllegalStateException("the audit log's chain row is missing (migration V14)");
        }
        byte[] head = r.get(AUDIT_CHAIN.HEAD) == null ? AuditHash.START : r.get(AUDIT_CHAIN.HEAD);
        if (!r.get(AUDIT_CHAIN.LEGACY_CHAINED)) {
            head = chainLegacy(tx, r.get(AUDIT_CHAIN.LEGACY_LAST_ID));
            tx.update(AUDIT_CHAIN).set(AUDIT_CHAIN.HEAD, head).set(AUDIT_CHAIN.LEGACY_CHAINED, true)
                    .where(AUDIT_CHAIN.ID.eq(1)).execute();
        }
        return head;
    }

    void setHead(DSLContext tx, byte[] head) {
        tx.update(AUDIT_CHAIN).set(AUDIT_CHAIN.HEAD, head).where(AUDIT_CHAIN.ID.eq(1)).execute();
    }

    /** Chains the lines of an upgraded database (the trigger lets a line without a hash get one, nothing else). */
    private byte[] chainLegacy(DSLContext tx, long lastId) {
        long started = System.nanoTime();
        byte[] head = AuditHash.START;
        long after = Long.MIN_VALUE;
        int lines = 0;
        while (true) {
            List<AuditLogRecord> page = tx.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ID.gt(after))
                    .and(AUDIT_LOG.ID.le(lastId)).orderBy(AUDIT_LOG.ID).limit(PAGE).fetch();
            if (page.isEmpty()) {
                break;
            }
            long[] ids = new long[page.size()];
            byte[][] hashes = new byte[page.size()][];
            for (int i = 0; i < page.size(); i++) {
                AuditLogRecord line = page.get(i);
                head = hashOf(head, line);
                ids[i] = line.getId();
                hashes[i] = head;
            }
            tx.connection(c -> {
                try (PreparedStatement st = c.prepareStatement("UPDATE audit_log SET row_hash = ? WHERE id = ?")) {
                    for (int i = 0; i < ids.length; i++) {
                        st.setBytes(1, hashes[i]);
                        st.setLong(2, ids[i]);
                        st.addBatch();
                    }
                    st.executeBatch();
                }
            });
            lines += page.size();
            after = ids[ids.length - 1];
        }
        LOG.info("audit log of an upgraded database: {} lines chained in {} ms", lines,
                (System.nanoTime() - started) / 1_000_000);
        return head;
    }

    /** Recomputes the chain from the first line and says where, if anywhere, it stops matching. */
    public AuditCheck check(DSLContext ctx) {
        Record chain = ctx.select(AUDIT_CHAIN.HEAD, AUDIT_CHAIN.LEGACY_LAST_ID, AUDIT_CHAIN.LEGACY_CHAINED)
                .from(AUDIT_CHAIN).where(AUDIT_CHAIN.ID.eq(1)).fetchOne();
        // lines of an upgraded database not chained yet (nothing written since) are chained here, in memory
        long unchainedUpTo = chain.get(AUDIT_CHAIN.LEGACY_CHAINED) ? Long.MIN_VALUE : chain.get(AUDIT_CHAIN.LEGACY_LAST_ID);
        byte[] expected = AuditHash.START;
        long position = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<AuditLogRecord> page = ctx.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ID.gt(after)).orderBy(AUDIT_LOG.ID)
                    .limit(PAGE).fetch();
            if (page.isEmpty()) {
                break;
            }
            for (AuditLogRecord line : page) {
                position++;
                expected = hashOf(expected, line);
                boolean unchained = line.getRowHash() == null && line.getId() <= unchainedUpTo;
                if (!unchained && !Arrays.equals(expected, line.getRowHash())) {
                    return new AuditCheck(count(ctx), Optional.of(new AuditCheck.Line(position, line.getAt(),
                            line.getUserName())), false);
                }
            }
            after = page.get(page.size() - 1).getId();
        }
        byte[] head = chain.get(AUDIT_CHAIN.HEAD);
        boolean endRemoved = head != null && !Arrays.equals(head, expected);
        return new AuditCheck(position, Optional.empty(), endRemoved);
    }

    private static long count(DSLContext ctx) {
        Record1<Integer> n = ctx.selectCount().from(AUDIT_LOG).fetchOne();
        return n == null ? 0 : n.value1();
    }

    private static byte[] hashOf(byte[] previous, AuditLogRecord line) {
        return AuditHash.of(previous, line.getAt(), line.getUserName(), line.getTableName(), line.getRowId(),
                line.getAction(), line.getChangeSeq(), line.getChanges());
    }
}
