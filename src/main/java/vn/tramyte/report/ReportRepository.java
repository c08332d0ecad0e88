package vn.tramyte.report;

import static vn.tramyte.db.generated.Tables.ANC_VISIT;
import static vn.tramyte.db.generated.Tables.BIRTH;
import static vn.tramyte.db.generated.Tables.DEATH;
import static vn.tramyte.db.generated.Tables.DELIVERY;
import static vn.tramyte.db.generated.Tables.MEASUREMENT;
import static vn.tramyte.db.generated.Tables.PERSON;
import static vn.tramyte.db.generated.Tables.PREGNANCY;
import static vn.tramyte.db.generated.Tables.SYNC_PACKAGE;
import static vn.tramyte.db.generated.Tables.VACCINATION;
import static vn.tramyte.db.generated.Tables.VILLAGE;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.TableField;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import vn.tramyte.db.LargeReads;
import vn.tramyte.db.Tx;
import vn.tramyte.db.generated.tables.Person;
import vn.tramyte.db.generated.tables.Village;
import vn.tramyte.person.Sex;

/**
 * The report's read side: one set-based query per kind of record for a period, across the
 * feature tables (docs/decisions/0007). It writes nothing and applies no rule; the rules stay
 * with their owners (the death's stored classes, the catalogue's fully-immunized set, the WHO
 * calculation, the tetanus table), which the service applies to what is read here.
 */
public final class ReportRepository {
    /** Who a record is about: the person, the village's name, the mother's ethnicity (a child without one). */
    private static final Person P = PERSON.as("p");
    private static final Person MOTHER = PERSON.as("mo");
    private static final Village V = VILLAGE.as("v");

    /**
     * Everything a report of the period reads, in one pass per kind of record. People are read once
     * (every child born in the five years before the period's end, by the birth-date index) and
     * joined to their records in memory, rather than joined row by row in SQL.
     *
     * @param stations the stations whose records count; null for every station of the database
     */
    Facts.All read(Tx tx, LocalDate from, LocalDate to, Collection<String> stations, Collection<String> childSet,
                   Supplier<Facts.Bulk> bulk) {
        DSLContext sql = literal(tx);
        return LargeReads.lazily(sql, () -> read(sql, from, to, stations, childSet, bulk));
    }

    /**
     * The reads of a period that need nothing else read first: the weighings, the visits and the
     * tetanus doses of the women delivering (the children's doses are read meanwhile by {@link #read}:
     * the two sides measured about even). The service
     * makes them on a connection of their own while {@link #read} reads the rest (two cores,
     * docs/decisions/0007).
     */
    Facts.Bulk bulk(Tx tx, LocalDate from, LocalDate to, Collection<String> stations,
                    Collection<String> tetanusCodes) {
        DSLContext sql = literal(tx);
        return LargeReads.lazily(sql, () -> new Facts.Bulk(measurementRows(sql, from, to, stations),
                visits(sql, from, to, stations), womenDoses(sql, from, to, stations, tetanusCodes)));
    }

