package vn.tramyte.audit;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditCheck;
import vn.tramyte.db.Database;
import vn.tramyte.person.EthnicGroup;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonService;
import vn.tramyte.security.Permission;
import vn.tramyte.security.Session;

/**
 * The audit log, read (issue 13): who changed what and when, filtered by person, user, days and
 * kind of record, in words; and the check of its hash chain. Reading it needs
 * {@link Permission#AUDIT} (administrator, station head, centre statistician). Nothing here
 * writes the log.
 */
public final class AuditService {
    /** At most this many lines are read at once; the page and the command line say when there are more. */
    public static final int LIMIT = 1_000;

    private final Database db;
    private final AuditRepository repository;
    private final PersonService people;
    private final Session session;

    public AuditService(Database db, AuditRepository repository, PersonService people, Session session) {
        this.db = db;
        this.repository = repository;
        this.people = people;
        this.session = session;
    }

    /** The lines of the filter, newest first, at most {@link #LIMIT} (one more tells the caller there are more). */
    public List<AuditLine> lines(AuditFilter filter) {
        session.require(Permission.AUDIT);
        return db.read(tx -> repository.lines(tx, filter, zone(), LIMIT + 1));
    }

    /** The same lines in words, with the names of the people and villages they mention. */
    public List<ReadableLine> read(List<AuditLine> lines, Messages messages) {
        session.require(Permission.AUDIT);
        Set<UUID> persons = new HashSet<>();
        Set<UUID> villages = new HashSet<>();
        for (AuditLine l : lines) {
            mentioned(l.changes(), persons, villages);
        }
        Map<UUID, String> names = new HashMap<>(db.read(tx -> repository.personNames(tx.dsl(), persons)));
        names.putAll(db.read(tx -> repository.villageNames(tx.dsl(), villages)));
        AuditWords words = new AuditWords(messages, zone());
        boolean english = Messages.ENGLISH.getLanguage().equals(messages.locale().getLanguage());
        return lines.stream().map(l -> words.read(l, names::get, code -> people.ethnicGroups()
                .byCode(EthnicGroup.LIST_1979, code).map(g -> english ? g.nameEn() : g.nameVi()).orElse(null)))
                .toList();
    }

    /** The numbers of people and villages a line's changes name (mother_id=…, village_id: … → …). */
    private static void mentioned(String changes, Set<UUID> persons, Set<UUID> villages) {
        AuditWords.numbersByField(changes).forEach((field, numbers) -> {
            if (AuditWords.VILLAGE_FIELD.equals(field)) {
                villages.addAll(numbers);
            } else if (AuditWords.PERSON_FIELDS.contains(field)) {
                persons.addAll(numbers);
            }
        });
    }

    /** Whether the log is whole: every line as written, none removed (decision 0014). */
    public AuditCheck check() {
        session.require(Permission.AUDIT);
        return db.read(repository::check);
    }

    /** Everyone the audit names, for the user filter. */
    public List<String> users() {
        session.require(Permission.AUDIT);
        return db.read(repository::users);
    }

    /** The kinds of record the audit has lines of, as the audit names their tables. */
    public List<String> tables() {
        session.require(Permission.AUDIT);
        return db.read(repository::tables);
    }

    /** People by name (or personal id, insurance number, phone, birth year), to choose whose history to show. */
    public List<PersonRow> people(String query) {
        session.require(Permission.AUDIT);
        return query == null || query.isBlank() ? List.of() : people.search(query);
    }

    /**
     * The one person a command line's {@code --person} means: their record's number, or a search
     * that finds exactly one person; several or none is said in one sentence.
     */
    public PersonRow person(String idOrSearch) {
        session.require(Permission.AUDIT);
        String text = idOrSearch == null ? "" : idOrSearch.strip();
        Optional<UUID> id = uuid(text);
        if (id.isPresent()) {
            return db.read(tx -> people.row(tx, id.get()))
                    .orElseThrow(() -> new UserError("audit.error.noSuchPerson", text));
        }
        List<PersonRow> found = people(text);
        if (found.isEmpty()) {
            throw new UserError("audit.error.noSuchPerson", text);
        }
        if (found.size() > 1) {
            throw new UserError("audit.error.severalPeople", text, found.size());
        }
        return found.get(0);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public ZoneId zone() {
        return db.clock().getZone();
    }
}
