package vn.tramyte.death;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.tramyte.antenatal.AntenatalService;
import vn.tramyte.antenatal.Pregnancy;
import vn.tramyte.common.Ids;
import vn.tramyte.common.Problem;
import vn.tramyte.common.SearchText;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.AuditText;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.person.Person;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.PlaceService;
import vn.tramyte.place.Village;

/**
 * The death register (DOMAIN.md §6): deaths of registered people (the person's died_on is set,
 * so she or he leaves every due and planning list) and of people not registered. The classes
 * are computed, never typed; a correction or removal is audited and a removal is a tombstone.
 */
public final class DeathService {
    public static final String TABLE = "death";
    public static final int NAME_MAX = 200;

    private final Database db;
    /** Who is logged in: every change and export asks it first (issue 13). */
    private final vn.tramyte.security.Session session;
    private final DeathRepository repository;
    private final PersonService people;
    private final PlaceService places;
    private final AntenatalService antenatal;
    private final Ids ids;

    public DeathService(Database db, DeathRepository repository, PersonService people, PlaceService places,
                        AntenatalService antenatal, Ids ids, vn.tramyte.security.Session session) {
        this.db = db;
        this.session = session;
        this.repository = repository;
        this.people = people;
        this.places = places;
        this.antenatal = antenatal;
        this.ids = ids;
    }

    public LocalDate today() {
        return LocalDate.now(db.clock());
    }

    /** The classes, age and question of a death as typed so far, for the form (nothing is saved). */
    public DeathPreview preview(DeathDraft draft) {
        return db.read(tx -> {
            DeathFacts f = facts(tx, draft);
            boolean onRecord = draft.personId() != null && draft.deathDate() != null
                    && pregnancyOnDay(tx, draft.personId(), draft.deathDate()) != null;
            return new DeathPreview(DeathClassification.of(f), DeathClassification.ageYearsAtDeath(f),
                    DeathValidator.asksPregnancyQuestion(f), onRecord);
        });
    }

    /** Records (id null) or corrects a death at this station. */
    public UUID save(String user, DeathDraft draft) {
        session.require(vn.tramyte.security.Permission.RECORD);
        return db.write(user, tx -> {
            String station = places.ownStationCode(tx);
            if (station == null) {
                throw new UserError("person.error.centreReadOnly");
            }
            return save(tx, station, draft, null);
        });
    }

    public UUID save(Tx tx, String station, DeathDraft input, String importRef) {
        Optional<Death> existing = input.id() == null ? Optional.empty() : repository.find(tx, input.id());
        if (input.id() != null && existing.isEmpty()) {
            throw new UserError("death.error.notFound");
        }
        Optional<Person> person = Optional.empty();
        if (input.personId() != null) {
            person = people.find(tx, input.personId());
            if (person.isEmpty()) {
                throw new UserError("person.error.notFound");
            }
        }
        DeathDraft draft = person.isPresent() ? registered(input) : unregistered(input);
        DeathFacts f = facts(tx, draft);
        LocalDate other = draft.personId() == null ? null : repository.ofPerson(tx, draft.personId()).stream()
                .filter(d -> !d.id().equals(draft.id())).map(d -> d.draft().deathDate()).findFirst().orElse(null);
        check(draft, f, other, person.isPresent(), tx.now().toLocalDate());
        UUID id = draft.id() != null ? draft.id() : ids.next();
        DeathDraft stored = withId(draft, id);
        UUID pregnancyId = linkedPregnancy(tx, draft, DeathClassification.of(f));
        Death death = new Death(id, station, stored, pregnancyId, DeathClassification.of(f));
        long seq = tx.nextChangeSeq();
        if (existing.isEmpty()) {
            repository.insert(tx, death, importRef, seq);
            tx.audit(TABLE, id, AuditAction.INSERT, seq, AuditText.created(DeathRepository.auditFields(death)));
        } else {
            repository.update(tx, death, seq);
            tx.audit(TABLE, id, AuditAction.UPDATE, seq, AuditText.changed(
                    DeathRepository.auditFields(existing.get()), DeathRepository.auditFields(death)));
            UUID before = existing.get().draft().personId();
            if (before != null && !before.equals(draft.personId())) {
                people.setDiedOn(tx, before, null);
            }
        }
        if (draft.personId() != null && !Objects.equals(person.get().diedOn(), draft.deathDate())) {
            people.setDiedOn(tx, draft.personId(), draft.deathDate());
        }
        return id;
    }

