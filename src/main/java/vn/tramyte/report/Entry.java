package vn.tramyte.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tramyte.plan.Indicator;

/**
 * One record behind a number: for one indicator, who and what it is, where it counts, and whether
 * it is in the numerator, the denominator or both. A cell of the report is the count of its
 * entries, so the list behind a number always equals the number.
 *
 * @param villageId     the village it counts in at a station's report; null when not recorded
 * @param personId      null for a death of someone not registered
 * @param reasonKey     why it counts (or not) in the numerator, a message key with {@code reasonArgs}
 */
public record Entry(Indicator indicator, String stationCode, UUID villageId, String villageName,
                    boolean ethnicMinority, boolean numerator, boolean denominator, UUID personId, String personName,
                    LocalDate birthDate, boolean birthYearOnly, Event event, LocalDate eventDate, String reasonKey,
                    List<String> reasonArgs) {
    public Entry {
        reasonArgs = List.copyOf(reasonArgs);
    }

    /**
     * Why it counts, in words. An argument written {@code #key|arg|arg} is itself a message (an
     * attendant's name, a WHO indicator, a tetanus basis), translated first.
     */
    public String reason(vn.tramyte.common.Messages m) {
        Object[] args = reasonArgs.stream().map(a -> text(a, m)).toArray();
        return m.format(reasonKey, args);
    }

    private static String text(String arg, vn.tramyte.common.Messages m) {
        if (!arg.startsWith("#")) {
            return arg;
        }
        String[] parts = arg.substring(1).split("\\|");
        return m.format(parts[0], (Object[]) java.util.Arrays.copyOfRange(parts, 1, parts.length));
    }
}
