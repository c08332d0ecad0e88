package vn.tramyte.report.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import vn.tramyte.common.Messages;
import vn.tramyte.report.Period;

/**
 * The period picker's state: a year, a quarter, a month, the year to date or from–to dates, read
 * into a {@link Period} (null with a sentence while the dates are not a period yet).
 */
public final class PeriodChoice {
    /** How many years back the year list goes. */
    static final int YEARS_BACK = 9;

    private final Messages m;
    private final LocalDate today;
    private final List<Integer> years;
    public final ObjectProperty<Period.Kind> kind = new SimpleObjectProperty<>(Period.Kind.YEAR);
    public final ObjectProperty<Integer> year;
    public final ObjectProperty<Integer> quarter;
    public final ObjectProperty<Integer> month;
    public final ObjectProperty<LocalDate> from;
    public final ObjectProperty<LocalDate> to;
    private final ReadOnlyObjectWrapper<Period> period = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /** Starts on today's year. */
    public PeriodChoice(Messages messages, LocalDate today) {
        this.m = messages;
        this.today = today;
        this.years = IntStream.rangeClosed(today.getYear() - YEARS_BACK, today.getYear()).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList();
        year = new SimpleObjectProperty<>(today.getYear());
        quarter = new SimpleObjectProperty<>((today.getMonthValue() - 1) / 3 + 1);
        month = new SimpleObjectProperty<>(today.getMonthValue());
        from = new SimpleObjectProperty<>(today.withDayOfYear(1));
        to = new SimpleObjectProperty<>(today);
        for (ObservableValue<?> v : List.of(kind, year, quarter, month, from, to)) {
            v.addListener((o, was, now) -> read());
        }
        read();
    }

    public List<Period.Kind> kinds() {
        return List.of(Period.Kind.values());
    }

    /** The years offered, newest first. */
    public List<Integer> years() {
        return years;
    }

    public List<Integer> quarters() {
        return List.of(1, 2, 3, 4);
    }

    public List<Integer> months() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public String kindLabel(Period.Kind k) {
        switch (k) {
            case YEAR:
                return m.get("report.ui.kind.year");
            case QUARTER:
                return m.get("report.ui.kind.quarter");
            case MONTH:
                return m.get("report.ui.kind.month");
            case YEAR_TO_DATE:
                return m.get("report.ui.kind.yearToDate");
            default:
                return m.get("report.ui.kind.range");
        }
    }

    public String quarterLabel(Integer q) {
        return q == null ? "" : m.format("report.ui.quarter", String.valueOf(q));
    }

    public String monthLabel(Integer month) {
        return month == null ? "" : m.format("report.ui.month", String.valueOf(month));
    }

    /** The period chosen; null while the dates do not make one (then {@link #problemProperty()} says why). */
    public ReadOnlyObjectProperty<Period> periodProperty() {
        return period.getReadOnlyProperty();
    }

    public Period period() {
        return period.get();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "Năm 2025", "Quý 2/2025", "Từ 01/01/2025 đến 31/03/2025". */
    public String label(Period p) {
        return m.format(p.labelKey(), p.labelArgs());
    }

    private void read() {
        Period p = null;
        String wrong = "";
        Integer y = year.get() == null ? today.getYear() : year.get();
        switch (kind.get() == null ? Period.Kind.YEAR : kind.get()) {
            case QUARTER:
                p = Period.quarter(y, quarter.get() == null ? 1 : quarter.get());
                break;
            case MONTH:
                p = Period.month(y, month.get() == null ? 1 : month.get());
                break;
            case YEAR_TO_DATE:
                p = Period.yearToDate(today);
                break;
            case RANGE:
                if (from.get() == null || to.get() == null) {
                    wrong = m.get("report.ui.period.noDates");
                } else if (to.get().isBefore(from.get())) {
                    wrong = m.format("report.ui.period.endsBeforeStart", ScreenText.date(from.get()),
                            ScreenText.date(to.get()));
                } else {
                    p = Period.range(from.get(), to.get());
                }
                break;
            default:
                p = Period.year(y);
        }
        problem.set(wrong);
        period.set(p);
    }
}
