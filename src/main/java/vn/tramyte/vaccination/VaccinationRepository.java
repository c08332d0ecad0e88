package vn.tramyte.vaccination;

import static vn.tramyte.db.generated.Tables.VACCINATION;
import static vn.tramyte.db.generated.Tables.VACCINE_CATALOGUE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import vn.tramyte.db.SyncColumns;
import vn.tramyte.db.Tx;
import vn.tramyte.db.generated.tables.records.VaccinationRecord;
import vn.tramyte.db.generated.tables.records.VaccineCatalogueRecord;

/** The only class that reads and writes the vaccine_catalogue and vaccination tables. */
public final class VaccinationRepository {

    // ---- catalogue

    public int catalogueSize(Tx tx) {
        return tx.dsl().fetchCount(VACCINE_CATALOGUE);
    }

    /** The catalogue rows in display order; empty before the default was put in. */
    public List<Vaccine> catalogue(Tx tx) {
        return tx.dsl().selectFrom(VACCINE_CATALOGUE).orderBy(VACCINE_CATALOGUE.DISPLAY_ORDER)
                .fetch(VaccinationRepository::toVaccine);
    }

    public int catalogueVersion(Tx tx) {
        Integer v = tx.dsl().select(org.jooq.impl.DSL.max(VACCINE_CATALOGUE.CATALOGUE_VERSION))
                .from(VACCINE_CATALOGUE).fetchOne(0, Integer.class);
        return v == null ? 0 : v;
    }

    /** Replaces the whole catalogue (the default at first start, a centre's edit later). */
    public void replaceCatalogue(Tx tx, List<Vaccine> vaccines, int version) {
        tx.dsl().deleteFrom(VACCINE_CATALOGUE).execute();
        int order = 0;
        for (Vaccine v : vaccines) {
            VaccineCatalogueRecord r = tx.dsl().newRecord(VACCINE_CATALOGUE);
            r.setCode(v.code());
            r.setDisplayOrder(order++);
            r.setSeries(v.series());
            r.setDose(v.dose());
            r.setTarget(v.target().code());
            r.setNameVi(v.nameVi());
            r.setNameEn(v.nameEn());
            r.setDueMonths(v.dueMonths());
            r.setMinAgeDays(v.minAgeDays());
            r.setMinIntervalDays(v.minIntervalDays());
            r.setMaxAgeDays(v.maxAgeDays());
            r.setBornFrom(v.bornFrom());
            r.setFullImmunization(v.fullImmunization());
            r.setProtectionYears(v.protection().code());
            r.setSource(v.source());
            r.setCatalogueVersion(version);
            r.setUpdatedAt(tx.now());
            r.setUpdatedBy(tx.user());
            r.store();
        }
    }

    private static Vaccine toVaccine(VaccineCatalogueRecord r) {
        return new Vaccine(r.getCode(), r.getSeries(), r.getDose(), Target.fromCode(r.getTarget()).orElseThrow(),
                r.getNameVi(), r.getNameEn(), r.getDueMonths(), r.getMinAgeDays(), r.getMinIntervalDays(),
                r.getMaxAgeDays(), r.getBornFrom(), r.getFullImmunization(),
                ProtectionSpan.parse(r.getProtectionYears()), r.getSource());
    }

    // ---- doses

    public void insert(Tx tx, String stationCode, UUID id, UUID personId, RecordedDose d, String importRef, long seq) {
        insert(tx, stationCode, id, personId, d, importRef, seq, false);
    }

    /** Inserts a dose; batched: with the next rows of a bulk import ({@link Tx#insert}). */
    public void insert(Tx tx, String stationCode, UUID id, UUID personId, RecordedDose d, String importRef, long seq,
                       boolean batched) {
        VaccinationRecord r = record(tx, stationCode, id, personId, d, importRef, seq);
        if (batched) {
            tx.insert(r);
        } else {
            r.store();
        }
    }

    private static VaccinationRecord record(Tx tx, String stationCode, UUID id, UUID personId, RecordedDose d,
                                            String importRef, long seq) {
        VaccinationRecord r = tx.dsl().newRecord(VACCINATION);
        r.setId(id);
        r.setStationCode(stationCode);
        r.setPersonId(personId);
        r.setImportRef(importRef);
        r.setVaccineCode(d.vaccineCode());
        r.setGivenOn(d.date());
        fillDetails(r, d.dose());
        r.setValidity(d.verdict().validity().name());
        r.setInvalidReason(d.verdict().reason() == null ? null : d.verdict().reason().code());
        r.setLimitDate(d.verdict().limitDate());
        r.setPreviousCode(d.verdict().previousCode());
        SyncColumns.stamp(tx, r, seq);
        r.setDeleted(false);
        return r;
    }

