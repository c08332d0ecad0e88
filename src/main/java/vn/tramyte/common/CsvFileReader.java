package vn.tramyte.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CSV file a statistician edits in a spreadsheet and imports back (the plan's targets, the DHIS2
 * mapping): a header, then one row per line. The required columns are checked first; then every row
 * is read with its line number and every problem is collected, each naming its line, so one import
 * says all that is wrong at once, in the file's own words ({@link Keys}).
 */
public final class CsvFileReader {
    private static final Logger LOG = LoggerFactory.getLogger(CsvFileReader.class);

    private CsvFileReader() {
    }

    /** Reads one row; adds its problems (then the row is dropped) and returns its value, or null. */
    public interface RowReader<T> {
        T read(CSVRecord r, long line, List<Problem> problems);
    }

    /**
     * The file's messages: a required column missing (file, column, the columns expected), a line of
     * another number of cells than the header (line, cells, header cells), a file that cannot be read
     * (file, reason).
     */
    public record Keys(String missingColumn, String columns, String unreadable) {
    }

    /** A row read, with its line for the messages. */
    public record Line<T>(long line, T value) {
    }

    /** The rows read without a problem, and the problems found. */
    public record Read<T>(List<Line<T>> lines, List<Problem> problems) {
    }

    public static <T> Read<T> read(Reader reader, String fileName, List<String> columns, List<String> required,
                                   Keys keys, RowReader<T> rows) {
        List<Line<T>> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).build().parse(reader);
            List<String> header = parser.getHeaderNames();
            for (String column : required) {
                if (!header.contains(column)) {
                    problems.add(Problem.of(column, keys.missingColumn(), fileName, column,
                            String.join(",", columns)));
                }
            }
            if (!problems.isEmpty()) {
                return new Read<>(List.of(), problems);
            }
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (!r.isConsistent()) {
                    problems.add(Problem.of(null, keys.columns(), String.valueOf(line), String.valueOf(r.size()),
                            String.valueOf(header.size())));
                    continue;
                }
                int before = problems.size();
                T value = rows.read(r, line, problems);
                if (problems.size() == before && value != null) {
                    lines.add(new Line<>(line, value));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(fileName, e);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            LOG.warn("cannot read {}", fileName, e);
            problems.add(Problem.of(null, keys.unreadable(), fileName, IoReason.ofCsv(e)));
        }
        return new Read<>(lines, problems);
    }

    /** A cell, empty when its column is not in the file. */
    public static String get(CSVRecord r, String column) {
        return r.isMapped(column) ? r.get(column) : "";
    }

    /**
     * A cell holding one of the program's codes: its value, or a problem with the key's arguments
     * the line, the text, then {@code more}.
     */
    public static <T> Optional<T> coded(CSVRecord r, String column, Function<String, Optional<T>> parse, long line,
                                        List<Problem> problems, String key, Object... more) {
        String text = get(r, column);
        Optional<T> value = parse.apply(text);
        if (value.isEmpty()) {
            Object[] args = new Object[2 + more.length];
            args[0] = String.valueOf(line);
            args[1] = text;
            System.arraycopy(more, 0, args, 2, more.length);
            problems.add(Problem.of(column, key, args));
        }
        return value;
    }
}