    private Facts.All read(DSLContext sql, LocalDate from, LocalDate to, Collection<String> stations,
                           Collection<String> childSet, Supplier<Facts.Bulk> bulk) {
        Map<UUID, String> villages = new HashMap<>();
        sql.select(VILLAGE.ID, VILLAGE.NAME).from(VILLAGE).forEach(r -> villages.put(r.value1(), r.value2()));
        Map<UUID, Facts.PersonRow> young = new HashMap<>();
        persons(sql, P.BIRTH_DATE.gt(from.minusYears(5)).and(P.BIRTH_DATE.le(to))).forEach(p -> young.put(p.id(), p));
        Map<UUID, Facts.PersonRow> mothers = mothersWithoutOwnEthnicity(sql, young.values());
        java.util.function.Function<Facts.PersonRow, Facts.Who> who = p -> who(p, villages, mothers);

        List<Facts.DeliveryFact> deliveries = deliveries(sql, from, to, stations);
        Map<UUID, Facts.Who> mothersOfDeliveries = new HashMap<>();
        deliveries.forEach(d -> mothersOfDeliveries.put(d.deliveryId(), d.woman()));
        List<Facts.LiveBirth> liveBirths = new ArrayList<>();
        java.util.Set<UUID> bornOfADelivery = new java.util.HashSet<>();
        for (Facts.BirthRow b : liveBirthRows(sql, from, to)) {
            if (b.childId() != null) {
                bornOfADelivery.add(b.childId());
            }
            Facts.Who mother = mothersOfDeliveries.get(b.deliveryId());
            if (mother != null) {
                Facts.PersonRow child = b.childId() == null ? null : young.get(b.childId());
                liveBirths.add(new Facts.LiveBirth(b.stationCode(), b.deliveryDate(), b.childId(),
                        child == null ? null : who.apply(child), mother));
            }
        }
        List<Facts.RegisteredBirth> registered = new ArrayList<>();
        List<Facts.Who> youngChildren = new ArrayList<>();
        for (Facts.PersonRow p : young.values()) {
            if (!p.birthYearOnly() && !p.birthDate().isBefore(from) && !bornOfADelivery.contains(p.id())
                    && (stations == null || stations.contains(p.stationCode()))) {
                registered.add(new Facts.RegisteredBirth(p.stationCode(), who.apply(p)));
            }
            if (!p.birthYearOnly() && p.birthDate().isAfter(from.minusYears(1))) {
                youngChildren.add(who.apply(p));
            }
        }
        List<Facts.DeathFact> deaths = deaths(sql, from, to, stations);
        List<Facts.ChildDose> childDoses = childDoses(sql, from, to, childSet);
        Facts.Bulk read = bulk.get();
        return new Facts.All(liveBirths, registered, deaths, measurements(read.measurements(), young, who),
                youngChildren, childDoses, deliveries, read.visits(), read.womenDoses());
    }

