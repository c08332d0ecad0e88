package vn.tramyte.antenatal;

import static vn.tramyte.db.generated.Tables.ANC_VISIT;
import static vn.tramyte.db.generated.Tables.DELIVERY;
import static vn.tramyte.db.generated.Tables.PREGNANCY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import vn.tramyte.db.Tx;
import vn.tramyte.vaccination.GivenDose;

/**
 * What the pregnancy cards read (issue 12: a centre holds 31,500 pregnancies): every pregnancy of a station, or
 * only those a list chooses (A3: a visit in its period; the delivery register: a delivery in it; the working lists:
 * the pregnancies going on today) with their women's other pregnancies, whose visits count for her tetanus. The
 * database chooses them.
 */
final class CardsRepository {
    private final AntenatalRepository antenatal;

    CardsRepository(AntenatalRepository antenatal) {
        this.antenatal = antenatal;
    }

    /**
     * What a list chooses: the pregnancies with a visit in a period (A3), with their delivery in it, or with no
     * delivery and their LMP in it (going on today: begun, and not past {@link PregnancyDates#MAX_WEEKS} weeks).
     */
    record Period(Kind kind, LocalDate from, LocalDate to) {
        enum Kind { VISITED, DELIVERED, GOING_ON }

        static Period visited(LocalDate from, LocalDate to) {
            return new Period(Kind.VISITED, from, to);
        }

        static Period delivered(LocalDate from, LocalDate to) {
            return new Period(Kind.DELIVERED, from, to);
        }

        /** Not delivered, begun on or before today and at most 44+6 weeks ago, as {@link AncLists} reads it. */
        static Period goingOn(LocalDate today) {
            return new Period(Kind.GOING_ON, today.minusDays((PregnancyDates.MAX_WEEKS + 1) * 7L - 1), today);
        }
    }

    /** The rows of the cards: the pregnancies, their visits and deliveries, the women's doses; chosen: null for all. */
    record Reads(List<Pregnancy> pregnancies, List<StoredVisit> visits, List<StoredDelivery> deliveries,
                 Map<UUID, List<GivenDose>> doses, Set<UUID> chosen) {
    }

    /** Every pregnancy of a station (all stations when null). */
    Reads all(Tx tx, String station) {
        return new Reads(antenatal.pregnanciesOfStation(tx, station), antenatal.visitsOfStation(tx, station),
                antenatal.deliveriesOfStation(tx, station), dosesOfWomen(tx, ofStation(PREGNANCY, station)), null);
    }

    /** The pregnancies of a station (all when null) the period chooses, and their women's others. */
    Reads chosen(Tx tx, String station, Period period) {
        var inner = PREGNANCY.as("chosen");
        Condition chosen = ofStation(PREGNANCY, station).and(inPeriod(PREGNANCY, station, period));
        Condition herPregnancies = ofStation(PREGNANCY, station).and(PREGNANCY.WOMAN_ID.in(DSL.select(inner.WOMAN_ID)
                .from(inner).where(ofStation(inner, station).and(inPeriod(inner, station, period)))));
        Set<UUID> ids = new HashSet<>(tx.dsl().select(PREGNANCY.ID).from(PREGNANCY).where(chosen).fetch(PREGNANCY.ID));
        return new Reads(antenatal.pregnancies(tx, herPregnancies, null),
                antenatal.visits(tx, at(ANC_VISIT.STATION_CODE, station).and(ANC_VISIT.PREGNANCY_ID.in(DSL.select(PREGNANCY.ID).from(PREGNANCY)
                        .where(herPregnancies)))),
                antenatal.deliveries(tx, at(DELIVERY.STATION_CODE, station).and(DELIVERY.PREGNANCY_ID.in(DSL.select(PREGNANCY.ID)
                        .from(PREGNANCY).where(chosen)))),
                dosesOfWomen(tx, chosen), ids);
    }

    private static Condition ofStation(vn.tramyte.db.generated.tables.Pregnancy p, String station) {
        return (station == null ? p.ID.isNotNull() : p.STATION_CODE.eq(station)).and(p.DELETED.isFalse());
    }

    /**
     * A visit (kept at the station) or the delivery in the period, as the registers' own filters read them; or no
     * delivery (anywhere, as the cards read it) and the LMP in the period.
     */
    private static Condition inPeriod(vn.tramyte.db.generated.tables.Pregnancy p, String station, Period period) {
        return switch (period.kind()) {
            case DELIVERED -> p.ID.in(DSL.select(DELIVERY.PREGNANCY_ID).from(DELIVERY)
                    .where(at(DELIVERY.STATION_CODE, station).and(DELIVERY.DELETED.isFalse())
                            .and(DELIVERY.DELIVERY_DATE.between(period.from(), period.to()))));
            case VISITED -> p.ID.in(DSL.select(ANC_VISIT.PREGNANCY_ID).from(ANC_VISIT)
                    .where(at(ANC_VISIT.STATION_CODE, station).and(ANC_VISIT.DELETED.isFalse())
                            .and(ANC_VISIT.VISIT_DATE.between(period.from(), period.to()))));
            case GOING_ON -> p.LMP.between(period.from(), period.to()).andNotExists(DSL.selectOne().from(DELIVERY)
                    .where(DELIVERY.PREGNANCY_ID.eq(p.ID).and(DELIVERY.DELETED.isFalse())));
        };
    }

    /** Kept at the station (any when null). */
    private static Condition at(org.jooq.Field<String> stationCode, String station) {
        return station == null ? DSL.noCondition() : stationCode.eq(station);
    }

    /**
     * The doses (code, date) of the women of the pregnancies that meet a condition, by woman, oldest first,
     * wherever they were given: the cards' tetanus in one read, not one per card.
     */
    private static Map<UUID, List<GivenDose>> dosesOfWomen(Tx tx, Condition pregnancies) {
        var vaccination = vn.tramyte.db.generated.Tables.VACCINATION;
        Map<UUID, List<GivenDose>> doses = new HashMap<>();
        vn.tramyte.db.LargeReads.each(tx.dsl(), tx.dsl().select(vaccination.PERSON_ID, vaccination.VACCINE_CODE,
                        vaccination.GIVEN_ON).from(vaccination)
                .where(vaccination.DELETED.isFalse().and(vaccination.PERSON_ID.in(DSL.select(PREGNANCY.WOMAN_ID)
                        .from(PREGNANCY).where(pregnancies))))
                .orderBy(vaccination.GIVEN_ON, vaccination.ID), rs -> doses.computeIfAbsent(rs.getObject(1, UUID.class),
                        k -> new ArrayList<>()).add(GivenDose.at(rs.getString(2), rs.getObject(3, LocalDate.class))));
        return doses;
    }
}
