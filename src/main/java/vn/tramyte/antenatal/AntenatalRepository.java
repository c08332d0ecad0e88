package vn.tramyte.antenatal;

import static vn.tramyte.db.generated.Tables.ANC_VISIT;
import static vn.tramyte.db.generated.Tables.BIRTH;
import static vn.tramyte.db.generated.Tables.DELIVERY;
import static vn.tramyte.db.generated.Tables.PREGNANCY;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import vn.tramyte.db.BulkInsert;
import vn.tramyte.db.SyncColumns;
import vn.tramyte.db.Tx;
import vn.tramyte.db.generated.tables.records.AncVisitRecord;
import vn.tramyte.db.generated.tables.records.BirthRecord;
import vn.tramyte.db.generated.tables.records.DeliveryRecord;
import vn.tramyte.db.generated.tables.records.PregnancyRecord;
import vn.tramyte.person.Sex;

/** The only class that reads and writes the pregnancy, anc_visit, delivery and birth tables. */
public final class AntenatalRepository {
    // ---- pregnancy

    public void insertPregnancy(Tx tx, String station, Pregnancy p, String importRef, long seq) {
        pregnancyRecord(tx, station, p, importRef, seq).store();
    }

    private static PregnancyRecord pregnancyRecord(Tx tx, String station, Pregnancy p, String importRef, long seq) {
        PregnancyRecord r = tx.dsl().newRecord(PREGNANCY);
        r.setId(p.id());
        r.setStationCode(station);
        r.setWomanId(p.womanId());
        r.setImportRef(importRef);
        fill(r, p);
        SyncColumns.stamp(tx, r, seq);
        r.setDeleted(false);
        return r;
    }

    /** A row of this repository's tables to insert in bulk: its station, the row, its change number. */
    public record Stamped<T>(String station, T row, long seq) {
    }

    public void insertPregnancies(Tx tx, List<Stamped<Pregnancy>> rows) {
        insertPregnancies(tx, rows, p -> null);
    }

    /** The same, each with the import file's key it came from (null for none). */
    public void insertPregnancies(Tx tx, List<Stamped<Pregnancy>> rows,
                                  java.util.function.Function<Pregnancy, String> importRef) {
        BulkInsert.insert(tx, rows.stream().map(s -> pregnancyRecord(tx, s.station(), s.row(),
                importRef.apply(s.row()), s.seq())).toList());
    }

    public void updatePregnancy(Tx tx, Pregnancy p, long seq) {
        PregnancyRecord r = tx.dsl().fetchSingle(PREGNANCY, PREGNANCY.ID.eq(p.id()));
        fill(r, p);
        SyncColumns.stamp(tx, r, seq);
        r.store();
    }

    private static void fill(PregnancyRecord r, Pregnancy p) {
        r.setLmp(p.lmp());
        r.setEdd(p.edd());
        r.setGravida(p.gravida());
        r.setPara(p.para());
        r.setRiskNotes(p.riskNotes());
    }

    public Optional<Pregnancy> pregnancy(Tx tx, UUID id) {
        return pregnancies(tx, PREGNANCY.ID.eq(id), null).stream().findFirst();
    }

    public Optional<String> pregnancyStation(Tx tx, UUID id) {
        return tx.dsl().select(PREGNANCY.STATION_CODE).from(PREGNANCY).where(PREGNANCY.ID.eq(id))
                .fetchOptional(PREGNANCY.STATION_CODE);
    }

    public List<Pregnancy> pregnanciesOf(Tx tx, UUID womanId) {
        return pregnancies(tx, PREGNANCY.WOMAN_ID.eq(womanId), null);
    }

