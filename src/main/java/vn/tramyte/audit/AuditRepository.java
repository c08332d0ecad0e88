package vn.tramyte.audit;

import static vn.tramyte.db.generated.Tables.AUDIT_LOG;
import static vn.tramyte.db.generated.Tables.PERSON;
import static vn.tramyte.db.generated.Tables.VILLAGE;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.AuditChainRepository;
import vn.tramyte.db.AuditCheck;
import vn.tramyte.db.Tx;
import vn.tramyte.db.generated.tables.records.AuditLogRecord;

/**
 * Reads the audit log (never writes it: lines are written by each change's own transaction, and
 * the database refuses to change them). A person's history is found through the tables whose rows
 * belong to a person ({@code personLinks}: table → the SQL expression of its row's person, as the
 * sync's travelling tables say it).
 */
public final class AuditRepository {
    private final Map<String, String> personLinks;
    private final AuditChainRepository chain = new AuditChainRepository();

    public AuditRepository(Map<String, String> personLinks) {
        this.personLinks = new LinkedHashMap<>(personLinks);
    }

    /** The newest lines first, at most {@code limit}, each with the person its record belongs to. */
    public List<AuditLine> lines(Tx tx, AuditFilter filter, ZoneId zone, int limit) {
        DSLContext ctx = tx.dsl();
        Condition where = DSL.trueCondition();
        if (filter.personId() != null) {
            where = where.and(ofPerson(ctx, filter.personId()));
        }
        if (filter.user() != null) {
            // the name as the audit writes it, or a login name alone: "huong" for "Lò Thị Hương (huong)"
            where = where.and(AUDIT_LOG.USER_NAME.eq(filter.user())
                    .or(AUDIT_LOG.USER_NAME.endsWith(" (" + filter.user() + ")")));
        }
        if (filter.table() != null) {
            where = where.and(AUDIT_LOG.TABLE_NAME.eq(filter.table()));
        }
        if (filter.from() != null) {
            where = where.and(AUDIT_LOG.AT.ge(filter.from().atStartOfDay(zone).toOffsetDateTime()));
        }
        if (filter.to() != null) {
            where = where.and(AUDIT_LOG.AT.lt(filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        }
        List<AuditLogRecord> rows = ctx.selectFrom(AUDIT_LOG).where(where)
                .orderBy(AUDIT_LOG.AT.desc(), AUDIT_LOG.ID.desc()).limit(limit).fetch();
        Map<String, Map<UUID, UUID>> owners = owners(ctx, rows);
        Set<UUID> people = new java.util.HashSet<>();
        owners.values().forEach(o -> people.addAll(o.values()));
        Map<UUID, String> names = personNames(ctx, people);
        List<AuditLine> lines = new ArrayList<>(rows.size());
        for (AuditLogRecord r : rows) {
            UUID person = owners.getOrDefault(r.getTableName(), Map.of()).get(r.getRowId());
            lines.add(new AuditLine(r.getId(), r.getAt(), r.getUserName(), r.getTableName(), r.getRowId(),
                    AuditAction.valueOf(r.getAction()), r.getChanges(), person, person == null ? null : names.get(person)));
        }
        return lines;
    }

    /** The lines of a person's records: their own row and every row of theirs in a table that belongs to a person. */
    private Condition ofPerson(DSLContext ctx, UUID personId) {
        Condition any = DSL.falseCondition();
        for (Map.Entry<String, String> link : personLinks.entrySet()) {
            List<UUID> ids = ctx.select(DSL.field(DSL.unquotedName("id"), UUID.class)).from(DSL.table(DSL.unquotedName(link.getKey())))
                    .where(personOf(link.getValue()).eq(personId)).fetch(0, UUID.class);
            if (!ids.isEmpty()) {
                any = any.or(AUDIT_LOG.TABLE_NAME.eq(link.getKey()).and(AUDIT_LOG.ROW_ID.in(ids)));
            }
        }
        return any;
    }

    /** For each table of a person's rows, the person of each row among these lines. */
    private Map<String, Map<UUID, UUID>> owners(DSLContext ctx, List<AuditLogRecord> rows) {
        Map<String, Set<UUID>> byTable = new HashMap<>();
        for (AuditLogRecord r : rows) {
            if (personLinks.containsKey(r.getTableName())) {
                byTable.computeIfAbsent(r.getTableName(), t -> new java.util.HashSet<>()).add(r.getRowId());
            }
        }
        Map<String, Map<UUID, UUID>> owners = new HashMap<>();
        for (Map.Entry<String, Set<UUID>> e : byTable.entrySet()) {
            Field<UUID> id = DSL.field(DSL.unquotedName("id"), UUID.class);
            Field<UUID> person = personOf(personLinks.get(e.getKey()));
            Map<UUID, UUID> found = new HashMap<>();
            for (var r : ctx.select(id, person).from(DSL.table(DSL.unquotedName(e.getKey()))).where(id.in(e.getValue())).fetch()) {
                if (r.value2() != null) {
                    found.put(r.value1(), r.value2());
                }
            }
            owners.put(e.getKey(), found);
        }
        return owners;
    }

    /** The column naming a row's person, or the SQL expression reaching it through another row. */
    private static Field<UUID> personOf(String link) {
        return link.matches("[a-z_]+") ? DSL.field(DSL.unquotedName(link), UUID.class) : DSL.field(link, UUID.class);
    }

    public Map<UUID, String> personNames(DSLContext ctx, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ctx.select(PERSON.ID, PERSON.FULL_NAME).from(PERSON).where(PERSON.ID.in(ids))
                .fetchMap(PERSON.ID, PERSON.FULL_NAME);
    }

    public Map<UUID, String> villageNames(DSLContext ctx, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return ctx.select(VILLAGE.ID, VILLAGE.NAME).from(VILLAGE).where(VILLAGE.ID.in(ids))
                .fetchMap(VILLAGE.ID, VILLAGE.NAME);
    }

    /** Everyone the audit names, for the user filter. */
    public List<String> users(Tx tx) {
        return tx.dsl().selectDistinct(AUDIT_LOG.USER_NAME).from(AUDIT_LOG).orderBy(AUDIT_LOG.USER_NAME)
                .fetch(AUDIT_LOG.USER_NAME);
    }

    /** The tables the audit has lines of, for the table filter. */
    public List<String> tables(Tx tx) {
        return tx.dsl().selectDistinct(AUDIT_LOG.TABLE_NAME).from(AUDIT_LOG).orderBy(AUDIT_LOG.TABLE_NAME)
                .fetch(AUDIT_LOG.TABLE_NAME);
    }

    public AuditCheck check(Tx tx) {
        return chain.check(tx.dsl());
    }

}