    /** A dose to insert in bulk: its row id, station, person, the dose with its verdict, and change number. */
    public record NewRow(UUID id, String stationCode, UUID personId, RecordedDose dose, long seq) {
    }

    /** Inserts many doses in one batch. */
    public void insertAll(Tx tx, List<NewRow> rows) {
        List<VaccinationRecord> records = new ArrayList<>(rows.size());
        for (NewRow n : rows) {
            records.add(record(tx, n.stationCode(), n.id(), n.personId(), n.dose(), null, n.seq()));
        }
        vn.tramyte.db.BulkInsert.insert(tx, records);
    }

    /** Changes where and with which lot a dose was given; the date, code and verdict stay. */
    public void updateDetails(Tx tx, UUID id, GivenDose details, long seq) {
        VaccinationRecord r = tx.dsl().fetchSingle(VACCINATION, VACCINATION.ID.eq(id));
        fillDetails(r, details);
        SyncColumns.stamp(tx, r, seq);
        r.store();
    }

    private static void fillDetails(VaccinationRecord r, GivenDose d) {
        r.setPlace(d.place() == null ? null : d.place().code());
        r.setLot(d.lot());
        r.setFromPaperCard(d.fromPaperCard());
    }

    /** One person's doses, oldest first. */
    public List<StoredDose> ofPerson(Tx tx, UUID personId) {
        return tx.dsl().selectFrom(VACCINATION)
                .where(VACCINATION.PERSON_ID.eq(personId).and(VACCINATION.DELETED.isFalse()))
                .orderBy(VACCINATION.GIVEN_ON, VACCINATION.ID)
                .fetch(VaccinationRepository::toStored);
    }

    /** The doses of the given people (all people of a station when null), by person, oldest first. */
    public Map<UUID, List<RecordedDose>> byPerson(Tx tx, String stationCode, Collection<UUID> personIds) {
        Condition c = VACCINATION.DELETED.isFalse();
        if (stationCode != null) {
            c = c.and(VACCINATION.STATION_CODE.eq(stationCode));
        }
        if (personIds != null) {
            c = c.and(VACCINATION.PERSON_ID.in(personIds));
        }
        // a commune's doses (tens of thousands): read lazily, by JDBC, unsorted; each person's few sorted here
        Map<UUID, List<StoredDose>> stored = new LinkedHashMap<>();
        vn.tramyte.db.LargeReads.each(tx.dsl(), tx.dsl().select(VACCINATION.ID, VACCINATION.PERSON_ID,
                VACCINATION.VACCINE_CODE, VACCINATION.GIVEN_ON, VACCINATION.PLACE, VACCINATION.LOT,
                VACCINATION.FROM_PAPER_CARD, VACCINATION.VALIDITY, VACCINATION.INVALID_REASON,
                VACCINATION.LIMIT_DATE, VACCINATION.PREVIOUS_CODE).from(VACCINATION).where(c), rs -> {
                    StoredDose s = stored(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                            rs.getString(8), rs.getString(9), rs.getObject(10, LocalDate.class), rs.getString(11));
                    stored.computeIfAbsent(s.personId(), k -> new ArrayList<>()).add(s);
                });
        return oldestFirst(stored);
    }