    /** The pregnancies of many women, by woman, in one query. */
    public Map<UUID, List<Pregnancy>> pregnanciesOfWomen(Tx tx, java.util.Collection<UUID> womanIds) {
        Map<UUID, List<Pregnancy>> byWoman = new HashMap<>();
        if (!womanIds.isEmpty()) {
            pregnancies(tx, PREGNANCY.WOMAN_ID.in(womanIds), null)
                    .forEach(p -> byWoman.computeIfAbsent(p.womanId(), k -> new ArrayList<>()).add(p));
        }
        return byWoman;
    }

    /** Every pregnancy of a station (all stations when null). */
    public List<Pregnancy> pregnanciesOfStation(Tx tx, String station) {
        return pregnancies(tx, station == null ? PREGNANCY.ID.isNotNull() : PREGNANCY.STATION_CODE.eq(station), null);
    }

    public Optional<Pregnancy> pregnancyByImportRef(Tx tx, String station, String importRef) {
        return pregnancies(tx, PREGNANCY.STATION_CODE.eq(station).and(PREGNANCY.IMPORT_REF.eq(importRef)), null)
                .stream().findFirst();
    }

    /** Every pregnancy of a station's imports by its file's ref, in one query (a bulk import). */
    public Map<String, Pregnancy> pregnanciesByImportRef(Tx tx, String station) {
        Map<String, Pregnancy> byRef = new HashMap<>();
        pregnancies(tx, PREGNANCY.STATION_CODE.eq(station).and(PREGNANCY.IMPORT_REF.isNotNull()), byRef);
        return byRef;
    }

