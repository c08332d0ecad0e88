package vn.tramyte.db;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which automatic backups to keep (grandfather-father-son): the newest of each of the last
 * {@value #DAILY} days that have one, the newest of each of the last {@value #WEEKLY} ISO weeks and
 * the newest of each of the last {@value #MONTHLY} months. The choice depends only on the days the
 * backups were made, so a copy once kept as its month's stays until twelve newer months have one.
 */
public final class BackupRotation {
    public static final int DAILY = 7;
    public static final int WEEKLY = 4;
    public static final int MONTHLY = 12;

    private BackupRotation() {
    }

    /** The backups to keep among these, each identified by the day it was made (one or more a day). */
    public static <T> Set<T> keep(Collection<T> backups, Function<T, java.time.LocalDateTime> madeAt) {
        List<T> newestFirst = backups.stream().sorted(Comparator.comparing(madeAt).reversed()).toList();
        Set<T> kept = new HashSet<>();
        kept.addAll(newestPerPeriod(newestFirst, b -> madeAt.apply(b).toLocalDate(), DAILY));
        kept.addAll(newestPerPeriod(newestFirst, b -> week(madeAt.apply(b).toLocalDate()), WEEKLY));
        kept.addAll(newestPerPeriod(newestFirst, b -> YearMonth.from(madeAt.apply(b)), MONTHLY));
        return kept;
    }

    private static String week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The first (newest) backup of each of the {@code periods} newest periods that have one. */
    private static <T> Collection<T> newestPerPeriod(List<T> newestFirst, Function<T, Object> period, int periods) {
        Map<Object, T> first = new LinkedHashMap<>();
        for (T b : newestFirst) {
            Object p = period.apply(b);
            if (!first.containsKey(p)) {
                if (first.size() == periods) {
                    break;
                }
                first.put(p, b);
            }
        }
        return first.values();
    }
}
