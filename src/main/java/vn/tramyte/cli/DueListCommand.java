package vn.tramyte.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.SearchText;
import vn.tramyte.common.UserError;
import vn.tramyte.place.Village;
import vn.tramyte.vaccination.DueList;
import vn.tramyte.vaccination.DueListExport;
import vn.tramyte.vaccination.DueRow;
import vn.tramyte.vaccination.ExportFormat;

/** {@code tramyte due-list}: the children due or overdue for each vaccine on a vaccination day, to a file. */
@Command(name = "due-list", mixinStandardHelpOptions = true)
public final class DueListCommand extends GlobalCommand {
    @Option(names = "--date", required = true, paramLabel = "DD/MM/YYYY")
    LocalDate date;

    @Option(names = "--village", paramLabel = "NAME")
    List<String> villages = List.of();

    @Option(names = "--overdue-weeks", paramLabel = "N")
    Integer overdueWeeks;

    @Option(names = "--format", required = true, paramLabel = "csv|pdf|xlsx")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() {
        Messages m = global.messages();
        ExportFormat f = ExportFormat.parse(format)
                .orElseThrow(() -> new UserError("vaccination.cli.badFormat", format));
        if (overdueWeeks != null && overdueWeeks < 0) {
            throw new UserError("vaccination.cli.badWeeks", overdueWeeks);
        }
        try (Services services = global.open()) {
            List<String> known = services.places().ownVillages().stream().map(Village::name).distinct().sorted()
                    .toList();
            for (String v : villages) {
                if (known.stream().noneMatch(k -> SearchText.normalize(k).equals(SearchText.normalize(v)))) {
                    throw new UserError("vaccination.cli.unknownVillage", v, String.join(", ", known));
                }
            }
            DueList list = services.vaccination().computeDueList(date, Set.copyOf(villages));
            List<DueRow> rows = overdueWeeks == null ? list.rows() : list.defaulters(overdueWeeks);
            String shown = villages.isEmpty() ? m.get("vaccination.allVillages") : String.join(", ", known.stream()
                    .filter(k -> villages.stream().anyMatch(v -> SearchText.normalize(k).equals(SearchText.normalize(v))))
                    .toList());
            vn.tramyte.place.Communes communes = services.places().communes();
            DueListExport.Context context = new DueListExport.Context(communes.placeLine(m, null), shown,
                    communes.centre(), services.vaccination().today());
            new DueListExport(m).write(list, rows, context, f, out);
            spec.commandLine().getOut().println(m.format("vaccination.cli.written", rows.size(), out.toString()));
            return Cli.OK;
        }
    }
}
