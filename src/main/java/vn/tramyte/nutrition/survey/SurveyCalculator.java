package vn.tramyte.nutrition.survey;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.StringJoiner;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.nutrition.growth.AnthroCalculator;
import vn.tramyte.nutrition.growth.GrowthFlag;
import vn.tramyte.nutrition.growth.ZScoreRounding;
import vn.tramyte.nutrition.growth.ZScores;

/**
 * The survey module of WHO Anthro for a CSV file: every row gets its WAZ, HAZ, WHZ and BAZ
 * (2 decimals) and flags. A row that cannot be read is reported and written with empty scores
 * and an {@code error} text; it does not stop the others.
 *
 * <p>Input: UTF-8 with or without byte-order mark; separator {@code ,} or {@code ;} as used in
 * the header line; columns in any order: {@code sex} (1/2, M/F), {@code age_days} or
 * {@code birth_date} + {@code visit_date} (yyyy-mm-dd or dd/mm/yyyy), {@code weight_kg},
 * {@code length_cm}, optional {@code measure} (L/H) and {@code oedema} (y/n); other columns are
 * copied. Output: the same separator and byte-order mark, decimal point always {@code .}.
 */
public final class SurveyCalculator {
    private static final Logger LOG = LoggerFactory.getLogger(SurveyCalculator.class);
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** How far ahead the header line may reach when the separator is looked for. */
    private static final int HEADER_LIMIT = 1 << 20;

    private final AnthroCalculator calculator;

    public SurveyCalculator(AnthroCalculator calculator) {
        this.calculator = calculator;
    }

    /**
     * Reads {@code in} and writes {@code out}. The output appears only when complete (it is
     * written beside and then moved), so a failure leaves no half file.
     *
     * @throws SurveyFormatException when the file as a whole cannot be used (nothing written)
     * @throws IOException           when a file cannot be read or written
     */
    public SurveyResult calculate(Path in, Path out) throws IOException {
        Path absoluteOut = out.toAbsolutePath();
        Path partial = Files.createTempFile(absoluteOut.getParent(), absoluteOut.getFileName().toString(), ".part");
        try {
            SurveyResult result;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(in),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
                 Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                         StandardCharsets.UTF_8))) {
                result = calculate(reader, writer);
            } catch (CharacterCodingException e) {
                throw new SurveyFormatException("anthro.format.notUtf8");
            }
            Files.move(partial, absoluteOut, StandardCopyOption.REPLACE_EXISTING);
            return result;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private SurveyResult calculate(BufferedReader reader, Writer writer) throws IOException {
        boolean byteOrderMark = skipByteOrderMark(reader);
        char separator = separatorOfHeader(reader);
        CSVFormat inFormat = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false).build();
        CSVFormat outFormat = CSVFormat.DEFAULT.builder().setDelimiter(separator).build();
        if (byteOrderMark) {
            writer.write(BYTE_ORDER_MARK);
        }
        try (CSVParser parser = inFormat.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new SurveyFormatException("anthro.format.empty");
            }
            SurveyColumns columns = SurveyColumns.of(records.next().toList());
            CSVPrinter printer = new CSVPrinter(writer, outFormat);
            printer.printRecord(columns.outputHeader());
            SurveyRowReader rowReader = new SurveyRowReader(columns, separator == ';');
            return new Run(columns, rowReader, printer).all(parser, records);
        } catch (UncheckedIOException e) {
            // the parser's iterator wraps what it meets while reading ahead
            throw e.getCause() instanceof CSVException broken
                    ? brokenText(broken)
                    : e.getCause();
        }
    }

    /** The parser's own words (English, with the line) go to the log; the user reads the sentence. */
    private static SurveyFormatException brokenText(CSVException broken) {
        LOG.warn("the survey's CSV text is broken", broken);
        return new SurveyFormatException("anthro.format.broken");
    }

    /** Excel's "CSV UTF-8" starts with a byte-order mark; it is not part of the first column's name. */
    private static boolean skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() == BYTE_ORDER_MARK) {
            return true;
        }
        reader.reset();
        return false;
    }

    /** {@code ;} if the header line has one (Excel on a Vietnamese Windows writes that), else {@code ,}. */
    private static char separatorOfHeader(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LIMIT);
        String header = reader.readLine();
        reader.reset();
        return header != null && header.indexOf(';') >= 0 ? ';' : ',';
    }

    /** One pass over the data rows, counting as it writes. */
    private final class Run {
        private final SurveyRowReader rowReader;
        private final CSVPrinter printer;
        private final int[] copied;
        private final List<RowProblem> problems = new ArrayList<>();
        private int rows;
        private int scored;
        private int badRows;

        Run(SurveyColumns columns, SurveyRowReader rowReader, CSVPrinter printer) {
            this.rowReader = rowReader;
            this.printer = printer;
            this.copied = columns.copied();
        }

        SurveyResult all(CSVParser parser, Iterator<CSVRecord> records) throws IOException {
            // the parser counts line ends read so far; a row starts on the line after the previous one ended
            long nextLine = parser.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (!isBlank(record)) {
                    row(record, nextLine);
                }
                nextLine = parser.getCurrentLineNumber() + 1;
            }
            printer.flush();
            return new SurveyResult(rows, scored, badRows, problems);
        }

        private void row(CSVRecord record, long line) throws IOException {
            rows++;
            SurveyRowReader.ParsedRow parsed = rowReader.read(record, line);
            List<String> out = new ArrayList<>(copied.length + SurveyColumns.OUTPUT.size());
            for (int i : copied) {
                out.add(i < record.size() ? record.get(i) : "");
            }
            if (parsed.input() == null) {
                badRows++;
                problems.addAll(parsed.problems());
                out.addAll(List.of("", "", "", "", "", errorText(parsed.problems())));
            } else {
                ZScores z = calculator.compute(parsed.input());
                if (z.any()) {
                    scored++;
                }
                out.addAll(List.of(format(z.waz()), format(z.haz()), format(z.whz()), format(z.baz()),
                        flagCodes(z), ""));
            }
            printer.printRecord(vn.tramyte.common.CsvCells.row(out));
        }

        private boolean isBlank(CSVRecord record) {
            for (String value : record) {
                if (!value.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String format(Double z) {
        return z == null ? "" : ZScoreRounding.format(z);
    }

    private static String flagCodes(ZScores z) {
        StringJoiner codes = new StringJoiner(";");
        for (GrowthFlag flag : z.flags()) {
            codes.add(flag.code());
        }
        return codes.toString();
    }

    private static String errorText(List<RowProblem> problems) {
        StringJoiner text = new StringJoiner("; ");
        for (RowProblem problem : problems) {
            text.add(problem.message());
        }
        return text.toString();
    }
}