    /**
     * The doses of every person of a station (of every station when null) as the schedule reads them, by
     * person, oldest first: the vaccine, the date and the verdict, which is all a due list or a register
     * uses. Where each was given, its lot and the paper card are not read (a commune's 80,000 doses: three
     * columns fewer is a fifth of the due list's time, issue 12), so their place is null as for a dose
     * whose place is not known: never show these doses' details.
     */
    public Map<UUID, List<RecordedDose>> scheduleByPerson(Tx tx, String stationCode) {
        Condition c = VACCINATION.DELETED.isFalse();
        if (stationCode != null) {
            c = c.and(VACCINATION.STATION_CODE.eq(stationCode));
        }
        Map<UUID, List<StoredDose>> stored = new LinkedHashMap<>();
        vn.tramyte.db.LargeReads.each(tx.dsl(), tx.dsl().select(VACCINATION.ID, VACCINATION.PERSON_ID,
                VACCINATION.VACCINE_CODE, VACCINATION.GIVEN_ON, VACCINATION.VALIDITY, VACCINATION.INVALID_REASON,
                VACCINATION.LIMIT_DATE, VACCINATION.PREVIOUS_CODE).from(VACCINATION).where(c), rs -> {
                    UUID person = rs.getObject(2, UUID.class);
                    String validity = rs.getString(5);
                    // a valid dose's reason, limit and previous code are empty: not read
                    DoseVerdict verdict = Validity.valueOf(validity) == Validity.VALID ? DoseVerdict.VALID
                            : verdict(validity, rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8));
                    RecordedDose dose = new RecordedDose(new GivenDose(rs.getString(3), rs.getObject(4, LocalDate.class),
                            null, null, false), verdict);
                    stored.computeIfAbsent(person, k -> new ArrayList<>())
                            .add(new StoredDose(rs.getObject(1, UUID.class), person, dose));
                });
        return oldestFirst(stored);
    }

    /**
     * {@link #scheduleByPerson(Tx, String)} of the people of a station (every station when null) born in a period
     * (a full date): a due list's children, register A2.1's year. The valid doses come from the index on (person,
     * date, deleted, validity, vaccine, station) alone, reached through the children's birth dates: not a row is
     * read (a centre's 330,000 children's doses in 0.3 s, where every dose's row took 1.4 s; issue 12). The invalid
     * ones, whose reason is in the row, by a second read of their people. Two doses of one day: by vaccine, the
     * valid one first (the index has no id to order them by).
     */
    public Map<UUID, List<RecordedDose>> scheduleOfBornBetween(Tx tx, String stationCode, LocalDate bornAfter,
                                                               LocalDate onOrBefore) {
        var person = vn.tramyte.db.generated.Tables.PERSON;
        Condition c = VACCINATION.DELETED.isFalse()
                .and(vn.tramyte.person.PersonRepository.bornBetween(person, bornAfter, onOrBefore));
        if (stationCode != null) { // their people there too: H2 reaches them by station and birth date
            c = c.and(VACCINATION.STATION_CODE.eq(stationCode)).and(person.STATION_CODE.eq(stationCode));
        }
        Map<UUID, List<RecordedDose>> doses = new java.util.HashMap<>();
        java.util.Set<UUID> people = new java.util.LinkedHashSet<>(); // with an invalid dose
        vn.tramyte.db.LargeReads.each(tx.dsl(), tx.dsl().select(VACCINATION.PERSON_ID, VACCINATION.VACCINE_CODE,
                VACCINATION.GIVEN_ON, VACCINATION.VALIDITY).from(person).join(VACCINATION)
                .on(VACCINATION.PERSON_ID.eq(person.ID)).where(c), rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    if (Validity.valueOf(rs.getString(4)) == Validity.VALID) {
                        doses.computeIfAbsent(id, k -> new ArrayList<>()).add(new RecordedDose(new GivenDose(
                                rs.getString(2), rs.getObject(3, LocalDate.class), null, null, false), DoseVerdict.VALID));
                    } else {
                        people.add(id);
                    }
                });
        List<UUID> withInvalid = new ArrayList<>(people);
        for (int from = 0; from < withInvalid.size(); from += INVALID_CHUNK) {
            Condition invalid = VACCINATION.DELETED.isFalse().and(VACCINATION.VALIDITY.ne(Validity.VALID.name()))
                    .and(VACCINATION.PERSON_ID.in(withInvalid.subList(from, Math.min(withInvalid.size(),
                            from + INVALID_CHUNK))));
            tx.dsl().select(VACCINATION.PERSON_ID, VACCINATION.VACCINE_CODE, VACCINATION.GIVEN_ON, VACCINATION.VALIDITY,
                    VACCINATION.INVALID_REASON, VACCINATION.LIMIT_DATE, VACCINATION.PREVIOUS_CODE).from(VACCINATION)
                    .where(stationCode == null ? invalid : invalid.and(VACCINATION.STATION_CODE.eq(stationCode)))
                    .forEach(r -> doses.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new RecordedDose(
                            new GivenDose(r.value2(), r.value3(), null, null, false),
                            verdict(r.value4(), r.value5(), r.value6(), r.value7()))));
        }
        doses.values().forEach(list -> list.sort(SAME_DAY_BY_VACCINE));
        return doses;
    }

    /** People whose invalid doses one query reads (bind values: H2 and PostgreSQL take far more). */
    private static final int INVALID_CHUNK = 2_000;

    /** Oldest first; two doses of one day by vaccine, the valid one first. */
    private static final Comparator<RecordedDose> SAME_DAY_BY_VACCINE = Comparator.comparing(RecordedDose::date)
            .thenComparing(RecordedDose::vaccineCode).thenComparing(RecordedDose::isValid, Comparator.reverseOrder());

    /** Oldest first: by date, then by id (two doses of one day keep one order). */
    private static final Comparator<StoredDose> OLDEST_FIRST = (a, b) -> {
        int byDate = a.recorded().date().compareTo(b.recorded().date());
        return byDate != 0 ? byDate : a.id().compareTo(b.id());
    };

    /** Each person's doses sorted oldest first (most come from the index in that order already). */
    private static Map<UUID, List<RecordedDose>> oldestFirst(Map<UUID, List<StoredDose>> stored) {
        Map<UUID, List<RecordedDose>> map = new LinkedHashMap<>();
        stored.forEach((person, doses) -> {
            doses.sort(OLDEST_FIRST);
            List<RecordedDose> recorded = new ArrayList<>(doses.size());
            for (StoredDose s : doses) {
                recorded.add(s.recorded());
            }
            map.put(person, recorded);
        });
        return map;
    }

    /** The doses of every person of a station, by person, oldest first (one query for an import). */
    public Map<UUID, List<StoredDose>> ofStationPeople(Tx tx, String stationCode) {
        Map<UUID, List<StoredDose>> map = new java.util.HashMap<>();
        for (StoredDose s : tx.dsl().select(VACCINATION.fields()).from(VACCINATION)
                .join(vn.tramyte.db.generated.Tables.PERSON).on(vn.tramyte.db.generated.Tables.PERSON.ID
                        .eq(VACCINATION.PERSON_ID))
                .where(vn.tramyte.db.generated.Tables.PERSON.STATION_CODE.eq(stationCode)
                        .and(VACCINATION.DELETED.isFalse()))
                .orderBy(VACCINATION.GIVEN_ON, VACCINATION.ID)
                .fetch(r -> toStored(r.into(VACCINATION)))) {
            map.computeIfAbsent(s.personId(), k -> new ArrayList<>()).add(s);
        }
        return map;
    }

    public Optional<StoredDose> findByImportRef(Tx tx, String stationCode, String importRef) {
        return tx.dsl().selectFrom(VACCINATION)
                .where(VACCINATION.STATION_CODE.eq(stationCode).and(VACCINATION.IMPORT_REF.eq(importRef))
                        .and(VACCINATION.DELETED.isFalse()))
                .fetchOptional(VaccinationRepository::toStored);
    }

    public int count(Tx tx, String stationCode) {
        return tx.dsl().fetchCount(VACCINATION, stationCode == null ? VACCINATION.DELETED.isFalse()
                : VACCINATION.DELETED.isFalse().and(VACCINATION.STATION_CODE.eq(stationCode)));
    }

    private static StoredDose toStored(VaccinationRecord r) {
        return stored(r.getId(), r.getPersonId(), r.getVaccineCode(), r.getGivenOn(), r.getPlace(), r.getLot(),
                r.getFromPaperCard(), r.getValidity(), r.getInvalidReason(), r.getLimitDate(), r.getPreviousCode());
    }

    private static StoredDose stored(UUID id, UUID personId, String vaccineCode, LocalDate givenOn, String place,
                                     String lot, boolean fromPaperCard, String validityCode, String invalidReason,
                                     LocalDate limitDate, String previousCode) {
        GivenDose given = new GivenDose(vaccineCode, givenOn,
                place == null ? null : DosePlace.fromCode(place).orElse(DosePlace.OTHER), lot, fromPaperCard);
        return new StoredDose(id, personId, new RecordedDose(given,
                verdict(validityCode, invalidReason, limitDate, previousCode)));
    }

    private static DoseVerdict verdict(String validityCode, String invalidReason, LocalDate limitDate,
                                       String previousCode) {
        return Validity.valueOf(validityCode) == Validity.VALID ? DoseVerdict.VALID
                : DoseVerdict.invalid(InvalidReason.fromCode(invalidReason).orElseThrow(), limitDate, previousCode);
    }

    /** The dose's fields as the audit log shows them. */
    static Map<String, Object> auditFields(UUID personId, RecordedDose d) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("person_id", personId);
        f.put("vaccine_code", d.vaccineCode());
        f.put("given_on", d.date());
        f.put("place", d.dose().place() == null ? null : d.dose().place().code());
        f.put("lot", d.dose().lot());
        f.put("from_paper_card", d.dose().fromPaperCard());
        f.put("validity", d.verdict().validity().name());
        f.put("invalid_reason", d.verdict().reason() == null ? null : d.verdict().reason().code());
        return f;
    }
}
