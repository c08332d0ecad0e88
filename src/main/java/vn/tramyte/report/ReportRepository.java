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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.TableField;
import org.jooq.impl.DSL;
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
     * @param stations the stations whose records count; null for every station of the database
     */
    Facts.All read(Tx tx, LocalDate from, LocalDate to, Collection<String> stations, Collection<String> childSet,
                   Collection<String> tetanusCodes) {
        return new Facts.All(liveBirths(tx, from, to, stations), registeredBirths(tx, from, to, stations),
                deaths(tx, from, to, stations), measurements(tx, from, to, stations),
                youngChildren(tx, from, to), childDoses(tx, from, to, childSet),
                deliveries(tx, from, to, stations), visits(tx, from, to, stations),
                womenDoses(tx, from, to, stations, tetanusCodes));
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

    private List<Facts.LiveBirth> liveBirths(Tx tx, LocalDate from, LocalDate to, Collection<String> stations) {
        Person w = PERSON.as("w");
        Village wv = VILLAGE.as("wv");
        List<SelectField<?>> fields = new ArrayList<>(who());
        fields.addAll(List.of(BIRTH.STATION_CODE, BIRTH.CHILD_ID, DELIVERY.DELIVERY_DATE, w.ID, w.FULL_NAME,
                w.BIRTH_DATE, w.BIRTH_YEAR_ONLY, w.SEX, w.VILLAGE_ID, wv.NAME, w.ETHNICITY_LIST, w.ETHNICITY_CODE));
        return tx.dsl().select(fields).from(BIRTH)
                .join(DELIVERY).on(DELIVERY.ID.eq(BIRTH.DELIVERY_ID))
                .join(PREGNANCY).on(PREGNANCY.ID.eq(DELIVERY.PREGNANCY_ID))
                .join(w).on(w.ID.eq(PREGNANCY.WOMAN_ID))
                .leftJoin(wv).on(wv.ID.eq(w.VILLAGE_ID))
                .leftJoin(P).on(P.ID.eq(BIRTH.CHILD_ID))
                .leftJoin(V).on(V.ID.eq(P.VILLAGE_ID))
                .leftJoin(MOTHER).on(MOTHER.ID.eq(P.MOTHER_ID))
                .where(BIRTH.OUTCOME.eq("live"), BIRTH.DELETED.isFalse(), DELIVERY.DELETED.isFalse(),
                        PREGNANCY.DELETED.isFalse(), DELIVERY.DELIVERY_DATE.between(from, to),
                        in(BIRTH.STATION_CODE, stations))
                .fetch(r -> {
                    String wSex = r.get(w.SEX);
                    Facts.Who mother = new Facts.Who(r.get(w.ID), r.get(w.FULL_NAME), r.get(w.BIRTH_DATE),
                            Boolean.TRUE.equals(r.get(w.BIRTH_YEAR_ONLY)), wSex == null ? null : Sex.fromCode(wSex),
                            r.get(w.VILLAGE_ID), r.get(wv.NAME), r.get(w.ETHNICITY_LIST), r.get(w.ETHNICITY_CODE),
                            null, null);
                    Facts.Who child = r.get(P.ID) == null ? null : who(r);
                    return new Facts.LiveBirth(r.get(BIRTH.STATION_CODE), r.get(DELIVERY.DELIVERY_DATE),
                            r.get(BIRTH.CHILD_ID), child, mother);
                });
    }

    private List<Facts.RegisteredBirth> registeredBirths(Tx tx, LocalDate from, LocalDate to,
                                                         Collection<String> stations) {
        var recorded = DSL.selectOne().from(BIRTH)
                .join(DELIVERY).on(DELIVERY.ID.eq(BIRTH.DELIVERY_ID))
                .join(PREGNANCY).on(PREGNANCY.ID.eq(DELIVERY.PREGNANCY_ID))
                .where(BIRTH.CHILD_ID.eq(P.ID), BIRTH.DELETED.isFalse(), DELIVERY.DELETED.isFalse(),
                        PREGNANCY.DELETED.isFalse());
        List<SelectField<?>> fields = new ArrayList<>(who());
        fields.add(P.STATION_CODE);
        return tx.dsl().select(fields).from(P)
                .leftJoin(V).on(V.ID.eq(P.VILLAGE_ID))
                .leftJoin(MOTHER).on(MOTHER.ID.eq(P.MOTHER_ID))
                .where(P.DELETED.isFalse(), P.BIRTH_YEAR_ONLY.isFalse(), P.BIRTH_DATE.between(from, to),
                        in(P.STATION_CODE, stations), DSL.notExists(recorded))
                .fetch(r -> new Facts.RegisteredBirth(r.get(P.STATION_CODE), who(r)));
    }

    private List<Facts.DeathFact> deaths(Tx tx, LocalDate from, LocalDate to, Collection<String> stations) {
        Village dv = VILLAGE.as("dv");
        List<SelectField<?>> fields = new ArrayList<>(who());
        fields.addAll(List.of(DEATH.STATION_CODE, DEATH.DEATH_DATE, DEATH.CLASSES, DEATH.FULL_NAME, DEATH.SEX,
                DEATH.BIRTH_DATE, DEATH.BIRTH_YEAR_ONLY, DEATH.ETHNICITY_CODE, DEATH.VILLAGE_ID, dv.NAME));
        return tx.dsl().select(fields).from(DEATH)
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

    /** Measurements in the period of children who were under five at some day of it. */
    private List<Facts.MeasurementFact> measurements(Tx tx, LocalDate from, LocalDate to,
                                                     Collection<String> stations) {
        List<SelectField<?>> fields = new ArrayList<>(who());
        fields.addAll(List.of(MEASUREMENT.STATION_CODE, MEASUREMENT.MEASURED_ON, MEASUREMENT.WEIGHT_KG,
                MEASUREMENT.LENGTH_CM, MEASUREMENT.POSITION, MEASUREMENT.OEDEMA));
        return tx.dsl().select(fields).from(MEASUREMENT)
                .join(P).on(P.ID.eq(MEASUREMENT.PERSON_ID))
                .leftJoin(V).on(V.ID.eq(P.VILLAGE_ID))
                .leftJoin(MOTHER).on(MOTHER.ID.eq(P.MOTHER_ID))
                .where(MEASUREMENT.DELETED.isFalse(), P.DELETED.isFalse(), P.BIRTH_YEAR_ONLY.isFalse(),
                        MEASUREMENT.MEASURED_ON.between(from, to), P.BIRTH_DATE.gt(from.minusYears(5)),
                        in(MEASUREMENT.STATION_CODE, stations))
                .fetch(r -> new Facts.MeasurementFact(r.get(MEASUREMENT.STATION_CODE), r.get(MEASUREMENT.MEASURED_ON),
                        number(r.get(MEASUREMENT.WEIGHT_KG)), number(r.get(MEASUREMENT.LENGTH_CM)),
                        r.get(MEASUREMENT.POSITION), Boolean.TRUE.equals(r.get(MEASUREMENT.OEDEMA)), who(r)));
    }

    private static Double number(java.math.BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    /** Children who may complete their first-year doses in the period: born in the year before it or in it. */
    private List<Facts.Who> youngChildren(Tx tx, LocalDate from, LocalDate to) {
        return tx.dsl().select(who()).from(P)
                .leftJoin(V).on(V.ID.eq(P.VILLAGE_ID))
                .leftJoin(MOTHER).on(MOTHER.ID.eq(P.MOTHER_ID))
                .where(P.DELETED.isFalse(), P.BIRTH_YEAR_ONLY.isFalse(), P.BIRTH_DATE.gt(from.minusYears(1)),
                        P.BIRTH_DATE.le(to))
                .fetch(ReportRepository::who);
    }

    /** The valid doses of the fully-immunized set given to those children by the end of the period. */
    private List<Facts.ChildDose> childDoses(Tx tx, LocalDate from, LocalDate to, Collection<String> childSet) {
        return tx.dsl().select(VACCINATION.PERSON_ID, VACCINATION.STATION_CODE, VACCINATION.VACCINE_CODE,
                        VACCINATION.GIVEN_ON)
                .from(VACCINATION).join(P).on(P.ID.eq(VACCINATION.PERSON_ID))
                .where(VACCINATION.DELETED.isFalse(), VACCINATION.VALIDITY.eq("VALID"),
                        VACCINATION.VACCINE_CODE.in(childSet), VACCINATION.GIVEN_ON.le(to),
                        P.DELETED.isFalse(), P.BIRTH_YEAR_ONLY.isFalse(), P.BIRTH_DATE.gt(from.minusYears(1)),
                        P.BIRTH_DATE.le(to))
                .fetch(r -> new Facts.ChildDose(r.get(VACCINATION.PERSON_ID), r.get(VACCINATION.STATION_CODE),
                        r.get(VACCINATION.VACCINE_CODE), r.get(VACCINATION.GIVEN_ON)));
    }

    private static Condition deliveredIn(LocalDate from, LocalDate to, Collection<String> stations) {
        return DELIVERY.DELETED.isFalse().and(PREGNANCY.DELETED.isFalse())
                .and(DELIVERY.DELIVERY_DATE.between(from, to)).and(in(DELIVERY.STATION_CODE, stations));
    }

    private List<Facts.DeliveryFact> deliveries(Tx tx, LocalDate from, LocalDate to, Collection<String> stations) {
        List<SelectField<?>> fields = new ArrayList<>(who());
        fields.addAll(List.of(DELIVERY.ID, DELIVERY.STATION_CODE, DELIVERY.DELIVERY_DATE, DELIVERY.ATTENDANT,
                PREGNANCY.ID, PREGNANCY.LMP));
        return tx.dsl().select(fields).from(DELIVERY)
                .join(PREGNANCY).on(PREGNANCY.ID.eq(DELIVERY.PREGNANCY_ID))
                .join(P).on(P.ID.eq(PREGNANCY.WOMAN_ID))
                .leftJoin(V).on(V.ID.eq(P.VILLAGE_ID))
                .leftJoin(MOTHER).on(MOTHER.ID.eq(P.MOTHER_ID))
                .where(deliveredIn(from, to, stations))
                .fetch(r -> new Facts.DeliveryFact(r.get(DELIVERY.ID), r.get(DELIVERY.STATION_CODE),
                        r.get(DELIVERY.DELIVERY_DATE), r.get(DELIVERY.ATTENDANT), r.get(PREGNANCY.ID),
                        r.get(PREGNANCY.LMP), who(r)));
    }

    /** The antenatal visits of the pregnancies delivered in the period. */
    private Map<UUID, List<LocalDate>> visits(Tx tx, LocalDate from, LocalDate to, Collection<String> stations) {
        Map<UUID, List<LocalDate>> visits = new HashMap<>();
        tx.dsl().select(ANC_VISIT.PREGNANCY_ID, ANC_VISIT.VISIT_DATE).from(ANC_VISIT)
                .join(DELIVERY).on(DELIVERY.PREGNANCY_ID.eq(ANC_VISIT.PREGNANCY_ID))
                .join(PREGNANCY).on(PREGNANCY.ID.eq(DELIVERY.PREGNANCY_ID))
                .where(ANC_VISIT.DELETED.isFalse(), deliveredIn(from, to, stations))
                .forEach(r -> visits.computeIfAbsent(r.get(ANC_VISIT.PREGNANCY_ID), k -> new ArrayList<>())
                        .add(r.get(ANC_VISIT.VISIT_DATE)));
        return visits;
    }

    /** Every tetanus dose of the women delivering in the period: their vaccination register and their visits'. */
    private List<Facts.WomanDose> womenDoses(Tx tx, LocalDate from, LocalDate to, Collection<String> stations,
                                             Collection<String> tetanusCodes) {
        var delivering = DSL.select(PREGNANCY.WOMAN_ID).from(DELIVERY)
                .join(PREGNANCY).on(PREGNANCY.ID.eq(DELIVERY.PREGNANCY_ID))
                .where(deliveredIn(from, to, stations));
        List<Facts.WomanDose> doses = new ArrayList<>(tx.dsl()
                .select(VACCINATION.PERSON_ID, VACCINATION.VACCINE_CODE, VACCINATION.GIVEN_ON).from(VACCINATION)
                .where(VACCINATION.DELETED.isFalse(), VACCINATION.VACCINE_CODE.in(tetanusCodes),
                        VACCINATION.GIVEN_ON.le(to), VACCINATION.PERSON_ID.in(delivering))
                .fetch(r -> new Facts.WomanDose(r.get(VACCINATION.PERSON_ID), r.get(VACCINATION.VACCINE_CODE),
                        r.get(VACCINATION.GIVEN_ON))));
        var herPregnancy = PREGNANCY.as("hp");
        tx.dsl().select(herPregnancy.WOMAN_ID, ANC_VISIT.TETANUS_DOSE, ANC_VISIT.VISIT_DATE).from(ANC_VISIT)
                .join(herPregnancy).on(herPregnancy.ID.eq(ANC_VISIT.PREGNANCY_ID))
                .where(ANC_VISIT.DELETED.isFalse(), herPregnancy.DELETED.isFalse(), ANC_VISIT.TETANUS_DOSE.isNotNull(),
                        ANC_VISIT.VISIT_DATE.le(to), herPregnancy.WOMAN_ID.in(delivering))
                .forEach(r -> doses.add(new Facts.WomanDose(r.get(herPregnancy.WOMAN_ID), r.get(ANC_VISIT.TETANUS_DOSE),
                        r.get(ANC_VISIT.VISIT_DATE))));
        return doses;
    }

    /** Per sending station, when the newest data package imported from it was made. */
    Map<String, OffsetDateTime> newestDataPackages(Tx tx) {
        Field<OffsetDateTime> newest = DSL.max(SYNC_PACKAGE.CREATED_AT);
        Map<String, OffsetDateTime> out = new HashMap<>();
        tx.dsl().select(SYNC_PACKAGE.SOURCE, newest).from(SYNC_PACKAGE)
                .where(SYNC_PACKAGE.DIRECTION.eq("IN"), SYNC_PACKAGE.KIND.eq("DATA"))
                .groupBy(SYNC_PACKAGE.SOURCE)
                .forEach(r -> out.put(r.get(SYNC_PACKAGE.SOURCE), r.get(newest)));
        return out;
    }

    /**
     * The floor of the report benchmark: one pass that counts each table's rows in the period, the
     * least any report must read.
     */
    long countRowsIn(Tx tx, LocalDate from, LocalDate to) {
        return tx.dsl().select(DSL.count()).from(BIRTH).join(DELIVERY).on(DELIVERY.ID.eq(BIRTH.DELIVERY_ID))
                .where(DELIVERY.DELIVERY_DATE.between(from, to)).fetchOne(0, Long.class)
                + tx.dsl().fetchCount(DEATH, DEATH.DEATH_DATE.between(from, to))
                + tx.dsl().fetchCount(MEASUREMENT, MEASUREMENT.MEASURED_ON.between(from, to))
                + tx.dsl().fetchCount(VACCINATION, VACCINATION.GIVEN_ON.between(from, to))
                + tx.dsl().fetchCount(DELIVERY, DELIVERY.DELIVERY_DATE.between(from, to))
                + tx.dsl().fetchCount(ANC_VISIT, ANC_VISIT.VISIT_DATE.between(from, to))
                + tx.dsl().fetchCount(PERSON, PERSON.BIRTH_DATE.between(from, to));
    }
}
