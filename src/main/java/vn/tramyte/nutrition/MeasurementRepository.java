package vn.tramyte.nutrition;

import static vn.tramyte.db.generated.Tables.MEASUREMENT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import vn.tramyte.db.SyncColumns;
import vn.tramyte.db.Tx;
import vn.tramyte.db.generated.tables.records.MeasurementRecord;
import vn.tramyte.nutrition.growth.Position;

/** The only class that reads and writes the measurement table. */
public final class MeasurementRepository {

    public void insert(Tx tx, String stationCode, Measurement m, String importRef, long seq) {
        insert(tx, stationCode, m, importRef, seq, false);
    }

    /** Inserts a weighing; batched: with the next rows of a bulk import ({@link Tx#insert}). */
    public void insert(Tx tx, String stationCode, Measurement m, String importRef, long seq, boolean batched) {
        MeasurementRecord r = record(tx, stationCode, m, importRef, seq);
        if (batched) {
            tx.insert(r);
        } else {
            r.store();
        }
    }

    /** Inserts many new measurements in one batch, each with its own change number (parallel lists). */
    public void insertAll(Tx tx, List<String> stationCodes, List<Measurement> measurements, List<Long> seqs) {
        List<MeasurementRecord> rows = new java.util.ArrayList<>(measurements.size());
        for (int i = 0; i < measurements.size(); i++) {
            rows.add(record(tx, stationCodes.get(i), measurements.get(i), null, seqs.get(i)));
        }
        vn.tramyte.db.BulkInsert.insert(tx, rows);
    }

    /** A new weighing's row, stamped with its change number: the same for one insert and for a batch. */
    private static MeasurementRecord record(Tx tx, String stationCode, Measurement m, String importRef, long seq) {
        MeasurementRecord r = tx.dsl().newRecord(MEASUREMENT);
        r.setId(m.id());
        r.setStationCode(stationCode);
        r.setPersonId(m.personId());
        r.setImportRef(importRef);
        fill(r, m);
        SyncColumns.stamp(tx, r, seq);
        r.setDeleted(false);
        return r;
    }

    public void update(Tx tx, Measurement m, long seq) {
        MeasurementRecord r = tx.dsl().fetchSingle(MEASUREMENT, MEASUREMENT.ID.eq(m.id()));
        fill(r, m);
        SyncColumns.stamp(tx, r, seq);
        r.store();
    }

    private static void fill(MeasurementRecord r, Measurement m) {
        r.setMeasuredOn(m.date());
        r.setWeightKg(decimal(m.weightKg(), 2));
        r.setLengthCm(decimal(m.lengthCm(), 1));
        r.setPosition(m.position() == null ? null : m.position().code());
        r.setOedema(m.oedema());
        r.setMuacMm(m.muacMm());
    }