    private static void check(DeathDraft draft, DeathFacts f, LocalDate otherDeath, boolean registered,
                              LocalDate today) {
        List<Problem> problems = new ArrayList<>(new DeathValidator().validate(f, otherDeath, today));
        if (!registered) {
            if (draft.fullName() == null) {
                problems.add(0, Problem.of("fullName", "death.problem.nameRequired"));
            } else if (draft.fullName().length() > NAME_MAX) {
                problems.add(0, Problem.of("fullName", "death.problem.nameTooLong", draft.fullName().length(),
                        NAME_MAX));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
    }

    /** A new death for a write in bulk ({@link #saveAll}): its id and change number (from a block the caller reserved). */
    public record NewDeath(UUID id, String stationCode, DeathDraft draft, long changeSeq) {
    }

    /**
     * Records many new deaths inside the caller's transaction (the demo; an import), each checked
     * by the rules a typed one meets and classified the same way, then written in one batch with
     * their audit lines; a registered person's date of death is set with the death's change
     * number. Nothing is written when one is refused.
     */
    public void saveAll(Tx tx, List<NewDeath> newDeaths) {
        LocalDate today = tx.now().toLocalDate();
        Map<UUID, Person> persons = people.findAll(tx, newDeaths.stream().map(n -> n.draft().personId())
                .filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        Map<UUID, LocalDate> dying = new HashMap<>();
        List<Death> rows = new ArrayList<>(newDeaths.size());
        List<Long> seqs = new ArrayList<>(newDeaths.size());
        List<vn.tramyte.db.AuditEntry> audit = new ArrayList<>(newDeaths.size());
        List<PersonService.DiedOn> died = new ArrayList<>();
        for (NewDeath n : newDeaths) {
            if (n.draft().id() != null) {
                throw new IllegalArgumentException("saveAll records new deaths only: " + n.draft().id());
            }
            UUID personId = n.draft().personId();
            if (personId != null && !persons.containsKey(personId)) {
                throw new UserError("person.error.notFound");
            }
            DeathDraft draft = withId(personId != null ? registered(n.draft()) : unregistered(n.draft()), n.id());
            DeathFacts f = facts(tx, draft);
            LocalDate other = personId == null ? null : dying.containsKey(personId) ? dying.get(personId)
                    : repository.ofPerson(tx, personId).stream().map(d -> d.draft().deathDate()).findFirst()
                    .orElse(null);
            check(draft, f, other, personId != null, today);
            DeathClassification c = DeathClassification.of(f);
            Death death = new Death(n.id(), n.stationCode(), draft, linkedPregnancy(tx, draft, c), c);
            rows.add(death);
            seqs.add(n.changeSeq());
            audit.add(new vn.tramyte.db.AuditEntry(TABLE, n.id(), vn.tramyte.db.AuditAction.INSERT, n.changeSeq(),
                    AuditText.created(DeathRepository.auditFields(death))));
            if (personId != null) {
                dying.put(personId, draft.deathDate());
                died.add(new PersonService.DiedOn(personId, draft.deathDate(), n.changeSeq()));
            }
        }
        repository.insertAll(tx, rows, seqs);
        tx.auditAll(audit);
        people.setDiedOnAll(tx, died);
    }

    /** Removes a death recorded by mistake: a tombstone, audited; the person is alive again. */
    public void remove(String user, UUID deathId) {
        session.require(vn.tramyte.security.Permission.RECORD);
        db.writeVoid(user, tx -> {
            if (places.ownStationCode(tx) == null) {
                throw new UserError("person.error.centreReadOnly");
            }
            Death d = repository.find(tx, deathId).orElseThrow(() -> new UserError("death.error.notFound"));
            long seq = tx.nextChangeSeq();
            repository.markDeleted(tx, deathId, seq);
            tx.audit(TABLE, deathId, AuditAction.DELETE, seq, AuditText.created(DeathRepository.auditFields(d)));
            if (d.draft().personId() != null) {
                people.setDiedOn(tx, d.draft().personId(), null);
            }
        });
    }

    public Optional<Death> find(UUID id) {
        return db.read(tx -> repository.find(tx, id));
    }

    public Optional<Death> findImported(Tx tx, String station, String importRef) {
        return repository.findByImportRef(tx, station, importRef);
    }

    /** The death recorded for a registered person, if any. */
    public Optional<Death> ofPerson(Tx tx, UUID personId) {
        return repository.ofPerson(tx, personId).stream().findFirst();
    }

    /** The death register of this station (every station at a centre) for a period, oldest first. */
    public List<DeathRow> register(LocalDate from, LocalDate to) {
        return register(from, to, null);
    }

    /**
     * The death register of a commune (at a centre; null for all its communes, and at a station
     * its own) for a period: commune by commune, oldest first.
     */
    public List<DeathRow> register(LocalDate from, LocalDate to, String commune) {
        return db.read(tx -> {
            String station = places.listScope(tx, commune);
            Comparator<String> communes = places.communes(tx).order();
            Map<UUID, PersonRow> persons = new HashMap<>();
            people.dead(tx, commune).forEach(r -> persons.put(r.id(), r));
            Map<UUID, String> villages = new HashMap<>();
            List<DeathRow> rows = new ArrayList<>();
            for (Death d : repository.ofStation(tx, station)) {
                DeathDraft x = d.draft();
                if (from != null && x.deathDate().isBefore(from) || to != null && x.deathDate().isAfter(to)) {
                    continue;
                }
                PersonRow p = x.personId() == null ? null : persons.get(x.personId());
                if (p != null) {
                    rows.add(new DeathRow(d, p.fullName(), p.sex(), p.birthDate(), p.birthYearOnly(), null,
                            p.ethnicityCode(), p.villageName(), true));
                } else {
                    String village = x.villageId() == null ? null : villages.computeIfAbsent(x.villageId(),
                            v -> places.village(tx, v).map(Village::name).orElse(null));
                    rows.add(new DeathRow(d, x.fullName(), x.sex(), x.birthDate(), x.birthYearOnly(), x.ageYears(),
                            x.ethnicityCode(), village, false));
                }
            }
            rows.sort(Comparator.comparing((DeathRow r) -> r.death().stationCode(), communes)
                    .thenComparing(DeathRow::deathDate));
            return rows;
        });
    }

    private DeathFacts facts(Tx tx, DeathDraft d) {
        if (d.personId() != null) {
            Optional<Person> p = people.find(tx, d.personId());
            if (p.isPresent()) {
                LocalDate delivery = lastDeliveryOnOrBefore(tx, p.get().id(), d.deathDate());
                return new DeathFacts(p.get().sex(), p.get().birthDate(), p.get().birthYearOnly(), null,
                        d.deathDate(), d.causeGroup(), d.pregnancyRelated(), delivery);
            }
        }
        return new DeathFacts(d.sex(), d.birthDate(), d.birthYearOnly(), d.birthDate() == null ? d.ageYears() : null,
                d.deathDate(), d.causeGroup(), d.pregnancyRelated(), null);
    }

    private LocalDate lastDeliveryOnOrBefore(Tx tx, UUID womanId, LocalDate date) {
        if (date == null) {
            return null;
        }
        return antenatal.pregnanciesOf(tx, womanId).stream().map(Pregnancy::deliveryDate)
                .filter(Objects::nonNull).filter(d -> !d.isAfter(date)).max(LocalDate::compareTo).orElse(null);
    }

    /**
     * The pregnancy a maternal death belongs to: open on the day of death (LMP before it), or
     * delivered at most 42 days before it. Null for any other death.
     */
    private UUID linkedPregnancy(Tx tx, DeathDraft d, DeathClassification c) {
        if (d.personId() == null || !c.is(DeathClass.MATERNAL)) {
            return null;
        }
        return pregnancyOnDay(tx, d.personId(), d.deathDate());
    }

    /** Her registered pregnancy going on, or delivered at most 42 days before, on a day; null when none. */
    private UUID pregnancyOnDay(Tx tx, UUID womanId, LocalDate day) {
        return antenatal.pregnanciesOf(tx, womanId).stream()
                .filter(p -> !p.lmp().isAfter(day))
                .filter(p -> p.open() && !vn.tramyte.antenatal.PregnancyDates.beyondMaximum(p.gestationalAgeOn(day))
                        || DeathClassification.withinWindowAfterDelivery(p.deliveryDate(), day))
                .map(Pregnancy::id).reduce((a, b) -> b).orElse(null);
    }

    /** A registered person's death keeps only the death's own fields. */
    private static DeathDraft registered(DeathDraft d) {
        return new DeathDraft(d.id(), d.personId(), null, null, null, false, null, null, null, d.deathDate(),
                d.place(), d.causeGroup(), blankToNull(d.causeText()), d.pregnancyRelated());
    }

    private static DeathDraft unregistered(DeathDraft d) {
        String name = blankToNull(d.fullName());
        return new DeathDraft(d.id(), null, name == null ? null : SearchText.clean(name), d.sex(), d.birthDate(),
                d.birthDate() != null && d.birthYearOnly(), d.birthDate() == null ? d.ageYears() : null,
                blankToNull(d.ethnicityCode()), d.villageId(), d.deathDate(), d.place(), d.causeGroup(),
                blankToNull(d.causeText()), d.pregnancyRelated());
    }

    private static DeathDraft withId(DeathDraft d, UUID id) {
        return new DeathDraft(id, d.personId(), d.fullName(), d.sex(), d.birthDate(), d.birthYearOnly(),
                d.ageYears(), d.ethnicityCode(), d.villageId(), d.deathDate(), d.place(), d.causeGroup(),
                d.causeText(), d.pregnancyRelated());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
