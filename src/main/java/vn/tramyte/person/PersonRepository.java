package vn.tramyte.person;

import static vn.tramyte.db.generated.Tables.ETHNIC_GROUP;
import static vn.tramyte.db.generated.Tables.PERSON;
import static vn.tramyte.db.generated.Tables.VILLAGE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.tramyte.db.SyncColumns;
import vn.tramyte.db.Tx;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.tramyte.db.generated.tables.records.PersonRecord;

/** The only class that reads and writes the person and ethnic_group tables. */
public final class PersonRepository {
    private static final vn.tramyte.db.generated.tables.Person MOTHER = PERSON.as("mother");

    /** Every ethnic group held, as "code list/code". */
    public java.util.Set<String> ethnicGroupKeys(Tx t) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        t.dsl().select(ETHNIC_GROUP.CODE_LIST, ETHNIC_GROUP.CODE).from(ETHNIC_GROUP)
                .forEach(r -> keys.add(r.value1() + "/" + r.value2()));
        return keys;
    }

    public void insertEthnicGroupIfMissing(Tx t, EthnicGroup g) {
        t.dsl().insertInto(ETHNIC_GROUP)
                .set(ETHNIC_GROUP.CODE_LIST, g.codeList())
                .set(ETHNIC_GROUP.CODE, g.code())
                .set(ETHNIC_GROUP.NAME_VI, g.nameVi())
                .set(ETHNIC_GROUP.NAME_EN, g.nameEn())
                .onDuplicateKeyIgnore()
                .execute();
    }

    public Optional<Person> find(Tx t, UUID id) {
        return t.dsl().selectFrom(PERSON).where(PERSON.ID.eq(id).and(PERSON.DELETED.isFalse()))
                .fetchOptional(PersonRepository::toPerson);
    }

    /** Inserts a person; importRef is the key of the row in an import file, or null. */
    public void insert(Tx t, Person p, String importRef, long changeSeq) {
        insert(t, p, importRef, changeSeq, false);
    }

    /** Inserts a person; batched: with the next rows of a bulk import ({@link Tx#insert}). */
    public void insert(Tx t, Person p, String importRef, long changeSeq, boolean batched) {
        PersonRecord r = record(t, p, importRef, changeSeq);
        if (batched) {
            t.insert(r);
        } else {
            r.store();
        }
    }

    /** Inserts many new people in one batch; each with its own change number (parallel lists). */
    public void insertAll(Tx t, List<Person> people, List<Long> changeSeqs) {
        List<PersonRecord> rows = new java.util.ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            rows.add(record(t, people.get(i), null, changeSeqs.get(i)));
        }
        vn.tramyte.db.BulkInsert.insert(t, rows);
    }

    /** A new person's row, stamped with its change number: the same for one insert and for a batch. */
    private static PersonRecord record(Tx t, Person p, String importRef, long changeSeq) {
        PersonRecord r = t.dsl().newRecord(PERSON);
        r.setImportRef(importRef);
        fill(r, p);
        r.setId(p.id());
        r.setStationCode(p.stationCode());
        SyncColumns.stamp(t, r, changeSeq);
        r.setDeleted(false);
        return r;
    }

    /** The people of the given ids that exist (deleted ones left out), by id, in one query. */
    public Map<UUID, Person> findAll(Tx t, java.util.Collection<UUID> ids) {
        Map<UUID, Person> found = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        t.dsl().selectFrom(PERSON).where(PERSON.ID.in(ids).and(PERSON.DELETED.isFalse()))
                .forEach(r -> found.put(r.getId(), toPerson(r)));
        return found;
    }

    public void update(Tx t, Person p, long changeSeq) {
        PersonRecord r = t.dsl().fetchSingle(PERSON, PERSON.ID.eq(p.id()));
        fill(r, p);
        SyncColumns.stamp(t, r, changeSeq);
        r.store();
    }

    private static void fill(PersonRecord r, Person p) {
        r.setFullName(p.fullName());
        r.setSearchName(vn.tramyte.common.SearchText.normalize(p.fullName()));
        r.setSex(p.sex().code());
        r.setBirthDate(p.birthDate());
        r.setBirthYearOnly(p.birthYearOnly());
        r.setEthnicityList(p.ethnicityCode() == null ? null : EthnicGroup.LIST_1979);
        r.setEthnicityCode(p.ethnicityCode());
        r.setVillageId(p.villageId());
        r.setMotherId(p.motherId());
        r.setPersonalId(p.personalId());
        r.setInsuranceNo(p.insuranceNo());
        r.setPhone(p.phone());
    }

    public void setDiedOn(Tx t, java.util.UUID id, java.time.LocalDate diedOn, long changeSeq) {
        t.dsl().update(PERSON)
                .set(PERSON.DIED_ON, diedOn)
                .set(PERSON.CHANGE_SEQ, changeSeq)
                .set(PERSON.ORIGIN_SEQ, changeSeq)
                .set(PERSON.UPDATED_AT, t.now())
                .set(PERSON.UPDATED_BY, t.user())
                .where(PERSON.ID.eq(id))
                .execute();
    }

    /** Sets the date of death of many people in one batch; each with its own change number. */
    public void setDiedOnAll(Tx t, List<UUID> ids, List<java.time.LocalDate> dates, List<Long> changeSeqs) {
        if (ids.isEmpty()) {
            return;
        }
        var statement = t.dsl().update(PERSON)
                .set(PERSON.DIED_ON, (java.time.LocalDate) null)
                .set(PERSON.CHANGE_SEQ, (Long) null)
                .set(PERSON.ORIGIN_SEQ, (Long) null)
                .set(PERSON.UPDATED_AT, t.now())
                .set(PERSON.UPDATED_BY, t.user())
                .where(PERSON.ID.eq((UUID) null));
        var batch = t.dsl().batch(statement);
        for (int i = 0; i < ids.size(); i++) {
            batch = batch.bind(dates.get(i), changeSeqs.get(i), changeSeqs.get(i), t.now(), t.user(), ids.get(i));
        }
        batch.execute();
    }

    /** The person's fields as the audit log shows them. */
    public static Map<String, Object> auditFields(Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("full_name", p.fullName());
        m.put("sex", p.sex().code());
        m.put("birth_date", p.birthDate());
        m.put("birth_year_only", p.birthYearOnly());
        m.put("ethnicity_code", p.ethnicityCode());
        m.put("village_id", p.villageId());
        m.put("mother_id", p.motherId());
        m.put("personal_id", p.personalId());
        m.put("insurance_no", p.insuranceNo());
        m.put("phone", p.phone());
        return m;
    }

    /**
     * Every living record of a station (all stations when null), with names to show, in the order
     * of their search names, read by JDBC (a centre holds 200,000). Read in the table's order and
     * sorted here: H2 sorts more than 40,000 rows (its MAX_MEMORY_ROWS) through a temporary file,
     * which took 10-15 s at a 200,000-people centre (issue 12). The rows are then copied in sorted
     * order, so that they lie in memory in the order a search reads them (a keystroke's pass over a
     * centre took 4 ms in that order, 40 ms in the table's).
     */
    public List<PersonRow> rows(Tx t, String stationCode) {
        return rows(t, stationCode, DSL.noCondition());
    }

    /**
     * The living people of a station (all stations when null) born on or before {@code day} and after
     * {@code bornAfter}, with a full birth date: the children a due list looks at (a tenth of a commune),
     * chosen by the database instead of reading every adult too.
     */
    public List<PersonRow> livingBornBetween(Tx t, String stationCode, java.time.LocalDate bornAfter,
                                             java.time.LocalDate day) {
        return rows(t, stationCode, bornBetween(PERSON, bornAfter, day).and(PERSON.DIED_ON.isNull()));
    }

    /**
     * The people of a station (all stations when null) born after {@code bornAfter} and on or before {@code day},
     * with a full birth date, the dead too: a birth year's register (A2.1).
     */
    public List<PersonRow> bornBetween(Tx t, String stationCode, java.time.LocalDate bornAfter, java.time.LocalDate day) {
        return rows(t, stationCode, bornBetween(PERSON, bornAfter, day));
    }

    /**
     * The people of a station (all stations when null) whom a pregnancy names: the antenatal page's women, not
     * everyone (a centre holds 200,000 people and some 30,000 pregnancies; issue 12).
     */
    public List<PersonRow> pregnant(Tx t, String stationCode) {
        return rows(t, stationCode, PERSON.ID.in(DSL.select(vn.tramyte.db.generated.Tables.PREGNANCY.WOMAN_ID)
                .from(vn.tramyte.db.generated.Tables.PREGNANCY)));
    }

    /** The people of a station (all stations when null) whom a recorded death names: the death register's. */
    public List<PersonRow> dead(Tx t, String stationCode) {
        return rows(t, stationCode, PERSON.ID.in(DSL.select(vn.tramyte.db.generated.Tables.DEATH.PERSON_ID)
                .from(vn.tramyte.db.generated.Tables.DEATH).where(vn.tramyte.db.generated.Tables.DEATH.PERSON_ID
                        .isNotNull())));
    }

    /** Born after {@code bornAfter} and on or before {@code day}, with a full birth date (not a year alone). */
    public static Condition bornBetween(vn.tramyte.db.generated.tables.Person person, java.time.LocalDate bornAfter,
                                        java.time.LocalDate day) {
        return person.BIRTH_DATE.gt(bornAfter).and(person.BIRTH_DATE.le(day)).and(person.BIRTH_YEAR_ONLY.isFalse());
    }

    private List<PersonRow> rows(Tx t, String stationCode, Condition also) {
        var query = t.dsl().select(PERSON.ID, PERSON.STATION_CODE, PERSON.FULL_NAME, PERSON.SEARCH_NAME, PERSON.SEX,
                        PERSON.BIRTH_DATE, PERSON.BIRTH_YEAR_ONLY, PERSON.ETHNICITY_CODE, VILLAGE.NAME, PERSON.MOTHER_ID,
                        MOTHER.FULL_NAME, PERSON.PERSONAL_ID, PERSON.INSURANCE_NO, PERSON.PHONE, PERSON.DIED_ON)
                .from(PERSON)
                .leftJoin(VILLAGE).on(VILLAGE.ID.eq(PERSON.VILLAGE_ID))
                .leftJoin(MOTHER).on(MOTHER.ID.eq(PERSON.MOTHER_ID))
                .where(PERSON.DELETED.isFalse()).and(also);
        if (stationCode != null) {
            query = query.and(PERSON.STATION_CODE.eq(stationCode));
        }
        List<PersonRow> rows = new java.util.ArrayList<>();
        // a centre's list holds 200,000 rows (issue 12, -Xmx512m): the few station codes, ethnic codes,
        // village names and birth dates are held once each, not once per person
        Map<Object, Object> shared = new java.util.HashMap<>();
        vn.tramyte.db.LargeReads.each(t.dsl(), query, rs -> rows.add(new PersonRow(rs.getObject(1, UUID.class),
                once(shared, rs.getString(2)), rs.getString(3), rs.getString(4), Sex.fromCode(rs.getString(5)),
                once(shared, rs.getObject(6, java.time.LocalDate.class)), rs.getBoolean(7), once(shared, rs.getString(8)),
                once(shared, rs.getString(9)), rs.getObject(10, UUID.class), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getString(14), rs.getObject(15, java.time.LocalDate.class))));
        rows.sort(java.util.Comparator.comparing(PersonRow::searchName));
        rows.replaceAll(PersonRepository::madeAgain);
        return rows;
    }

    /** The same row made anew (with its names), so that rows made one after another lie side by side in memory. */
    private static PersonRow madeAgain(PersonRow r) {
        return new PersonRow(r.id(), r.stationCode(), new String(r.fullName().toCharArray()),
                new String(r.searchName().toCharArray()), r.sex(), r.birthDate(), r.birthYearOnly(), r.ethnicityCode(),
                r.villageName(), r.motherId(), r.motherName(), r.personalId(), r.insuranceNo(), r.phone(), r.diedOn());
    }

    /** The value equal to {@code value} met first in this read (null stays null). */
    @SuppressWarnings("unchecked")
    private static <T> T once(Map<Object, Object> shared, T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    /** The person an import file's ref named in an earlier import of this station. */
    public Optional<Person> findByImportRef(Tx t, String stationCode, String importRef) {
        return t.dsl().selectFrom(PERSON)
                .where(PERSON.STATION_CODE.eq(stationCode).and(PERSON.IMPORT_REF.eq(importRef))
                        .and(PERSON.DELETED.isFalse()))
                .fetchOptional(PersonRepository::toPerson);
    }

    /** A station's people that came from an import file, by their ref. */
    public Map<String, Person> importedByRef(Tx t, String stationCode) {
        Map<String, Person> people = new java.util.HashMap<>();
        t.dsl().selectFrom(PERSON)
                .where(PERSON.STATION_CODE.eq(stationCode).and(PERSON.IMPORT_REF.isNotNull())
                        .and(PERSON.DELETED.isFalse()))
                .forEach(r -> people.put(r.getImportRef(), toPerson(r)));
        return people;
    }

    /**
     * The import refs of a station's people (all stations when null) born in a period, as {@link #bornBetween}
     * chooses them, that came from an import file.
     */
    public Map<UUID, String> importRefsBornBetween(Tx t, String stationCode, java.time.LocalDate bornAfter,
                                                   java.time.LocalDate day) {
        var c = PERSON.IMPORT_REF.isNotNull().and(PERSON.DELETED.isFalse()).and(bornBetween(PERSON, bornAfter, day));
        if (stationCode != null) {
            c = c.and(PERSON.STATION_CODE.eq(stationCode));
        }
        Map<UUID, String> refs = new java.util.HashMap<>();
        t.dsl().select(PERSON.ID, PERSON.IMPORT_REF).from(PERSON).where(c)
                .forEach(r -> refs.put(r.value1(), r.value2()));
        return refs;
    }

    /** The import refs of these people that came from an import file, by id (one query by the primary key). */
    public Map<UUID, String> importRefsOf(Tx t, java.util.Collection<UUID> ids) {
        Map<UUID, String> refs = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            t.dsl().select(PERSON.ID, PERSON.IMPORT_REF).from(PERSON)
                    .where(PERSON.ID.in(ids).and(PERSON.IMPORT_REF.isNotNull()))
                    .forEach(r -> refs.put(r.value1(), r.value2()));
        }
        return refs;
    }

    public Optional<PersonRow> row(Tx t, UUID id) {
        return t.dsl().select(PERSON.fields()).select(VILLAGE.NAME, MOTHER.FULL_NAME)
                .from(PERSON)
                .leftJoin(VILLAGE).on(VILLAGE.ID.eq(PERSON.VILLAGE_ID))
                .leftJoin(MOTHER).on(MOTHER.ID.eq(PERSON.MOTHER_ID))
                .where(PERSON.ID.eq(id).and(PERSON.DELETED.isFalse()))
                .fetchOptional(PersonRepository::toRow);
    }

    public int count(Tx t, String stationCode) {
        return t.dsl().fetchCount(PERSON, stationCode == null ? PERSON.DELETED.isFalse()
                : PERSON.DELETED.isFalse().and(PERSON.STATION_CODE.eq(stationCode)));
    }

    private static PersonRow toRow(Record r) {
        return new PersonRow(r.get(PERSON.ID), r.get(PERSON.STATION_CODE), r.get(PERSON.FULL_NAME),
                r.get(PERSON.SEARCH_NAME), Sex.fromCode(r.get(PERSON.SEX)), r.get(PERSON.BIRTH_DATE),
                r.get(PERSON.BIRTH_YEAR_ONLY), r.get(PERSON.ETHNICITY_CODE), r.get(VILLAGE.NAME),
                r.get(PERSON.MOTHER_ID), r.get(MOTHER.FULL_NAME), r.get(PERSON.PERSONAL_ID), r.get(PERSON.INSURANCE_NO), r.get(PERSON.PHONE),
                r.get(PERSON.DIED_ON));
    }

    static Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getStationCode(), r.getFullName(), Sex.fromCode(r.getSex()), r.getBirthDate(),
                r.getBirthYearOnly(), r.getEthnicityCode(), r.getVillageId(), r.getMotherId(), r.getPersonalId(),
                r.getInsuranceNo(), r.getPhone(), r.getDiedOn());
    }
}
