package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list for a vaccination day: every child due or overdue for each dose on that day, with the
 * totals per vaccine, and the defaulters (overdue by more than N weeks). The rows follow the
 * order of the children given, then the catalogue order.
 */
public final class DueList {
    private final LocalDate day;
    private final List<DueRow> rows;
    private final VaccineCatalogue catalogue;
    private final ScheduleSettings settings;

    private DueList(LocalDate day, List<DueRow> rows, VaccineCatalogue catalogue, ScheduleSettings settings) {
        this.day = day;
        this.rows = List.copyOf(rows);
        this.catalogue = catalogue;
        this.settings = settings;
    }

    public static DueList compute(List<DueListChild> children, VaccineCatalogue catalogue, LocalDate day) {
        return compute(children, catalogue, day, ScheduleSettings.defaults());
    }

    public static DueList compute(List<DueListChild> children, VaccineCatalogue catalogue, LocalDate day,
                                  ScheduleSettings settings) {
        List<DueRow> rows = new ArrayList<>();
        for (DueListChild child : children) {
            if (child.birthDate().isAfter(day)) {
                continue;
            }
            ChildCard card = ChildCard.of(child.birthDate(), child.doses(), catalogue, day, settings);
            for (CardEntry e : card.dueOrOverdue()) {
                rows.add(new DueRow(child, e.vaccine(), e.dueDate(), e.due(), e.daysLate(day),
                        e.status() == CardStatus.INVALID));
            }
        }
        return new DueList(day, rows, catalogue, settings);
    }

    public LocalDate day() {
        return day;
    }

    public List<DueRow> rows() {
        return rows;
    }

    /** Doses per vaccine for the day, in catalogue order, only vaccines with at least one. */
    public List<VaccineTotal> totals() {
        return totals(rows);
    }

    /** The defaulters by the settings' rule (default: overdue by more than four weeks). */
    public List<DueRow> defaulters() {
        return defaulters(settings.defaulterWeeks());
    }

    /** The rows overdue by more than {@code weeks} weeks on the day. */
    public List<DueRow> defaulters(int weeks) {
        return rows.stream().filter(r -> r.daysLate() > 7L * weeks).toList();
    }

    /** Totals of any subset of the rows (one village, the defaulters), in catalogue order. */
    public List<VaccineTotal> totals(List<DueRow> subset) {
        Map<String, int[]> counts = new HashMap<>();
        for (DueRow r : subset) {
            int[] c = counts.computeIfAbsent(r.vaccine().code(), v -> new int[2]);
            c[r.status() == DueStatus.DUE ? 0 : 1]++;
        }
        return catalogue.all().stream().filter(v -> counts.containsKey(v.code()))
                .map(v -> new VaccineTotal(v, counts.get(v.code())[0], counts.get(v.code())[1])).toList();
    }
}
