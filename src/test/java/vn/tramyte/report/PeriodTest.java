package vn.tramyte.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.place.CodeList;

class PeriodTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void theFormsAUserTypes() {
        assertEquals(Period.year(2024), Period.parse("2024", TODAY));
        assertEquals(new Period(Period.Kind.QUARTER, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)),
                Period.parse("2024Q2", TODAY));
        assertEquals(Period.quarter(2024, 2), Period.parse("2024-q2", TODAY));
        assertEquals(new Period(Period.Kind.MONTH, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)),
                Period.parse("2024-02", TODAY));
        assertEquals(Period.month(2024, 3), Period.parse("03/2024", TODAY));
        assertEquals(new Period(Period.Kind.YEAR_TO_DATE, LocalDate.of(2026, 1, 1), TODAY), Period.parse("ytd", TODAY));
        assertEquals(Period.range(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 31)),
                Period.parse("15/01/2024..31/03/2024", TODAY));
        assertEquals(Period.range(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 31)),
                Period.parse("2024-01-15..2024-03-31", TODAY));
    }

    @Test
    void whatCannotBeReadIsOneSentence() {
        Messages en = Messages.forLanguage("en");
        for (String bad : new String[] {"2024Q5", "2024-13", "soon", "", "31/02/2024..01/03/2024"}) {
            UserError e = assertThrows(UserError.class, () -> Period.parse(bad, TODAY), bad);
            assertEquals("The report period \"" + bad + "\" cannot be read. Write a year (2024), a quarter (2024Q2), "
                    + "a month (2024-03), ytd (the year to date) or a range of days (01/01/2024..31/03/2024).",
                    e.describe(en));
        }
        UserError back = assertThrows(UserError.class, () -> Period.parse("31/03/2024..01/01/2024", TODAY));
        assertEquals("report.period.endsBeforeStart", back.problems().get(0).key());
    }

    @Test
    void dhis2AndAdxPeriods() {
        assertEquals(Optional.of("2024"), Period.year(2024).dhis2());
        assertEquals(Optional.of("2024Q2"), Period.quarter(2024, 2).dhis2());
        assertEquals(Optional.of("202403"), Period.month(2024, 3).dhis2());
        assertEquals(Optional.empty(), Period.yearToDate(TODAY).dhis2());
        assertEquals(Optional.of("2024-01-01/P1Y"), Period.year(2024).adx());
        assertEquals(Optional.of("2024-04-01/P3M"), Period.quarter(2024, 2).adx());
        assertEquals(Optional.of("2024-03-01/P1M"), Period.month(2024, 3).adx());
    }

    @Test
    void theCommunesOfAPeriodFollowTheReform() {
        assertEquals(CodeList.Y2024, Period.year(2024).defaultCodeList());
        assertEquals(CodeList.Y2024, Period.quarter(2025, 2).defaultCodeList(), "ends 30 June 2025");
        assertEquals(CodeList.Y2025, Period.quarter(2025, 3).defaultCodeList());
        assertEquals(CodeList.Y2025, Period.year(2025).defaultCodeList());
        assertEquals(2025, Period.range(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)).targetYear());
    }

    @Test
    void labels() {
        Messages vi = Messages.forLanguage("vi");
        assertEquals("Quý 2/2024", vi.format(Period.quarter(2024, 2).labelKey(), Period.quarter(2024, 2).labelArgs()));
        assertEquals("Tháng 3/2024", vi.format(Period.month(2024, 3).labelKey(), Period.month(2024, 3).labelArgs()));
    }
}
