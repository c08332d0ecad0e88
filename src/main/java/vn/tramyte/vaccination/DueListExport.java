package vn.tramyte.vaccination;

import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.tramyte.common.ListPdf;
import vn.tramyte.common.ListTable;
import vn.tramyte.common.Messages;

/**
 * Writes the due list of a vaccination day: CSV with the machine columns of the command line's
 * contract (one row per child and dose due), XLSX with the same rows under the health worker's
 * column names (no internal id; the commune first at a centre), PDF for the village health
 * worker to take round (grouped by commune and village, mother's name, totals per vaccine to
 * order vials, per commune at a centre).
 */
public final class DueListExport {
    /** The columns of the CSV file, in this order (the command line's contract: see the README). */
    public static final List<String> COLUMNS = List.of("person_ref", "full_name", "birth_date", "village",
            "mother_name", "vaccine", "due_date", "status");

    /**
     * Where and when the list is written.
     *
     * @param place     the station, or the centre and its commune, as printed lists name them
     * @param villages  the villages chosen ("all villages")
     * @param centre    the list spans a centre's communes: the commune is shown and totals are per commune
     * @param printedOn the day it is written
     */
    public record Context(String place, String villages, boolean centre, LocalDate printedOn) {
    }

    private final Messages m;

    public DueListExport(Messages messages) {
        this.m = messages;
    }

    /** The status column's code: {@code due} or {@code overdue}. */
    public static String statusCode(DueRow r) {
        return r.status().name().toLowerCase(Locale.ROOT);
    }

    private static List<String> cells(DueRow r) {
        DueListChild c = r.child();
        return List.of(c.id(), c.name(), c.birthDate().toString(), Objects.toString(c.village(), ""),
                Objects.toString(c.motherName(), ""), r.vaccine().code(), r.dueDate().toString(), statusCode(r));
    }

    public void write(DueList list, List<DueRow> rows, Context context, ExportFormat format, Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            switch (format) {
                case CSV -> writeCsv(rows, out);
                case XLSX -> writeXlsx(list, rows, context, out);
                default -> writePdf(list, rows, context, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(out.toString(), e);
        }
    }

    private static void writeCsv(List<DueRow> rows, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            p.printRecord(COLUMNS);
            for (DueRow r : rows) {
                p.printRecord(vn.tramyte.common.CsvCells.row(cells(r)));
            }
        }
    }

    /** The spreadsheet's columns: what a health worker reads, never a record's internal id. */
    private List<String> xlsxHeaders(boolean centre) {
        List<String> h = new ArrayList<>();
        if (centre) {
            h.add(m.get("communes.col.commune"));
        }
        h.addAll(List.of(m.get("vaccination.col.village"), m.get("vaccination.col.name"),
                m.get("vaccination.col.birthDate"), m.get("vaccination.col.mother"), m.get("vaccination.col.vaccine"),
                m.get("vaccination.col.dueDate"), m.get("vaccination.col.status")));
        return h;
    }

    private void writeXlsx(DueList list, List<DueRow> rows, Context context, Path out) throws IOException {
        try (OutputStream os = Files.newOutputStream(out)) {
            Workbook wb = new Workbook(os, "TramYTe", "1.0");
            Worksheet ws = wb.newWorksheet(m.get("vaccination.export.sheetDue"));
            List<String> headers = xlsxHeaders(context.centre());
            int first = context.centre() ? 1 : 0;
            for (int c = 0; c < headers.size(); c++) {
                ws.value(0, c, headers.get(c));
                ws.style(0, c).bold().set();
            }
            ws.width(first + 1, 24);
            ws.width(first + 3, 22);
            ws.width(first + 4, 30);
            int row = 1;
            for (DueRow r : rows) {
                DueListChild child = r.child();
                if (context.centre()) {
                    ws.value(row, 0, Objects.toString(child.commune(), ""));
                }
                ws.value(row, first, Objects.toString(child.village(), ""));
                ws.value(row, first + 1, child.name());
                date(ws, row, first + 2, child.birthDate());
                ws.value(row, first + 3, Objects.toString(child.motherName(), ""));
                ws.value(row, first + 4, r.vaccine().name(m.language()));
                date(ws, row, first + 5, r.dueDate());
                ws.value(row, first + 6, m.get(r.status().cardStatus().messageKey()));
                row++;
            }
            Worksheet totals = wb.newWorksheet(m.get("vaccination.export.sheetTotals"));
            List<String> totalHeads = new ArrayList<>();
            if (context.centre()) {
                totalHeads.add(m.get("communes.col.commune"));
            }
            totalHeads.addAll(List.of(m.get("vaccination.col.vaccine"), m.get("vaccination.status.due"),
                    m.get("vaccination.status.overdue"), m.get("vaccination.col.total")));
            for (int c = 0; c < totalHeads.size(); c++) {
                totals.value(0, c, totalHeads.get(c));
                totals.style(0, c).bold().set();
            }
            totals.width(first, 30);
            int t = 1;
            for (Map.Entry<String, List<DueRow>> group : byCommune(rows, context.centre()).entrySet()) {
                for (VaccineTotal vt : list.totals(group.getValue())) {
                    if (context.centre()) {
                        totals.value(t, 0, group.getKey());
                    }
                    totals.value(t, first, vt.vaccine().name(m.language()));
                    totals.value(t, first + 1, vt.due());
                    totals.value(t, first + 2, vt.overdue());
                    totals.value(t, first + 3, vt.total());
                    t++;
                }
            }
            wb.finish();
        }
    }

