package vn.tramyte.csvimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one import file into rows, checking what the contract says of "the file": UTF-8 with
 * or without a byte-order mark, or what Excel writes on a Vietnamese Windows ({@link ImportText}),
 * separator {@code ,}, {@code ;} or a tab taken from the header line,
 * known column names in any order, required columns present, the same number of cells on
 * every line, and no ref twice. Lines holding nothing but separators are skipped like empty
 * ones: Excel writes them for rows that were only formatted.
 *
 * <p>It never throws for a bad file: whatever is wrong becomes an {@link ImportProblem}.
 */
public final class CsvTableReader {
    private static final Logger LOG = LoggerFactory.getLogger(CsvTableReader.class);
    /**
     * The largest file read (issue 14 §4): about five times a commune's largest register of ten
     * years; a bigger file is refused before it fills the memory of a station PC (-Xmx256m).
     */
    public static final int MAX_FILE_MB = 16;
    /** The most rows one file may hold; a larger register is imported in parts (a ref resolves across imports). */
    public static final int MAX_ROWS = 150_000;
    /** The longest cell: far above any column's length (a village 200, a cause 500). */
    public static final int MAX_CELL_CHARS = 2_000;

    private final long maxBytes;
    private final int maxRows;

    public CsvTableReader() {
        this(MAX_FILE_MB * 1024L * 1024L, MAX_ROWS);
    }

    /** With other limits (tests). */
    CsvTableReader(long maxBytes, int maxRows) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    public CsvTable read(ImportFile file, Path path) {
        String fileName = path.getFileName().toString();
        byte[] bytes;
        // never more than the limit is read: a link to /dev/zero or a file still growing has no honest size
        try (java.io.InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        } catch (IOException e) {
            LOG.warn("cannot read import file {}", path, e);
            return refused(file, fileName, ',', ImportProblem.ofFile(fileName, "import.problem.fileUnreadable"));
        }
        if (bytes.length > maxBytes) {
            return tooLarge(file, fileName);
        }
        return read(file, fileName, bytes);
    }

    private CsvTable tooLarge(ImportFile file, String fileName) {
        return refused(file, fileName, ',', ImportProblem.ofFile(fileName, "import.problem.fileTooLarge",
                String.valueOf(maxBytes / (1024 * 1024))));
    }

    /** Reads every file a folder scan found, in the scan's (dependency) order. */
    public List<CsvTable> readAll(FolderScan.Result scan) {
        return scan.files().stream().map(f -> read(f.file(), f.path())).toList();
    }

    /** Reads a file's content, e.g. from a stream the window opened; fileName is shown in problems. */
    public CsvTable read(ImportFile file, String fileName, byte[] content) {
        if (content.length > maxBytes) {
            return tooLarge(file, fileName);
        }
        ImportText.Decoded decoded = ImportText.decode(content);
        if (!decoded.ok()) {
            return refused(file, fileName, ',',
                    ImportProblem.ofLine(fileName, decoded.badLine(), "import.problem.notText"));
        }
        String text = decoded.text();
        if (decoded.encoding().assumed()) {
            LOG.info("import file {} read as {}", fileName, decoded.encoding());
        }
        return parse(file, fileName, text, decoded.encoding());
    }

    private CsvTable parse(ImportFile file, String fileName, String text, ImportText.Encoding encoding) {
        char separator = separatorOf(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .build();
        LineIndex lines = new LineIndex(text);
        List<ImportProblem> problems = new ArrayList<>();
        List<CsvRow> rows = new ArrayList<>();
        Header header = null;
        RowCells.Layout layout = null;
        int nextLine = 1;
        int dataLines = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                List<String> cells = record.toList();
                int line = lines.lineAt(record.getCharacterPosition());
                nextLine = line + LineIndex.breaksIn(cells) + 1;
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = Header.check(file, fileName, line, cells);
                    layout = new RowCells.Layout(header.names());
                    if (!header.ok()) {
                        return new CsvTable(file, fileName, separator, header.columns(), List.of(),
                                header.problems(), encoding);
                    }
                } else if (++dataLines > maxRows) {
                    return refused(file, fileName, separator, ImportProblem.ofFile(fileName,
                            "import.problem.tooManyRows", String.valueOf(maxRows)));
                } else {
                    toRow(file, fileName, separator, header, layout, line, cells, rows, problems);
                }
            }
        } catch (UncheckedIOException | IOException e) {
            // the text is in memory, so a failure here is the file's quoting, not the disk
            LOG.debug("CSV syntax error in {} after line {}", fileName, nextLine - 1, e);
            problems.add(ImportProblem.ofLine(fileName, nextLine, "import.problem.badQuotes"));
        }
        if (header == null) {
            return refused(file, fileName, separator, ImportProblem.ofFile(fileName, "import.problem.emptyFile"));
        }
        file.refColumn().ifPresent(ref -> problems.addAll(Duplicates.inColumn(rows, ref)));
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new CsvTable(file, fileName, separator, header.columns(), rows, problems, encoding);
    }

    /**
     * One data line: its cells checked against the header and put under their column names.
     * Shared with {@link XlsxTableReader}, whose rows follow the same rules.
     */
    static void toRow(ImportFile file, String fileName, char separator, Header header, RowCells.Layout layout,
                      int line, List<String> cells, List<CsvRow> rows, List<ImportProblem> problems) {
        List<String> names = header.names();
        // extra cells are harmless while empty (a trailing separator); missing ones shift columns
        boolean extraFilled = cells.subList(Math.min(names.size(), cells.size()), cells.size()).stream()
                .anyMatch(c -> !c.isBlank());
        if (cells.size() < names.size() || extraFilled) {
            problems.add(ImportProblem.ofLine(fileName, line, "import.problem.cellCount",
                    String.valueOf(names.size()), String.valueOf(cells.size())));
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            if (cells.get(i).length() > MAX_CELL_CHARS) {
                problems.add(ImportProblem.ofCell(fileName, line,
                        names.get(i).isEmpty() ? String.valueOf(i + 1) : names.get(i), cells.get(i),
                        "import.problem.cellTooLong", String.valueOf(MAX_CELL_CHARS)));
                return;
            }
        }
        for (int i = 0; i < names.size(); i++) {
            String value = cells.get(i).trim();
            if (names.get(i).isEmpty() && !value.isEmpty()) {
                problems.add(ImportProblem.ofLine(fileName, line, "import.problem.valueWithoutColumn",
                        String.valueOf(i + 1), value));
            }
        }
        rows.add(new CsvRow(file, fileName, line, separator, layout.row(cells)));
    }

    private static CsvTable refused(ImportFile file, String fileName, char separator, ImportProblem problem) {
        return new CsvTable(file, fileName, separator, List.of(), List.of(), List.of(problem));
    }

    /**
     * The separator of the first non-empty line: a tab when it has more tabs than commas and
     * semicolons outside quotes (Excel's "Unicode text"), else {@code ;} when it has more
     * semicolons than commas, else {@code ,}. Column names hold none of them, so the header
     * decides without guessing from the data, where a decimal comma would mislead.
     */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\n' || c == '\r') {
                if (content) {
                    break;
                }
            } else if (c == ',') {
                commas++;
            } else if (c == ';') {
                semicolons++;
            } else if (c == '\t') {
                tabs++;
            }
            content |= !Character.isWhitespace(c);
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
