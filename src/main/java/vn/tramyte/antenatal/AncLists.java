package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The station's working lists of pregnant women, as pure functions of the pregnancies and visits. */
public final class AncLists {
    private AncLists() {
    }

    /**
     * Open pregnancies due by the end of the next N weeks (EDD no later than today + 7N days),
     * earliest EDD first. Pregnancies already past their EDD stay on the list, first, since they
     * are the most urgent; one past {@link PregnancyDates#MAX_WEEKS} weeks is left out: she has
     * almost certainly delivered without the delivery being recorded.
     */
    public static List<Pregnancy> expectedToDeliver(Collection<Pregnancy> pregnancies, LocalDate today, int weeks) {
        if (weeks < 0) {
            throw new IllegalArgumentException("weeks must not be negative: " + weeks);
        }
        LocalDate until = today.plusWeeks(weeks);
        return pregnancies.stream()
                .filter(p -> current(p, today))
                .filter(p -> !p.edd().isAfter(until))
                .sorted(Comparator.comparing(Pregnancy::edd))
                .toList();
    }

    /**
     * Open pregnancies with no visit from the first day of the trimester they are in today up to
     * today, the most advanced first (their next trimester, or the delivery, comes soonest).
     *
     * @param visitDates visit dates per pregnancy id; a missing entry means no visit at all
     */
    public static List<Pregnancy> noVisitInCurrentTrimester(Collection<Pregnancy> pregnancies,
                                                            Map<UUID, ? extends Collection<LocalDate>> visitDates,
                                                            LocalDate today) {
        return pregnancies.stream()
                .filter(p -> current(p, today))
                .filter(p -> {
                    LocalDate start = PregnancyDates.startOf(PregnancyDates.trimester(p.lmp(), today), p.lmp());
                    Collection<LocalDate> dates = visitDates.get(p.id());
                    return dates == null
                            || dates.stream().noneMatch(d -> d != null && !d.isBefore(start) && !d.isAfter(today));
                })
                .sorted(Comparator.comparing(Pregnancy::lmp))
                .toList();
    }

    /** Open, already begun, and not past the maximum length of a pregnancy. */
    private static boolean current(Pregnancy p, LocalDate today) {
        return p.open() && !p.lmp().isAfter(today)
                && !PregnancyDates.beyondMaximum(PregnancyDates.gestationalAge(p.lmp(), today));
    }
}
