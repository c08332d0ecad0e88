package vn.tramyte.common;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The log file's lines, with nothing of a person in them (issue 14): the log is read by whoever
 * helps a station, and outlives the records' own protection (it is mailed, pasted in tickets).
 * The program's own messages name files, places and counts, never a person; what could carry a
 * person's data is the text of a failure: a database error quotes the values of the statement
 * that failed ({@code VALUES ('Lò Thị Hoa', DATE '1996-03-08')}), a parse error the text it could
 * not read. Such quoted values are replaced by {@code '…'}; the error's code, the table, the
 * column and the stack stay, which is what finding the cause needs.
 */
public final class PrivateLogLayout extends LayoutBase<ILoggingEvent> {
    static final String HIDDEN = "…";
    /** An SQL string literal or a quoted text of a Java message, on one line ('' is a quote inside it). */
    private static final Pattern SINGLE_QUOTED = Pattern.compile("'(?:[^'\\r\\n]|'')*'");
    /**
     * A double-quoted value: what H2 and Java put after these words ({@code Cannot parse "DATE" constant
     * "1996-02-31"}, {@code For input string: "09x"}), or any double-quoted text with a letter beyond ASCII
     * (a name; H2's identifiers are ASCII). One holding a single quote is H2's own, with an SQL value inside
     * (hidden by {@link #SINGLE_QUOTED}) and the names of the table and index to keep.
     */
    private static final Pattern DOUBLE_QUOTED = Pattern.compile(
            "(?<=constant |input string: )\"[^\"'\\r\\n]*\"|\"[^\"'\\r\\n]*[^\\x00-\\x7F][^\"'\\r\\n]*\"");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private final TargetLengthBasedClassNameAbbreviator abbreviator = new TargetLengthBasedClassNameAbbreviator(30);

    /** The text with every quoted value replaced by {@value #HIDDEN}. */
    public static String withoutValues(String text) {
        if (text == null || (text.indexOf('\'') < 0 && text.indexOf('"') < 0)) {
            return text;
        }
        String doubled = DOUBLE_QUOTED.matcher(text).replaceAll("\"" + HIDDEN + "\"");
        return SINGLE_QUOTED.matcher(doubled).replaceAll("'" + HIDDEN + "'");
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(256);
        line.append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp()))).append(' ');
        String level = event.getLevel().toString();
        line.append(level).append(" ".repeat(Math.max(0, 5 - level.length())));
        line.append(" [").append(event.getThreadName()).append("] ");
        line.append(abbreviator.abbreviate(event.getLoggerName())).append(" - ");
        line.append(withoutValues(event.getFormattedMessage())).append(System.lineSeparator());
        IThrowableProxy failure = event.getThrowableProxy();
        if (failure != null) {
            line.append(withoutValues(ThrowableProxyUtil.asString(failure))).append(System.lineSeparator());
        }
        return line.toString();
    }
}
