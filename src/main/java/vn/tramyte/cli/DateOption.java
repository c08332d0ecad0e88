package vn.tramyte.cli;

import java.time.LocalDate;
import picocli.CommandLine;
import vn.tramyte.common.DateText;

/**
 * A date on the command line as it is written in Vietnam, dd/mm/yyyy (also d/m/yyyy), or
 * yyyy-mm-dd. A value that is not one is refused; {@link UsageErrors} says in the user's
 * language whether the day does not exist or the text is not a date.
 */
final class DateOption implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String text) {
        return DateText.parse(text).filter(p -> !p.yearOnly()).map(DateText.Parsed::date)
                .orElseThrow(() -> new CommandLine.TypeConversionException(text));
    }

    /** The sentence for a value that is not a date: a day the calendar does not have, or no date at all. */
    static String problemKey(String text) {
        return DateText.isImpossibleDay(text) ? "cli.usage.dateImpossible" : "cli.usage.dateUnreadable";
    }
}
