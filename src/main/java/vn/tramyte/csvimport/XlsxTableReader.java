package vn.tramyte.csvimport;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the registers of an Excel workbook (.xlsx) into the same tables as CSV files, so that
 * every rule of the import holds for both. Which sheet is which register:
 * <ul>
 *   <li>each sheet named after a register ({@code persons}, {@code vaccinations}, ...) is that
 *       register, so one workbook can hold a station's whole import, as a folder of CSV files
 *       does; a non-empty sheet with another name is then refused (a misspelt sheet must not
 *       be left out silently), empty ones (Excel's "Sheet2") are ignored;</li>
 *   <li>when no sheet is so named, a workbook named after a register ({@code persons.xlsx}) is
 *       read from its first sheet, as Excel names it ("Sheet1", "Trang_tính1").</li>
 * </ul>
 * A row's number is its row number in Excel, and the place a problem names is
 * {@code workbook.xlsx › sheet}. Dates typed as Excel dates become {@code yyyy-mm-dd}; numbers
 * are written out as Excel shows them with all their digits; text is taken as it is.
 *
 * <p>Nothing here throws for a bad file: a workbook that cannot be read, or that unpacks to more
 * than the limits (a zip bomb, shared strings beyond any register), is one problem, and the
 * memory held is bounded whatever the file holds ({@link XlsxPackage}).
 */
public final class XlsxTableReader {
    private static final Logger LOG = LoggerFactory.getLogger(XlsxTableReader.class);
    public static final String EXTENSION = ".xlsx";
    /** The "separator" of a sheet's rows: none, so a decimal comma in a text cell is read ({@link CsvRow}). */
    public static final char NO_SEPARATOR = '\u0000';
    /** Between the workbook's name and the sheet's in a problem's place. */
    public static final String SHEET_MARK = " › ";
    /** Distinct texts a workbook may hold: a register of 150,000 rows has far fewer. */
    static final int MAX_SHARED_STRINGS = 1_000_000;
    /** Their characters together: as much text as the largest CSV file read (16 MB). */
    static final long MAX_SHARED_CHARS = 16L * 1024 * 1024;
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** The registers a workbook holds, and what is wrong with it as a whole. */
    public record Result(List<CsvTable> tables, List<ImportProblem> problems) {
        public Result {
            tables = List.copyOf(tables);
            problems = List.copyOf(problems);
        }
    }

    private final long maxBytes;
    private final int maxRows;

    public XlsxTableReader() {
        this(CsvTableReader.MAX_FILE_MB * 1024L * 1024L, CsvTableReader.MAX_ROWS);
    }

    XlsxTableReader(long maxBytes, int maxRows) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    public static boolean isWorkbook(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(EXTENSION);
    }

    public Result read(Path path) {
        String book = path.getFileName().toString();
        try {
            if (Files.size(path) > maxBytes) {
                return refused(book, "import.problem.fileTooLarge", String.valueOf(maxBytes / (1024 * 1024)));
            }
        } catch (IOException e) {
            LOG.warn("cannot read workbook {}", path, e);
            return refused(book, "import.problem.fileUnreadable");
        }
        try (XlsxPackage pkg = new XlsxPackage(path, XlsxPackage.MAX_PART_BYTES)) {
            return read(book, pkg);
        } catch (ZipException e) {
            LOG.info("workbook {} is not a zip", path, e);
            return refused(book, "import.problem.notXlsx");
        } catch (XlsxPackage.Refused e) {
            LOG.warn("workbook {} refused: {}", path, e.getMessage());
            return refused(book, "import.problem.xlsxTooLarge");
        } catch (IOException | XMLStreamException | RuntimeException e) {
            XlsxPackage.Refused refused = refusedCause(e);
            if (refused != null) {
                LOG.warn("workbook {} refused: {}", path, refused.getMessage());
                return refused(book, "import.problem.xlsxTooLarge");
            }
            LOG.warn("cannot read workbook {}", path, e);
            // a file that opens but is no workbook (damaged, a renamed .xls, XML with a DTD) is told as such
            return refused(book, Files.isReadable(path) ? "import.problem.notXlsx" : "import.problem.fileUnreadable");
        }
    }

    private static XlsxPackage.Refused refusedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XlsxPackage.Refused r) {
                return r;
            }
        }
        return null;
    }

    private static Result refused(String book, String key, Object... args) {
        return new Result(List.of(), List.of(ImportProblem.ofFile(book, key, args)));
    }

    private record Sheet(String name, String part) {
    }

    private Result read(String book, XlsxPackage pkg) throws IOException, XMLStreamException {
        Workbook workbook = Workbook.read(pkg);
        List<ImportProblem> problems = new ArrayList<>();
        Map<ImportFile, Sheet> chosen = new EnumMap<>(ImportFile.class);
        List<Sheet> others = new ArrayList<>();
        for (Sheet sheet : workbook.sheets) {
            Optional<ImportFile> file = ImportFile.forBaseName(sheet.name());
            if (file.isEmpty()) {
                others.add(sheet);
            } else if (chosen.containsKey(file.get())) {
                problems.add(ImportProblem.ofFile(label(book, sheet.name()), "import.problem.sameRegisterTwice",
                        label(book, chosen.get(file.get()).name())));
            } else {
                chosen.put(file.get(), sheet);
            }
        }
        String bookBase = book.substring(0, book.length() - EXTENSION.length());
        Optional<ImportFile> byName = ImportFile.forBaseName(bookBase);
        boolean firstSheetMode = chosen.isEmpty() && byName.isPresent() && !workbook.sheets.isEmpty();
        if (firstSheetMode) {
            chosen.put(byName.get(), workbook.sheets.get(0));
            others.clear();
        } else if (chosen.isEmpty()) {
            problems.add(ImportProblem.ofFile(book, "import.problem.noRegisterSheet", String.join(", ",
                    ImportFile.dependencyOrder().stream().map(ImportFile::baseName).toList())));
            return new Result(List.of(), problems);
        }
        SharedStrings strings = SharedStrings.read(pkg, workbook.sharedStringsPart);
        List<CsvTable> tables = new ArrayList<>();
        for (Sheet other : others) {
            if (new SheetRows(pkg, other.part(), strings, workbook).anyValue()) {
                problems.add(ImportProblem.ofFile(label(book, other.name()), "import.problem.unknownSheet",
                        String.join(", ", ImportFile.dependencyOrder().stream().map(ImportFile::baseName).toList())));
            }
        }
        for (Map.Entry<ImportFile, Sheet> e : chosen.entrySet()) {
            tables.add(readSheet(e.getKey(), label(book, e.getValue().name()), e.getValue().part(), pkg, strings,
                    workbook));
        }
        return new Result(tables, problems);
    }

    /** The place a problem of a sheet names: {@code so-tram.xlsx › persons}. */
    public static String label(String book, String sheet) {
        return book + SHEET_MARK + sheet;
    }

    private CsvTable readSheet(ImportFile file, String name, String part, XlsxPackage pkg, SharedStrings strings,
                               Workbook workbook) throws IOException, XMLStreamException {
        List<ImportProblem> problems = new ArrayList<>();
        List<CsvRow> rows = new ArrayList<>();
        Header header = null;
        RowCells.Layout layout = null;
        int dataRows = 0;
        try (SheetRows reader = new SheetRows(pkg, part, strings, workbook)) {
            for (SheetRows.Row row = reader.next(); row != null; row = reader.next()) {
                if (row.cells().stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = Header.check(file, name, row.number(), row.cells());
                    layout = new RowCells.Layout(header.names());
                    if (!header.ok()) {
                        return new CsvTable(file, name, NO_SEPARATOR, header.columns(), List.of(), header.problems());
                    }
                } else if (++dataRows > maxRows) {
                    return new CsvTable(file, name, NO_SEPARATOR, List.of(), List.of(), List.of(
                            ImportProblem.ofFile(name, "import.problem.tooManyRows", String.valueOf(maxRows))));
                } else {
                    // Excel writes no cell for an empty one at the end of a row
                    List<String> cells = new ArrayList<>(row.cells());
                    while (cells.size() < header.names().size()) {
                        cells.add("");
                    }
                    CsvTableReader.toRow(file, name, NO_SEPARATOR, header, layout, row.number(), cells, rows, problems);
                }
            }
        }
        if (header == null) {
            return new CsvTable(file, name, NO_SEPARATOR, List.of(), List.of(),
                    List.of(ImportProblem.ofFile(name, "import.problem.emptyFile")));
        }
        file.refColumn().ifPresent(ref -> problems.addAll(Duplicates.inColumn(rows, ref)));
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new CsvTable(file, name, NO_SEPARATOR, header.columns(), rows, problems);
    }

    /** The workbook part: its sheets in order, where its texts are, how its cells are formatted. */
    static final class Workbook {
        final List<Sheet> sheets = new ArrayList<>();
        String sharedStringsPart;
        boolean date1904;
        /** Per cell style (the {@code s} of a cell): whether its number format shows a date. */
        final List<Boolean> dateStyles = new ArrayList<>();

        static Workbook read(XlsxPackage pkg) throws IOException, XMLStreamException {
            Workbook w = new Workbook();
            Map<String, String> targets = new LinkedHashMap<>();
            String stylesPart = null;
            XMLStreamReader rels = pkg.open("xl/_rels/workbook.xml.rels");
            try {
                while (rels.hasNext()) {
                    if (rels.next() == XMLStreamConstants.START_ELEMENT && rels.getLocalName().equals("Relationship")) {
                        String target = partOf(rels.getAttributeValue(null, "Target"));
                        String type = String.valueOf(rels.getAttributeValue(null, "Type"));
                        targets.put(rels.getAttributeValue(null, "Id"), target);
                        if (type.endsWith("/sharedStrings")) {
                            w.sharedStringsPart = target;
                        } else if (type.endsWith("/styles")) {
                            stylesPart = target;
                        }
                    }
                }
            } finally {
                rels.close();
            }
            XMLStreamReader book = pkg.open("xl/workbook.xml");
            try {
                while (book.hasNext()) {
                    if (book.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (book.getLocalName().equals("workbookPr")) {
                        String d = book.getAttributeValue(null, "date1904");
                        w.date1904 = "1".equals(d) || "true".equals(d);
                    } else if (book.getLocalName().equals("sheet")) {
                        String target = targets.get(book.getAttributeValue(REL_NS, "id"));
                        if (target != null && pkg.has(target)) {
                            w.sheets.add(new Sheet(String.valueOf(book.getAttributeValue(null, "name")), target));
                        }
                    }
                }
            } finally {
                book.close();
            }
            if (stylesPart != null && pkg.has(stylesPart)) {
                w.readStyles(pkg, stylesPart);
            }
            if (w.sharedStringsPart != null && !pkg.has(w.sharedStringsPart)) {
                w.sharedStringsPart = null;
            }
            return w;
        }

        /** A relationship's target as a path in the zip: relative to xl/, or absolute from the root. */
        private static String partOf(String target) {
            if (target == null) {
                return "";
            }
            return target.startsWith("/") ? target.substring(1) : "xl/" + target;
        }

        private void readStyles(XlsxPackage pkg, String part) throws IOException, XMLStreamException {
            Map<Integer, String> formats = new java.util.HashMap<>();
            XMLStreamReader x = pkg.open(part);
            try {
                boolean inCellXfs = false;
                while (x.hasNext()) {
                    int event = x.next();
                    if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
                        inCellXfs = false;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (x.getLocalName()) {
                        case "numFmt" -> formats.put(intOr(x.getAttributeValue(null, "numFmtId"), -1),
                                String.valueOf(x.getAttributeValue(null, "formatCode")));
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs && dateStyles.size() < 65_536) {
                                int id = intOr(x.getAttributeValue(null, "numFmtId"), 0);
                                dateStyles.add(NumberFormats.isDate(id, formats.get(id)));
                            }
                        }
                        default -> { }
                    }
                }
            } finally {
                x.close();
            }
        }

        boolean isDateStyle(int style) {
            return style >= 0 && style < dateStyles.size() && dateStyles.get(style);
        }

        /** An Excel date serial as a day (the time of day dropped); Excel's 29/02/1900 that never was included. */
        LocalDate date(double serial) {
            long days = (long) Math.floor(serial);
            if (date1904) {
                return LocalDate.of(1904, 1, 1).plusDays(days);
            }
            return days < 61 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
        }
    }

    static int intOr(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A number as Excel shows it in a General cell: at most 15 significant digits, no exponent, no trailing zeros. */
    static String number(String raw) {
        try {
            BigDecimal value = new BigDecimal(raw.trim()).round(new MathContext(15)).stripTrailingZeros();
            if (value.scale() < -30 || value.scale() > 30) {
                // written out, 1E+999999999 would be a billion digits: no register holds such a number
                return raw.trim();
            }
            String text = value.toPlainString();
            return text.equals("-0") ? "0" : text;
        } catch (NumberFormatException e) {
            return raw.trim();
        }
    }
}