    private List<Facts.PersonRow> persons(DSLContext sql, Condition which) {
        List<Facts.PersonRow> out = new ArrayList<>();
        each(sql, sql.select(P.ID, P.STATION_CODE, P.FULL_NAME, P.BIRTH_DATE, P.BIRTH_YEAR_ONLY, P.SEX, P.VILLAGE_ID,
                        P.ETHNICITY_LIST, P.ETHNICITY_CODE, P.MOTHER_ID)
                .from(P).where(P.DELETED.isFalse().and(which)), rs -> {
                    String sex = rs.getString(6);
                    out.add(new Facts.PersonRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getBoolean(5), sex == null ? null : Sex.fromCode(sex),
                            rs.getObject(7, UUID.class), rs.getString(8), rs.getString(9), rs.getObject(10, UUID.class)));
                });
        return out;
    }

    /** The mothers of the children who have no ethnicity of their own: a child takes the mother's. */
    private Map<UUID, Facts.PersonRow> mothersWithoutOwnEthnicity(DSLContext sql, Collection<Facts.PersonRow> children) {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        children.stream().filter(c -> c.ethnicityCode() == null && c.motherId() != null)
                .forEach(c -> ids.add(c.motherId()));
        Map<UUID, Facts.PersonRow> mothers = new HashMap<>();
        if (!ids.isEmpty()) {
            persons(sql, P.ID.in(ids)).forEach(m -> mothers.put(m.id(), m));
        }
        return mothers;
    }

    private static Facts.Who who(Facts.PersonRow p, Map<UUID, String> villages, Map<UUID, Facts.PersonRow> mothers) {
        Facts.PersonRow mother = p.motherId() == null ? null : mothers.get(p.motherId());
        return new Facts.Who(p.id(), p.fullName(), p.birthDate(), p.birthYearOnly(), p.sex(), p.villageId(),
                p.villageId() == null ? null : villages.get(p.villageId()), p.ethnicityList(), p.ethnicityCode(),
                mother == null ? null : mother.ethnicityList(), mother == null ? null : mother.ethnicityCode());
    }

    /** Live babies of deliveries in the period, at every station (the registered-birth rule needs them all). */
    private List<Facts.BirthRow> liveBirthRows(DSLContext sql, LocalDate from, LocalDate to) {
        List<Facts.BirthRow> out = new ArrayList<>();
        each(sql, sql.select(BIRTH.STATION_CODE, DELIVERY.DELIVERY_DATE, BIRTH.CHILD_ID, DELIVERY.ID).from(BIRTH)
                .join(DELIVERY).on(DELIVERY.ID.eq(BIRTH.DELIVERY_ID))
                .join(PREGNANCY).on(PREGNANCY.ID.eq(DELIVERY.PREGNANCY_ID))
                .where(BIRTH.OUTCOME.eq("live"), BIRTH.DELETED.isFalse(), DELIVERY.DELETED.isFalse(),
                        PREGNANCY.DELETED.isFalse(), DELIVERY.DELIVERY_DATE.between(from, to)),
                rs -> out.add(new Facts.BirthRow(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class))));
        return out;
    }

    private static List<SelectField<?>> who() {
        return List.of(P.ID, P.FULL_NAME, P.BIRTH_DATE, P.BIRTH_YEAR_ONLY, P.SEX, P.VILLAGE_ID, V.NAME,
                P.ETHNICITY_LIST, P.ETHNICITY_CODE, MOTHER.ETHNICITY_LIST, MOTHER.ETHNICITY_CODE);
    }

    private static Facts.Who who(Record r) {
        String sex = r.get(P.SEX);
        return new Facts.Who(r.get(P.ID), r.get(P.FULL_NAME), r.get(P.BIRTH_DATE), Boolean.TRUE.equals(r.get(
                P.BIRTH_YEAR_ONLY)), sex == null ? null : Sex.fromCode(sex), r.get(P.VILLAGE_ID), r.get(V.NAME),
                r.get(P.ETHNICITY_LIST), r.get(P.ETHNICITY_CODE), r.get(MOTHER.ETHNICITY_LIST),
                r.get(MOTHER.ETHNICITY_CODE));
    }

    private static Condition in(TableField<?, String> station, Collection<String> stations) {
        return stations == null ? DSL.noCondition() : station.in(stations);
    }

    private List<Facts.DeathFact> deaths(DSLContext sql, LocalDate from, LocalDate to, Collection<String> stations) {
        Village dv = VILLAGE.as("dv");
        List<SelectField<?>> fields = new ArrayList<>(who());
        fields.addAll(List.of(DEATH.STATION_CODE, DEATH.DEATH_DATE, DEATH.CLASSES, DEATH.FULL_NAME, DEATH.SEX,
                DEATH.BIRTH_DATE, DEATH.BIRTH_YEAR_ONLY, DEATH.ETHNICITY_CODE, DEATH.VILLAGE_ID, dv.NAME));
        return sql.select(fields).from(DEATH)
                .leftJoin(P).on(P.ID.eq(DEATH.PERSON_ID))
                .leftJoin(V).on(V.ID.eq(P.VILLAGE_ID))
                .leftJoin(MOTHER).on(MOTHER.ID.eq(P.MOTHER_ID))
                .leftJoin(dv).on(dv.ID.eq(DEATH.VILLAGE_ID))
                .where(DEATH.DELETED.isFalse(), DEATH.DEATH_DATE.between(from, to), DEATH.CLASSES.ne(""),
                        in(DEATH.STATION_CODE, stations))
                .fetch(r -> {
                    Facts.Who who;
                    if (r.get(P.ID) != null) {
                        Facts.Who p = who(r);
                        // the death record's village is where she or he died as the register says
                        UUID village = r.get(DEATH.VILLAGE_ID) != null ? r.get(DEATH.VILLAGE_ID) : p.villageId();
                        String villageName = r.get(DEATH.VILLAGE_ID) != null ? r.get(dv.NAME) : p.villageName();
                        who = new Facts.Who(p.id(), p.fullName(), p.birthDate(), p.birthYearOnly(), p.sex(), village,
                                villageName, p.ethnicityList(), p.ethnicityCode(), p.motherEthnicityList(),
                                p.motherEthnicityCode());
                    } else {
                        String sex = r.get(DEATH.SEX);
                        String ethnicity = r.get(DEATH.ETHNICITY_CODE);
                        who = new Facts.Who(null, r.get(DEATH.FULL_NAME), r.get(DEATH.BIRTH_DATE),
                                Boolean.TRUE.equals(r.get(DEATH.BIRTH_YEAR_ONLY)),
                                sex == null ? null : Sex.fromCode(sex), r.get(DEATH.VILLAGE_ID), r.get(dv.NAME),
                                ethnicity == null ? null : vn.tramyte.person.EthnicGroup.LIST_1979, ethnicity,
                                null, null);
                    }
                    return new Facts.DeathFact(r.get(DEATH.STATION_CODE), r.get(DEATH.DEATH_DATE),
                            r.get(DEATH.CLASSES), who);
                });
    }

    /**
     * The weighings of the period, as rows: at a centre a hundred thousand and more, read through
     * ix_measurement_period (which holds every column asked) by JDBC.
     */
    private static List<Facts.MeasurementRow> measurementRows(DSLContext sql, LocalDate from, LocalDate to,
                                                              Collection<String> stations) {
        List<Facts.MeasurementRow> out = new ArrayList<>();
        each(sql, sql.select(MEASUREMENT.PERSON_ID, MEASUREMENT.STATION_CODE, MEASUREMENT.MEASURED_ON,
                        MEASUREMENT.WEIGHT_KG, MEASUREMENT.LENGTH_CM, MEASUREMENT.POSITION, MEASUREMENT.OEDEMA)
                .from(MEASUREMENT)
                .where(MEASUREMENT.MEASURED_ON.between(from, to), MEASUREMENT.DELETED.isFalse(),
                        in(MEASUREMENT.STATION_CODE, stations)), rs -> out.add(new Facts.MeasurementRow(
                rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class), number(rs, 4),
                number(rs, 5), rs.getString(6), rs.getBoolean(7))));
        return out;
    }

    /** The weighings of the children read (those born in the five years before the period's end). */
    private static List<Facts.MeasurementFact> measurements(List<Facts.MeasurementRow> rows,
                                                            Map<UUID, Facts.PersonRow> young,
                                                            java.util.function.Function<Facts.PersonRow, Facts.Who> who) {
        Map<UUID, Facts.Who> children = new HashMap<>();
        List<Facts.MeasurementFact> out = new ArrayList<>(rows.size());
        for (Facts.MeasurementRow m : rows) {
            Facts.PersonRow p = young.get(m.personId());
            if (p != null && !p.birthYearOnly()) {
                out.add(new Facts.MeasurementFact(m.stationCode(), m.date(), m.weightKg(), m.lengthCm(), m.position(),
                        m.oedema(), children.computeIfAbsent(p.id(), k -> who.apply(p))));
            }
        }
        return out;
    }

    private static void each(DSLContext sql, ResultQuery<?> query, LargeReads.RowReader reader) {
        LargeReads.each(sql, query, reader);
    }

    /** A decimal column as a double (the value BigDecimal.doubleValue gives), null when empty. */
    private static Double number(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** The valid doses of the fully-immunized set given to those children by the end of the period. */
    private static List<Facts.ChildDose> childDoses(DSLContext sql, LocalDate from, LocalDate to, Collection<String> childSet) {
        List<Facts.ChildDose> out = new ArrayList<>();
        each(sql, sql.select(VACCINATION.PERSON_ID, VACCINATION.STATION_CODE, VACCINATION.VACCINE_CODE,
                        VACCINATION.GIVEN_ON)
                .from(P).join(VACCINATION).on(VACCINATION.PERSON_ID.eq(P.ID))
                .where(VACCINATION.DELETED.isFalse(), VACCINATION.VALIDITY.eq("VALID"),
                        VACCINATION.VACCINE_CODE.in(childSet), VACCINATION.GIVEN_ON.le(to),
                        P.DELETED.isFalse(), P.BIRTH_YEAR_ONLY.isFalse(), P.BIRTH_DATE.gt(from.minusYears(1)),
                        P.BIRTH_DATE.le(to)), rs -> out.add(new Facts.ChildDose(rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class))));
        return out;
    }

    private static Condition deliveredIn(LocalDate from, LocalDate to, Collection<String> stations) {
        return DELIVERY.DELETED.isFalse().and(PREGNANCY.DELETED.isFalse())
                .and(DELIVERY.DELIVERY_DATE.between(from, to)).and(in(DELIVERY.STATION_CODE, stations));
    }

    private static List<Facts.DeliveryFact> deliveries(DSLContext sql, LocalDate from, LocalDate to,
                                                       Collection<String> stations) {
        List<SelectField<?>> fields = new ArrayList<>(who());
        fields.addAll(List.of(DELIVERY.ID, DELIVERY.STATION_CODE, DELIVERY.DELIVERY_DATE, DELIVERY.ATTENDANT,
                PREGNANCY.ID, PREGNANCY.LMP));
        int next = who().size() + 1;
        List<Facts.DeliveryFact> out = new ArrayList<>();
        each(sql, sql.select(fields).from(DELIVERY)
                .join(PREGNANCY).on(PREGNANCY.ID.eq(DELIVERY.PREGNANCY_ID))
                .join(P).on(P.ID.eq(PREGNANCY.WOMAN_ID))
                .leftJoin(V).on(V.ID.eq(P.VILLAGE_ID))
                .leftJoin(MOTHER).on(MOTHER.ID.eq(P.MOTHER_ID))
                .where(deliveredIn(from, to, stations)), rs -> out.add(new Facts.DeliveryFact(
                rs.getObject(next, UUID.class), rs.getString(next + 1), rs.getObject(next + 2, LocalDate.class),
                rs.getString(next + 3), rs.getObject(next + 4, UUID.class), rs.getObject(next + 5, LocalDate.class),
                who(rs))));
        return out;
    }

    /** The person of a row whose first columns are {@link #who()}'s, read by JDBC. */
    private static Facts.Who who(ResultSet rs) throws SQLException {
        String sex = rs.getString(5);
        return new Facts.Who(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getBoolean(4), sex == null ? null : Sex.fromCode(sex), rs.getObject(6, UUID.class), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }

    /** The antenatal visits of the pregnancies delivered in the period. */
    private static Map<UUID, List<LocalDate>> visits(DSLContext sql, LocalDate from, LocalDate to, Collection<String> stations) {
        Map<UUID, List<LocalDate>> visits = new HashMap<>();
        each(sql, sql.select(ANC_VISIT.PREGNANCY_ID, ANC_VISIT.VISIT_DATE).from(ANC_VISIT)
                .join(DELIVERY).on(DELIVERY.PREGNANCY_ID.eq(ANC_VISIT.PREGNANCY_ID))
                .join(PREGNANCY).on(PREGNANCY.ID.eq(DELIVERY.PREGNANCY_ID))
                .where(ANC_VISIT.DELETED.isFalse(), deliveredIn(from, to, stations)),
                rs -> visits.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, LocalDate.class)));
        return visits;
    }

    /**
     * Every tetanus dose of the women delivering in the period, from her vaccination register and
     * from the visits of any of her pregnancies (reached from her deliveries through the indexes on
     * person and pregnancy, not by scanning every dose).
     */
    private static List<Facts.WomanDose> womenDoses(DSLContext sql, LocalDate from, LocalDate to, Collection<String> stations,
                                             Collection<String> tetanusCodes) {
        java.util.Set<Facts.WomanDose> doses = new java.util.LinkedHashSet<>();
        each(sql, sql.select(PREGNANCY.WOMAN_ID, VACCINATION.VACCINE_CODE, VACCINATION.GIVEN_ON).from(DELIVERY)
                .join(PREGNANCY).on(PREGNANCY.ID.eq(DELIVERY.PREGNANCY_ID))
                .join(VACCINATION).on(VACCINATION.PERSON_ID.eq(PREGNANCY.WOMAN_ID))
                .where(deliveredIn(from, to, stations), VACCINATION.DELETED.isFalse(),
                        VACCINATION.VACCINE_CODE.in(tetanusCodes), VACCINATION.GIVEN_ON.le(to)),
                rs -> doses.add(womanDose(rs)));
        var herPregnancy = PREGNANCY.as("hp");
        each(sql, sql.select(PREGNANCY.WOMAN_ID, ANC_VISIT.TETANUS_DOSE, ANC_VISIT.VISIT_DATE).from(DELIVERY)
                .join(PREGNANCY).on(PREGNANCY.ID.eq(DELIVERY.PREGNANCY_ID))
                .join(herPregnancy).on(herPregnancy.WOMAN_ID.eq(PREGNANCY.WOMAN_ID))
                .join(ANC_VISIT).on(ANC_VISIT.PREGNANCY_ID.eq(herPregnancy.ID))
                .where(deliveredIn(from, to, stations), herPregnancy.DELETED.isFalse(), ANC_VISIT.DELETED.isFalse(),
                        ANC_VISIT.TETANUS_DOSE.isNotNull(), ANC_VISIT.VISIT_DATE.le(to)),
                rs -> doses.add(womanDose(rs)));
        return new ArrayList<>(doses);
    }

    private static Facts.WomanDose womanDose(ResultSet rs) throws SQLException {
        return new Facts.WomanDose(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class));
    }

    /**
     * The report's queries with their dates and codes written into the SQL rather than bound: H2
     * plans a range on a date index only when it sees the dates (with bound values it walked every
     * child's measurements through the person index, 100 times slower on a centre's database).
     * Every value is a date, a number or one of the program's own codes, rendered by jOOQ.
     */
    private static DSLContext literal(Tx tx) {
        return tx.dsl().configuration().deriveSettings(s -> s.withStatementType(StatementType.STATIC_STATEMENT)).dsl();
    }

    /** Per sending station, when the newest data package imported from it was made. */
    Map<String, OffsetDateTime> newestDataPackages(Tx tx) {
        return newestPackages(tx, "DATA");
    }

    /** Per sender, when the newest package of a kind (DATA at a centre, UPWARD at the province) was made. */
    Map<String, OffsetDateTime> newestPackages(Tx tx, String kind) {
        Field<OffsetDateTime> newest = DSL.max(SYNC_PACKAGE.CREATED_AT);
        Map<String, OffsetDateTime> out = new HashMap<>();
        tx.dsl().select(SYNC_PACKAGE.SOURCE, newest).from(SYNC_PACKAGE)
                .where(SYNC_PACKAGE.DIRECTION.eq("IN"), SYNC_PACKAGE.KIND.eq(kind))
                .groupBy(SYNC_PACKAGE.SOURCE)
                .forEach(r -> out.put(r.get(SYNC_PACKAGE.SOURCE), r.get(newest)));
        return out;
    }

    /**
     * The floor of the report benchmark: one pass that counts each table's rows in the period, the
     * least any report must read.
     */
    long countRowsIn(Tx tx, LocalDate from, LocalDate to) {
        DSLContext sql = literal(tx);
        return sql.select(DSL.count()).from(BIRTH).join(DELIVERY).on(DELIVERY.ID.eq(BIRTH.DELIVERY_ID))
                .where(DELIVERY.DELIVERY_DATE.between(from, to)).fetchOne(0, Long.class)
                + sql.fetchCount(DEATH, DEATH.DEATH_DATE.between(from, to))
                + sql.fetchCount(MEASUREMENT, MEASUREMENT.MEASURED_ON.between(from, to))
                + sql.fetchCount(VACCINATION, VACCINATION.GIVEN_ON.between(from, to))
                + sql.fetchCount(DELIVERY, DELIVERY.DELIVERY_DATE.between(from, to))
                + sql.fetchCount(ANC_VISIT, ANC_VISIT.VISIT_DATE.between(from, to))
                + sql.fetchCount(PERSON, PERSON.BIRTH_DATE.between(from, to));
    }
}
