package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The antenatal care of one pregnancy on a reference date: visits per trimester, the two
 * coverage rules of the health plan (DOMAIN.md §7) and the flags of the pregnancy card.
 *
 * <p>A visit counts when its date lies between the LMP and the pregnancy's last day (the
 * reference date, or the delivery date when earlier), both included. Visits outside, which
 * validation refuses but a later change of the LMP could produce, are left out rather than
 * put into a trimester that does not exist.
 */
public final class AncAssessment {
    /** The second-trimester visit is overdue from 20+0 (the "no visit yet at week 20"). */
    public static final int SECOND_TRIMESTER_VISIT_DUE_WEEK = 20;

    private final Pregnancy pregnancy;
    private final GestationalAge ageOnLastDay;
    private final Map<Trimester, Integer> perTrimester;
    private final boolean tetanusProtected;
    private final boolean delivered;

    private AncAssessment(Pregnancy pregnancy, LocalDate lastDay, Map<Trimester, Integer> perTrimester,
                          boolean tetanusProtected) {
        this.pregnancy = pregnancy;
        this.ageOnLastDay = pregnancy.gestationalAgeOn(lastDay);
        this.delivered = lastDay.equals(pregnancy.deliveryDate());
        this.perTrimester = perTrimester;
        this.tetanusProtected = tetanusProtected;
    }

    /**
     * @param visitDates       the dates of her visits in this pregnancy
     * @param tetanusProtected whether her tetanus record makes her protected (decided by the
     *                         vaccination rules, not here)
     * @param reference        the day the card is looked at, usually today; not before the LMP
     */
    public static AncAssessment of(Pregnancy pregnancy, Collection<LocalDate> visitDates, boolean tetanusProtected,
                                   LocalDate reference) {
        LocalDate lastDay = pregnancy.lastDayOn(reference);
        Map<Trimester, Integer> counts = new EnumMap<>(Trimester.class);
        for (Trimester t : Trimester.values()) {
            counts.put(t, 0);
        }
        for (LocalDate date : visitDates) {
            if (date != null && !date.isBefore(pregnancy.lmp()) && !date.isAfter(lastDay)) {
                counts.merge(PregnancyDates.trimester(pregnancy.lmp(), date), 1, Integer::sum);
            }
        }
        return new AncAssessment(pregnancy, lastDay, counts, tetanusProtected);
    }

    /** The same from the visits themselves. */
    public static AncAssessment ofVisits(Pregnancy pregnancy, Collection<AncVisit> visits, boolean tetanusProtected,
                                         LocalDate reference) {
        return of(pregnancy, visits.stream().map(AncVisit::date).toList(), tetanusProtected, reference);
    }

    public Pregnancy pregnancy() {
        return pregnancy;
    }

    /** Gestational age on the reference date, or at delivery when she has delivered. */
    public GestationalAge gestationalAge() {
        return ageOnLastDay;
    }

    public Map<Trimester, Integer> visitsPerTrimester() {
        return Collections.unmodifiableMap(perTrimester);
    }

    public int visitsIn(Trimester trimester) {
        return perTrimester.get(trimester);
    }

    public int visitCount() {
        return perTrimester.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The plan's "≥ 3 visits in 3 trimesters": at least three visits, at least one in each trimester. */
    public boolean threeVisitsInThreeTrimesters() {
        return visitCount() >= 3 && perTrimester.values().stream().allMatch(n -> n >= 1);
    }

    public boolean fourOrMoreVisits() {
        return visitCount() >= 4;
    }

    /** Delivered, or at term (37+0) on the reference date. */
    public boolean deliveredOrAtTerm() {
        return delivered || ageOnLastDay.weeks() >= PregnancyDates.TERM_WEEKS;
    }

    /** Delivered on or before the reference date: a card looked at for an earlier day sees her pregnant. */
    public boolean delivered() {
        return delivered;
    }

    public Set<CardFlag> flags() {
        Set<CardFlag> flags = EnumSet.noneOf(CardFlag.class);
        if (ageOnLastDay.weeks() >= SECOND_TRIMESTER_VISIT_DUE_WEEK && visitsIn(Trimester.SECOND) == 0) {
            flags.add(CardFlag.NO_SECOND_TRIMESTER_VISIT);
        }
        if (deliveredOrAtTerm() && !fourOrMoreVisits()) {
            flags.add(CardFlag.FEWER_THAN_FOUR_VISITS);
        }
        if (!tetanusProtected) {
            flags.add(CardFlag.NOT_TETANUS_PROTECTED);
        }
        return Collections.unmodifiableSet(flags);
    }
}