    /** The dates of the visits of a station's pregnancies that came from an import file, by the file's ref. */
    public Map<String, List<LocalDate>> visitDatesByPregnancyRef(Tx tx, String station) {
        Map<String, List<LocalDate>> dates = new HashMap<>();
        tx.dsl().select(PREGNANCY.IMPORT_REF, ANC_VISIT.VISIT_DATE).from(ANC_VISIT).join(PREGNANCY)
                .on(PREGNANCY.ID.eq(ANC_VISIT.PREGNANCY_ID))
                .where(PREGNANCY.STATION_CODE.eq(station).and(PREGNANCY.IMPORT_REF.isNotNull())
                        .and(PREGNANCY.DELETED.isFalse()).and(ANC_VISIT.DELETED.isFalse()))
                .forEach(r -> dates.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return dates;
    }

    /** The pregnancies a condition selects; with {@code byImportRef}, also by import ref (the first, as above). */
    List<Pregnancy> pregnancies(Tx tx, Condition c, Map<String, Pregnancy> byImportRef) {
        var rows = tx.dsl().select(PREGNANCY.asterisk(), DELIVERY.DELIVERY_DATE).from(PREGNANCY)
                .leftJoin(DELIVERY).on(DELIVERY.PREGNANCY_ID.eq(PREGNANCY.ID).and(DELIVERY.DELETED.isFalse()))
                .where(c.and(PREGNANCY.DELETED.isFalse()))
                .orderBy(PREGNANCY.LMP, PREGNANCY.ID).fetch();
        List<Pregnancy> result = new ArrayList<>();
        for (var row : rows) {
            PregnancyRecord r = row.into(PREGNANCY);
            Pregnancy p = new Pregnancy(r.getId(), r.getWomanId(), r.getLmp(), r.getEdd(), r.getGravida(), r.getPara(),
                    r.getRiskNotes(), row.get(DELIVERY.DELIVERY_DATE));
            result.add(p);
            if (byImportRef != null) {
                byImportRef.putIfAbsent(r.getImportRef(), p);
            }
        }
        return result;
    }

    // ---- visits

    // at once, or in a bulk write's batch (Tx.insert): an import reads no visit back before its flush
    public void insertVisit(Tx tx, String station, StoredVisit v, String importRef, long seq) {
        tx.insert(visitRecord(tx, station, v, importRef, seq));
    }

    private static AncVisitRecord visitRecord(Tx tx, String station, StoredVisit v, String importRef, long seq) {
        AncVisitRecord r = tx.dsl().newRecord(ANC_VISIT);
        r.setId(v.id());
        r.setStationCode(station);
        r.setPregnancyId(v.pregnancyId());
        r.setImportRef(importRef);
        fill(r, v.visit());
        SyncColumns.stamp(tx, r, seq);
        r.setDeleted(false);
        return r;
    }

    public void insertVisits(Tx tx, List<Stamped<StoredVisit>> rows) {
        BulkInsert.insert(tx, rows.stream().map(s -> visitRecord(tx, s.station(), s.row(), null, s.seq())).toList());
    }

    public void updateVisit(Tx tx, StoredVisit v, long seq) {
        AncVisitRecord r = tx.dsl().fetchSingle(ANC_VISIT, ANC_VISIT.ID.eq(v.id()));
        fill(r, v.visit());
        SyncColumns.stamp(tx, r, seq);
        r.store();
    }

    public void deleteVisit(Tx tx, UUID id, long seq) {
        AncVisitRecord r = tx.dsl().fetchSingle(ANC_VISIT, ANC_VISIT.ID.eq(id));
        r.setDeleted(true);
        SyncColumns.stamp(tx, r, seq);
        r.store();
    }

    private static void fill(AncVisitRecord r, AncVisit v) {
        r.setVisitDate(v.date());
        r.setWeightKg(decimal(v.weightKg()));
        r.setBpSystolic(v.systolicMmHg());
        r.setBpDiastolic(v.diastolicMmHg());
        r.setFundalHeightCm(decimal(v.fundalHeightCm()));
        r.setFetalHeartPresent(v.fetalHeart() == null ? null : v.fetalHeart().present());
        r.setFetalHeartBpm(v.fetalHeart() == null ? null : v.fetalHeart().bpm());
        r.setUrineProtein(v.urineProtein() == null ? null : v.urineProtein().code());
        r.setHivTest(v.hivTest() == null ? null : v.hivTest().code());
        r.setHaemoglobinGDl(decimal(v.haemoglobinGPerDl()));
        r.setTetanusDose(v.tetanusDose() == null ? null : v.tetanusDose().vaccineCode());
        r.setIronFolicGiven(v.ironFolicGiven());
        r.setIronFolicTablets(v.ironFolicTablets());
        r.setExaminer(v.examiner());
    }

    public Optional<StoredVisit> visit(Tx tx, UUID id) {
        return visits(tx, ANC_VISIT.ID.eq(id)).stream().findFirst();
    }

    public List<StoredVisit> visitsOf(Tx tx, UUID pregnancyId) {
        return visits(tx, ANC_VISIT.PREGNANCY_ID.eq(pregnancyId));
    }

    /** Visits of a station (all when null), oldest first. */
    public List<StoredVisit> visitsOfStation(Tx tx, String station) {
        return visits(tx, station == null ? ANC_VISIT.ID.isNotNull() : ANC_VISIT.STATION_CODE.eq(station));
    }

    public Optional<StoredVisit> visitByImportRef(Tx tx, String station, String importRef) {
        return visits(tx, ANC_VISIT.STATION_CODE.eq(station).and(ANC_VISIT.IMPORT_REF.eq(importRef)))
                .stream().findFirst();
    }

    /** A station's visits that came from an import file, by the file's key (one query for an import). */
    public Map<String, StoredVisit> visitsByImportRef(Tx tx, String station) {
        Map<String, StoredVisit> visits = new HashMap<>();
        tx.dsl().selectFrom(ANC_VISIT).where(ANC_VISIT.STATION_CODE.eq(station).and(ANC_VISIT.IMPORT_REF.isNotNull())
                .and(ANC_VISIT.DELETED.isFalse())).orderBy(ANC_VISIT.VISIT_DATE.desc(), ANC_VISIT.ID.desc())
                .forEach(r -> visits.put(r.getImportRef(), toVisit(r)));
        return visits;
    }

    List<StoredVisit> visits(Tx tx, Condition c) {
        return tx.dsl().selectFrom(ANC_VISIT).where(c.and(ANC_VISIT.DELETED.isFalse()))
                .orderBy(ANC_VISIT.VISIT_DATE, ANC_VISIT.ID).fetch(AntenatalRepository::toVisit);
    }

    private static StoredVisit toVisit(AncVisitRecord r) {
        FetalHeart heart = r.getFetalHeartPresent() == null ? null
                : new FetalHeart(r.getFetalHeartPresent(), r.getFetalHeartBpm());
        AncVisit v = new AncVisit(r.getVisitDate(), dbl(r.getWeightKg()), r.getBpSystolic(), r.getBpDiastolic(),
                dbl(r.getFundalHeightCm()), heart,
                r.getUrineProtein() == null ? null : UrineProtein.fromCode(r.getUrineProtein()).orElse(null),
                r.getHivTest() == null ? null : HivTest.fromCode(r.getHivTest()).orElse(null),
                dbl(r.getHaemoglobinGDl()),
                r.getTetanusDose() == null ? null : TetanusDose.parse(r.getTetanusDose()).orElse(null),
                r.getIronFolicGiven(), r.getIronFolicGiven() ? r.getIronFolicTablets() : null, r.getExaminer());
        return new StoredVisit(r.getId(), r.getPregnancyId(), v);
    }

    // ---- deliveries and births

    public void insertDelivery(Tx tx, String station, UUID id, UUID pregnancyId, Delivery d, String importRef,
                               long seq) {
        deliveryRecord(tx, station, id, pregnancyId, d, importRef, seq).store();
    }

    private static DeliveryRecord deliveryRecord(Tx tx, String station, UUID id, UUID pregnancyId, Delivery d,
                                                 String importRef, long seq) {
        DeliveryRecord r = tx.dsl().newRecord(DELIVERY);
        r.setId(id);
        r.setStationCode(station);
        r.setPregnancyId(pregnancyId);
        r.setImportRef(importRef);
        fill(r, d);
        SyncColumns.stamp(tx, r, seq);
        r.setDeleted(false);
        return r;
    }

    /** Deliveries to insert in bulk, each (its id, the pregnancy it ends, the delivery). */
    public void insertDeliveries(Tx tx, List<Stamped<StoredDelivery>> rows) {
        insertDeliveries(tx, rows, d -> null);
    }

    /** The same, each with the import file's key its delivery came from (null for none). */
    public void insertDeliveries(Tx tx, List<Stamped<StoredDelivery>> rows,
                                 java.util.function.Function<StoredDelivery, String> importRef) {
        BulkInsert.insert(tx, rows.stream().map(s -> deliveryRecord(tx, s.station(), s.row().id(),
                s.row().pregnancyId(), s.row().delivery(), importRef.apply(s.row()), s.seq())).toList());
    }

    public void updateDelivery(Tx tx, UUID id, Delivery d, long seq) {
        DeliveryRecord r = tx.dsl().fetchSingle(DELIVERY, DELIVERY.ID.eq(id));
        fill(r, d);
        SyncColumns.stamp(tx, r, seq);
        r.store();
    }

    private static void fill(DeliveryRecord r, Delivery d) {
        r.setDeliveryDate(d.date());
        r.setPlace(d.place().code());
        r.setAttendant(d.attendant().code());
        r.setMotherOutcome(d.motherOutcome().code());
    }

    public void insertBirth(Tx tx, String station, StoredBirth b, String importRef, long seq) {
        birthRecord(tx, station, b, importRef, seq).store();
    }

    private static BirthRecord birthRecord(Tx tx, String station, StoredBirth b, String importRef, long seq) {
        BirthRecord r = tx.dsl().newRecord(BIRTH);
        r.setId(b.id());
        r.setStationCode(station);
        r.setDeliveryId(b.deliveryId());
        r.setImportRef(importRef);
        fill(r, b);
        SyncColumns.stamp(tx, r, seq);
        r.setDeleted(false);
        return r;
    }

    public void insertBirths(Tx tx, List<Stamped<StoredBirth>> rows) {
        insertBirths(tx, rows, b -> null);
    }

    /** The same, each with the import file's key its birth came from (null for none). */
    public void insertBirths(Tx tx, List<Stamped<StoredBirth>> rows,
                             java.util.function.Function<StoredBirth, String> importRef) {
        BulkInsert.insert(tx, rows.stream().map(s -> birthRecord(tx, s.station(), s.row(), importRef.apply(s.row()),
                s.seq())).toList());
    }

    public void updateBirth(Tx tx, StoredBirth b, long seq) {
        BirthRecord r = tx.dsl().fetchSingle(BIRTH, BIRTH.ID.eq(b.id()));
        fill(r, b);
        SyncColumns.stamp(tx, r, seq);
        r.store();
    }

    private static void fill(BirthRecord r, StoredBirth b) {
        r.setBabyNo(b.babyNo());
        r.setOutcome(b.baby().outcome().code());
        r.setSex(b.baby().sex() == null ? null : b.baby().sex().code());
        r.setBirthWeightG(b.baby().birthWeightG());
        r.setChildId(b.childId());
    }

    public Optional<StoredDelivery> deliveryOf(Tx tx, UUID pregnancyId) {
        return deliveries(tx, DELIVERY.PREGNANCY_ID.eq(pregnancyId)).stream().findFirst();
    }

    /** Deliveries of a station (all when null), oldest first, with their births. */
    public List<StoredDelivery> deliveriesOfStation(Tx tx, String station) {
        return deliveries(tx, station == null ? DELIVERY.ID.isNotNull() : DELIVERY.STATION_CODE.eq(station));
    }

    List<StoredDelivery> deliveries(Tx tx, Condition c) {
        List<DeliveryRecord> rows = tx.dsl().selectFrom(DELIVERY).where(c.and(DELIVERY.DELETED.isFalse()))
                .orderBy(DELIVERY.DELIVERY_DATE, DELIVERY.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<StoredBirth>> births = new HashMap<>();
        // the same deliveries named by a subquery, not by their ids: a centre's 30,000 bind values took H2 seconds
        tx.dsl().selectFrom(BIRTH)
                .where(BIRTH.DELIVERY_ID.in(org.jooq.impl.DSL.select(DELIVERY.ID).from(DELIVERY)
                                .where(c.and(DELIVERY.DELETED.isFalse())))
                        .and(BIRTH.DELETED.isFalse()))
                .orderBy(BIRTH.BABY_NO).fetch()
                .forEach(b -> births.computeIfAbsent(b.getDeliveryId(), k -> new ArrayList<>()).add(toBirth(b)));
        List<StoredDelivery> result = new ArrayList<>();
        for (DeliveryRecord r : rows) {
            List<StoredBirth> bs = births.getOrDefault(r.getId(), List.of());
            Delivery d = new Delivery(r.getDeliveryDate(), DeliveryPlace.fromCode(r.getPlace()).orElse(null),
                    Attendant.fromCode(r.getAttendant()).orElse(null),
                    MotherOutcome.fromCode(r.getMotherOutcome()).orElse(null),
                    bs.stream().map(StoredBirth::baby).toList());
            result.add(new StoredDelivery(r.getId(), r.getPregnancyId(), d, bs));
        }
        return result;
    }

    private static StoredBirth toBirth(BirthRecord r) {
        Baby baby = new Baby(BirthOutcome.fromCode(r.getOutcome()).orElse(null),
                r.getSex() == null ? null : Sex.fromCode(r.getSex()), r.getBirthWeightG());
        return new StoredBirth(r.getId(), r.getDeliveryId(), r.getBabyNo(), baby, r.getChildId());
    }

    private static BigDecimal decimal(Double v) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
    }

    private static Double dbl(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }
}
