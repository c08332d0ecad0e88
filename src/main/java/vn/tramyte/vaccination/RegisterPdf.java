package vn.tramyte.vaccination;

import com.lowagie.text.PageSize;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tramyte.common.ListPdf;
import vn.tramyte.common.ListTable;
import vn.tramyte.common.Messages;

/**
 * Register A2.1 of a birth year, printable: one row per child, a column per child vaccine, TCĐĐ.
 * At a centre the children stand commune by commune, each commune under a row with its own
 * figures (children, fully immunized): communes are never added up into one tally.
 */
public final class RegisterPdf {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yy");
    private static final float FONT_SIZE = 7;
    private final Messages m;

    public RegisterPdf(Messages messages) {
        this.m = messages;
    }

    /**
     * @param communeName the commune's name of a station code, for the rows heading each commune;
     *                    null at a station, where the register is the station's own
     */
    public void write(ListPdf.Heading heading, List<RegisterRow> rows, List<Vaccine> columns,
                      Function<String, String> communeName, Path out) {
        List<String> details = new ArrayList<>(heading.details());
        if (communeName == null) {
            RegisterTally.perCommune(rows).forEach(t -> details.add(tallyText(t)));
        }
        ListPdf.Heading withFigures = new ListPdf.Heading(heading.place(), heading.title(), details,
                heading.printedOn());
        new ListPdf(m).write(out, PageSize.A3.rotate(), withFigures, (doc, fonts, width) -> {
            int n = 5 + columns.size() + 1;
            float[] widths = new float[n];
            widths[0] = 3;
            widths[1] = 14;
            widths[2] = 6;
            widths[3] = 12;
            widths[4] = 9;
            for (int i = 5; i < n; i++) {
                widths[i] = 5;
            }
            widths[n - 1] = 6;
            List<String> headers = new ArrayList<>(List.of("#", m.get("vaccination.col.name"),
                    m.get("vaccination.col.birthDate"), m.get("vaccination.col.mother"),
                    m.get("vaccination.col.village")));
            for (Vaccine v : columns) {
                headers.add(v.code());
            }
            headers.add(m.get("vaccination.col.fullImmunization"));
            ListTable table = new ListTable(fonts, FONT_SIZE, headers, widths);
            Map<String, RegisterTally> tallies = RegisterTally.perCommune(rows).stream()
                    .collect(Collectors.toMap(RegisterTally::stationCode, t -> t));
            String commune = null;
            int i = 1;
            for (RegisterRow r : rows) {
                String code = r.child().stationCode();
                if (communeName != null && !code.equals(commune)) {
                    table.group(communeName.apply(code) + ": " + tallyText(tallies.get(code)));
                    commune = code;
                    i = 1;
                }
                List<String> cells = new ArrayList<>(List.of(Integer.toString(i++), r.child().fullName(),
                        Dates.show(r.child().birthDate()), Objects.toString(r.child().motherName(), ""),
                        Objects.toString(r.child().villageName(), "")));
                for (Vaccine v : columns) {
                    cells.add(r.date(v.code()) == null ? "" : SHORT.format(r.date(v.code())));
                }
                FullImmunization f = r.fullImmunization();
                cells.add(f.completed() ? SHORT.format(f.completedOn()) : "");
                table.row(cells, n - 1);
            }
            doc.add(table.build(width));
        });
    }

    private String tallyText(RegisterTally t) {
        return m.format("vaccination.ui.registerSummary", t.children(), t.fullyImmunized());
    }
}
