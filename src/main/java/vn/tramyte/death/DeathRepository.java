package vn.tramyte.death;

import static vn.tramyte.db.generated.Tables.DEATH;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import vn.tramyte.db.SyncColumns;
import vn.tramyte.db.Tx;
import vn.tramyte.db.generated.tables.records.DeathRecord;
import vn.tramyte.person.Sex;

/** The only class that reads and writes the death table. */
public final class DeathRepository {

    public void insert(Tx tx, Death d, String importRef, long seq) {
        record(tx, d, importRef, seq).store();
    }

    private static DeathRecord record(Tx tx, Death d, String importRef, long seq) {
        DeathRecord r = tx.dsl().newRecord(DEATH);
        r.setId(d.id());
        r.setStationCode(d.stationCode());
        r.setImportRef(importRef);
        fill(r, d);
        stamp(tx, r, seq);
        r.setDeleted(false);
        return r;
    }

    /** Inserts many new deaths in one batch, each with its own change number (parallel lists). */
    public void insertAll(Tx tx, List<Death> deaths, List<Long> seqs) {
        List<DeathRecord> rows = new java.util.ArrayList<>(deaths.size());
        for (int i = 0; i < deaths.size(); i++) {
            rows.add(record(tx, deaths.get(i), null, seqs.get(i)));
        }
        vn.tramyte.db.BulkInsert.insert(tx, rows);
    }

    public void update(Tx tx, Death d, long seq) {
        DeathRecord r = tx.dsl().fetchSingle(DEATH, DEATH.ID.eq(d.id()));
        fill(r, d);
        stamp(tx, r, seq);
        r.store();
    }

    /** A removal is a tombstone: it travels like any change and the audit keeps what it was. */
    public void markDeleted(Tx tx, UUID id, long seq) {
        DeathRecord r = tx.dsl().fetchSingle(DEATH, DEATH.ID.eq(id));
        r.setDeleted(true);
        stamp(tx, r, seq);
        r.store();
    }

    private static void stamp(Tx tx, DeathRecord r, long seq) {
        SyncColumns.stamp(tx, r, seq);
    }

    private static void fill(DeathRecord r, Death d) {
        DeathDraft x = d.draft();
        r.setPersonId(x.personId());
        r.setFullName(x.fullName());
        r.setSex(x.sex() == null ? null : x.sex().code());
        r.setBirthDate(x.birthDate());
        r.setBirthYearOnly(x.birthYearOnly());
        r.setAgeYears(x.ageYears());
        r.setEthnicityCode(x.ethnicityCode());
        r.setVillageId(x.villageId());
        r.setDeathDate(x.deathDate());
        r.setPlace(x.place() == null ? null : x.place().code());
        r.setCauseGroup(x.causeGroup() == null ? null : x.causeGroup().code());
        r.setCauseText(x.causeText());
        r.setPregnancyRelated(x.pregnancyRelated());
        r.setPregnancyId(d.pregnancyId());
        r.setClasses(d.classification().classes().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(",")));
    }

    public Optional<Death> find(Tx tx, UUID id) {
        return deaths(tx, DEATH.ID.eq(id)).stream().findFirst();
    }

    public List<Death> ofPerson(Tx tx, UUID personId) {
        return deaths(tx, DEATH.PERSON_ID.eq(personId));
    }

    public Optional<Death> findByImportRef(Tx tx, String station, String importRef) {
        return deaths(tx, DEATH.STATION_CODE.eq(station).and(DEATH.IMPORT_REF.eq(importRef))).stream().findFirst();
    }

    /** Deaths of a station (all when null), oldest first. */
    public List<Death> ofStation(Tx tx, String station) {
        return deaths(tx, station == null ? DEATH.ID.isNotNull() : DEATH.STATION_CODE.eq(station));
    }

    private List<Death> deaths(Tx tx, Condition c) {
        return tx.dsl().selectFrom(DEATH).where(c.and(DEATH.DELETED.isFalse()))
                .orderBy(DEATH.DEATH_DATE, DEATH.ID).fetch(DeathRepository::toDeath);
    }

    private static Death toDeath(DeathRecord r) {
        DeathDraft d = new DeathDraft(r.getId(), r.getPersonId(), r.getFullName(),
                r.getSex() == null ? null : Sex.fromCode(r.getSex()), r.getBirthDate(), r.getBirthYearOnly(),
                r.getAgeYears(), r.getEthnicityCode(), r.getVillageId(), r.getDeathDate(),
                r.getPlace() == null ? null : DeathPlace.fromCode(r.getPlace()).orElse(null),
                r.getCauseGroup() == null ? null : CauseGroup.fromCode(r.getCauseGroup()).orElse(null),
                r.getCauseText(), r.getPregnancyRelated());
        Set<DeathClass> classes = EnumSet.noneOf(DeathClass.class);
        if (r.getClasses() != null && !r.getClasses().isBlank()) {
            Arrays.stream(r.getClasses().split(",")).map(String::trim).map(DeathClass::valueOf).forEach(classes::add);
        }
        return new Death(r.getId(), r.getStationCode(), d, r.getPregnancyId(), new DeathClassification(classes));
    }

    static Map<String, Object> auditFields(Death death) {
        DeathDraft d = death.draft();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("person_id", d.personId());
        f.put("full_name", d.fullName());
        f.put("sex", d.sex() == null ? null : d.sex().code());
        f.put("birth_date", d.birthDate());
        f.put("age_years", d.ageYears());
        f.put("ethnicity_code", d.ethnicityCode());
        f.put("village_id", d.villageId());
        f.put("death_date", d.deathDate());
        f.put("place", d.place() == null ? null : d.place().code());
        f.put("cause_group", d.causeGroup() == null ? null : d.causeGroup().code());
        f.put("cause_text", d.causeText());
        f.put("pregnancy_related", d.pregnancyRelated());
        f.put("pregnancy_id", death.pregnancyId());
        f.put("classes", death.classification().classes());
        return f;
    }
}