    private static void date(Worksheet ws, int row, int col, LocalDate date) {
        ws.value(row, col, date);
        ws.style(row, col).format("dd/mm/yyyy").set();
        ws.width(col, 12);
    }

    /** The rows of each commune, in the list's order; one group of all rows at a station. */
    private static Map<String, List<DueRow>> byCommune(List<DueRow> rows, boolean centre) {
        Map<String, List<DueRow>> groups = new LinkedHashMap<>();
        for (DueRow r : rows) {
            String key = centre ? Objects.toString(r.child().commune(), "") : "";
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    private void writePdf(DueList list, List<DueRow> rows, Context context, Path out) {
        ListPdf.Heading heading = new ListPdf.Heading(context.place(),
                m.format("vaccination.export.dueTitle", Dates.show(list.day())),
                List.of(m.format("vaccination.export.villages", context.villages())), context.printedOn());
        new ListPdf(m).write(out, PageSize.A4.rotate(), heading, (doc, fonts, width) -> {
            List<String> heads = List.of(m.get("vaccination.col.name"), m.get("vaccination.col.birthDate"),
                    m.get("vaccination.col.mother"), m.get("vaccination.col.vaccine"), m.get("vaccination.col.dueDate"),
                    m.get("vaccination.col.status"), m.get("vaccination.col.given"));
            ListTable table = new ListTable(fonts, 9, heads, new float[] {22, 10, 20, 24, 10, 9, 8});
            String group = null;
            for (DueRow r : rows) {
                String g = groupName(r, context.centre());
                if (!g.equals(group)) {
                    long children = rows.stream().filter(x -> groupName(x, context.centre()).equals(g))
                            .map(x -> x.child().id()).distinct().count();
                    table.group(m.format("vaccination.ui.villageHeading", g, children));
                    group = g;
                }
                table.row(List.of(r.child().name(), Dates.show(r.child().birthDate()),
                        Objects.toString(r.child().motherName(), ""), r.vaccine().name(m.language()),
                        Dates.show(r.dueDate()), m.get(r.status().cardStatus().messageKey()), ""),
                        r.status() == DueStatus.OVERDUE ? new int[] {5} : new int[0]);
            }
            doc.add(table.build(width));
            doc.add(new Paragraph(" ", fonts.regular(6)));
            doc.add(new Paragraph(m.get("vaccination.export.totals"), fonts.bold(11)));
            doc.add(new Paragraph(" ", fonts.regular(4)));
            ListTable totals = new ListTable(fonts, 9, List.of(m.get("vaccination.col.vaccine"),
                    m.get("vaccination.status.due"), m.get("vaccination.status.overdue"), m.get("vaccination.col.total")),
                    new float[] {40, 12, 12, 12});
            for (Map.Entry<String, List<DueRow>> commune : byCommune(rows, context.centre()).entrySet()) {
                if (context.centre()) {
                    totals.group(commune.getKey());
                }
                for (VaccineTotal vt : list.totals(commune.getValue())) {
                    totals.row(List.of(vt.vaccine().name(m.language()), Integer.toString(vt.due()),
                            Integer.toString(vt.overdue()), Integer.toString(vt.total())), 3);
                }
            }
            com.lowagie.text.pdf.PdfPTable t = totals.build(width * 0.6f);
            t.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_LEFT);
            doc.add(t);
        });
    }

    /** The group a row is printed under: its village, and at a centre its commune first. */
    private String groupName(DueRow r, boolean centre) {
        String village = Objects.toString(r.child().village(), m.get("vaccination.noVillage"));
        return centre ? m.format("communes.print.communeVillage", Objects.toString(r.child().commune(), ""), village)
                : village;
    }
}
