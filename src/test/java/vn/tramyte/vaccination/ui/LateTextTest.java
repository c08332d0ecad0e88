package vn.tramyte.vaccination.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tramyte.common.Messages;

class LateTextTest {
    private static final Messages VI = Messages.forLanguage("vi");
    private static final Messages EN = Messages.forLanguage("en");
    private static final LocalDate DUE = LocalDate.of(2023, 2, 9);

    @Test
    void aFewWeeksLateIsSaidInWeeks() {
        assertEquals("Quá hạn 5 tuần", LateText.of(VI, "Quá hạn", DUE, 36));
        assertEquals("Overdue 1 week", LateText.of(EN, "Overdue", DUE, 9));
        assertEquals("Overdue 7 weeks", LateText.of(EN, "Overdue", DUE, 55));
    }

    @Test
    void fromEightWeeksItIsSaidInMonths() {
        assertEquals("Quá hạn 1 tháng", LateText.of(VI, "Quá hạn", DUE, 56));
        assertEquals("Overdue 11 months", LateText.of(EN, "Overdue", DUE, 360));
    }

    @Test
    void overAYearItIsSaidInYearsAndMonths() {
        // 195 weeks after 9 February 2023 is 5 November 2026: 3 years, 8 months and 27 days
        assertEquals("Quá hạn 3 năm 8 tháng", LateText.of(VI, "Quá hạn", DUE, 195 * 7));
        assertEquals("Overdue 3 years 8 months", LateText.of(EN, "Overdue", DUE, 195 * 7));
        assertEquals("Overdue 1 year", LateText.of(EN, "Overdue", DUE, 365));
        assertEquals("Overdue 2 years 1 month", LateText.of(EN, "Overdue", DUE, 365 * 2 + 31));
    }
}