    private static BigDecimal decimal(Double v, int scale) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }

    public Optional<Measurement> find(Tx tx, UUID id) {
        return tx.dsl().selectFrom(MEASUREMENT).where(MEASUREMENT.ID.eq(id).and(MEASUREMENT.DELETED.isFalse()))
                .fetchOptional(MeasurementRepository::toMeasurement);
    }

    /** A station's measurements that came from an import file, by the file's key. */
    public java.util.Map<String, Measurement> byImportRef(Tx tx, String stationCode) {
        java.util.Map<String, Measurement> all = new java.util.HashMap<>();
        tx.dsl().selectFrom(MEASUREMENT)
                .where(MEASUREMENT.STATION_CODE.eq(stationCode).and(MEASUREMENT.IMPORT_REF.isNotNull()))
                .forEach(r -> all.put(r.getImportRef(), toMeasurement(r)));
        return all;
    }

    public Optional<Measurement> findByImportRef(Tx tx, String stationCode, String importRef) {
        return tx.dsl().selectFrom(MEASUREMENT)
                .where(MEASUREMENT.STATION_CODE.eq(stationCode).and(MEASUREMENT.IMPORT_REF.eq(importRef)))
                .fetchOptional(MeasurementRepository::toMeasurement);
    }

    /** One child's measurements, oldest first. */
    public List<Measurement> ofPerson(Tx tx, UUID personId) {
        return tx.dsl().selectFrom(MEASUREMENT)
                .where(MEASUREMENT.PERSON_ID.eq(personId).and(MEASUREMENT.DELETED.isFalse()))
                .orderBy(MEASUREMENT.MEASURED_ON, MEASUREMENT.ID)
                .fetch(MeasurementRepository::toMeasurement);
    }

    /** The measurements of a station (all stations when null) taken on one day: a screening day's. */
    public List<Measurement> on(Tx tx, String stationCode, LocalDate date) {
        Condition c = MEASUREMENT.DELETED.isFalse().and(MEASUREMENT.MEASURED_ON.eq(date));
        if (stationCode != null) {
            c = c.and(MEASUREMENT.STATION_CODE.eq(stationCode));
        }
        return tx.dsl().selectFrom(MEASUREMENT).where(c).orderBy(MEASUREMENT.ID)
                .fetch(MeasurementRepository::toMeasurement);
    }

    /**
     * The latest measurement of each child up to a date (of two on that day, the one with the greater
     * number, as the database orders them). The database finds each child's latest day from its date
     * index and only those rows are read, unsorted: a centre holds 800,000 weighings, and a sorted read
     * of them went through a temporary file, a read of them all decrypted the whole table (tens of
     * seconds at a 200,000-people centre; issue 12).
     */
    public Map<UUID, Measurement> latestPerPerson(Tx tx, String stationCode, LocalDate date) {
        Condition c = MEASUREMENT.DELETED.isFalse().and(MEASUREMENT.MEASURED_ON.le(date));
        if (stationCode != null) {
            c = c.and(MEASUREMENT.STATION_CODE.eq(stationCode));
        }
        var lastDay = org.jooq.impl.DSL.max(MEASUREMENT.MEASURED_ON).as("last_day");
        var last = tx.dsl().select(MEASUREMENT.PERSON_ID, lastDay).from(MEASUREMENT).where(c)
                .groupBy(MEASUREMENT.PERSON_ID).asTable("last");
        var query = tx.dsl().select(MEASUREMENT.ID, MEASUREMENT.PERSON_ID, MEASUREMENT.MEASURED_ON,
                MEASUREMENT.WEIGHT_KG, MEASUREMENT.LENGTH_CM, MEASUREMENT.POSITION, MEASUREMENT.OEDEMA,
                MEASUREMENT.MUAC_MM).from(MEASUREMENT)
                .join(last).on(MEASUREMENT.PERSON_ID.eq(last.field(MEASUREMENT.PERSON_ID))
                        .and(MEASUREMENT.MEASURED_ON.eq(last.field(lastDay))))
                .where(MEASUREMENT.DELETED.isFalse());
        Map<UUID, Measurement> latest = new java.util.HashMap<>();
        vn.tramyte.db.LargeReads.each(tx.dsl(), query, rs -> {
            UUID person = rs.getObject(2, UUID.class);
            LocalDate on = rs.getObject(3, LocalDate.class);
            UUID id = rs.getObject(1, UUID.class);
            Measurement kept = latest.get(person);
            if (kept == null || later(on, id, kept)) {
                BigDecimal weight = rs.getBigDecimal(4);
                BigDecimal length = rs.getBigDecimal(5);
                String position = rs.getString(6);
                boolean oedema = rs.getBoolean(7);
                int muac = rs.getInt(8);
                Integer muacMm = rs.wasNull() ? null : muac;
                latest.put(person, new Measurement(id, person, on, weight == null ? null : weight.doubleValue(),
                        length == null ? null : length.doubleValue(),
                        position == null ? null : Position.parse(position).orElse(null), oedema, muacMm));
            }
        });
        return latest;
    }

    /** Whether a weighing comes after the kept one: a later day, or the same day and a greater number. */
    private static boolean later(LocalDate on, UUID id, Measurement kept) {
        int byDay = on.compareTo(kept.date());
        if (byDay != 0) {
            return byDay > 0;
        }
        // as the database orders UUIDs: unsigned, the high half first
        int high = Long.compareUnsigned(id.getMostSignificantBits(), kept.id().getMostSignificantBits());
        return high != 0 ? high > 0
                : Long.compareUnsigned(id.getLeastSignificantBits(), kept.id().getLeastSignificantBits()) > 0;
    }

    public int count(Tx tx, String stationCode) {
        return tx.dsl().fetchCount(MEASUREMENT, stationCode == null ? MEASUREMENT.DELETED.isFalse()
                : MEASUREMENT.DELETED.isFalse().and(MEASUREMENT.STATION_CODE.eq(stationCode)));
    }

    static Measurement toMeasurement(MeasurementRecord r) {
        return new Measurement(r.getId(), r.getPersonId(), r.getMeasuredOn(),
                r.getWeightKg() == null ? null : r.getWeightKg().doubleValue(),
                r.getLengthCm() == null ? null : r.getLengthCm().doubleValue(),
                r.getPosition() == null ? null : Position.parse(r.getPosition()).orElse(null),
                r.getOedema(), r.getMuacMm());
    }

    /** The measurement's fields as the audit log shows them. */
    static Map<String, Object> auditFields(Measurement m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("person_id", m.personId());
        f.put("measured_on", m.date());
        f.put("weight_kg", m.weightKg());
        f.put("length_cm", m.lengthCm());
        f.put("position", m.position() == null ? null : m.position().code());
        f.put("oedema", m.oedema());
        f.put("muac_mm", m.muacMm());
        return f;
    }
}
