package vn.tramyte.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tramyte.app.Services;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;
import vn.tramyte.report.Cell;
import vn.tramyte.report.Period;
import vn.tramyte.report.Report;
import vn.tramyte.report.ReportFiles;
import vn.tramyte.report.ReportFormat;
import vn.tramyte.report.ReportRequest;
import vn.tramyte.report.Verdict;

/**
 * {@code tramyte report}: the plan's indicators of a period to a file (csv, xlsx, pdf) or the
 * counts to DHIS2 (dataValueSet JSON, ADX), through the same service and writers as the window.
 * A mistake in the arguments (period, population, code list, format, station) is one sentence
 * and exit 2, before anything is read.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
public final class ReportCommand extends GlobalCommand {
    @Option(names = "--period", required = true, paramLabel = "P")
    String period;

    @Option(names = "--population", paramLabel = "all|dtts|both", defaultValue = "all")
    String population;

    @Option(names = "--code-list", paramLabel = "2024|2025")
    String codeList;

    @Option(names = "--station", paramLabel = "CODE")
    String station;

    @Option(names = "--format", required = true, paramLabel = "csv|xlsx|pdf|dhis2-json|adx")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Override
    public Integer call() {
        Messages m = global.messages();
        Optional<ReportFormat> f = ReportFormat.parse(format);
        if (f.isEmpty()) {
            return usage(m, new UserError("report.cli.badFormat", format));
        }
        Set<Population> shown = populations(population);
        if (shown == null) {
            return usage(m, new UserError("report.cli.badPopulation", population));
        }
        CodeList list = null;
        if (codeList != null) {
            try {
                list = CodeList.fromCode(codeList.trim());
            } catch (IllegalArgumentException e) {
                return usage(m, new UserError("cli.error.codeList", codeList));
            }
        }
        Period p;
        try {
            p = Period.parse(period, LocalDate.now(global.clock()));
        } catch (UserError e) {
            return usage(m, e);
        }
        if (f.get().dhis2() && p.dhis2().isEmpty()) {
            return usage(m, new UserError("report.dhis2.periodNotSupported", period.trim()));
        }
        try (Services services = global.open()) {
            Installation inst = services.places().installation()
                    .orElseThrow(() -> new UserError("report.error.notSetUp"));
            String commune = null;
            if (station != null) {
                if (inst.mode().supervises()) {
                    commune = station.trim();
                } else if (!station.trim().equals(inst.place().code())) {
                    return usage(m, new UserError("report.cli.otherStation", station, inst.place().label()));
                }
            }
            Report report;
            try {
                report = services.reports().report(new ReportRequest(p, list, commune));
            } catch (UserError e) {
                if (e.problems().get(0).key().equals("report.error.unknownCommune")) {
                    return usage(m, e);
                }
                throw e;
            }
            ReportFiles.Written written = services.reportFiles().write(report, f.get(), shown, m, out);
            spec.commandLine().getOut().println("file: " + written.file().toAbsolutePath());
            spec.commandLine().getOut().println(summary(report, f.get(), shown, written, m));
            return Cli.OK;
        }
    }

    private int usage(Messages m, UserError e) {
        spec.commandLine().getErr().println("tramyte: " + e.describe(m).replace('\n', ' '));
        return Cli.USAGE;
    }

    /** all, dtts, or both; null for anything else. */
    static Set<Population> populations(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equals("both")) {
            return EnumSet.allOf(Population.class);
        }
        return Population.fromCode(t).map(EnumSet::of).orElse(null);
    }

    /** One line: the period, what was written, how complete, and the total's verdicts. */
    private static String summary(Report r, ReportFormat f, Set<Population> shown, ReportFiles.Written written,
                                  Messages m) {
        List<String> parts = new ArrayList<>();
        parts.add(m.format(r.period().labelKey(), r.period().labelArgs()));
        if (f.dhis2()) {
            parts.add(m.format("report.cli.values", String.valueOf(written.items()), r.period().dhis2().orElse("")));
        } else {
            parts.add(m.format("report.cli.rows", String.valueOf(r.rows().size())));
        }
        if (!r.communes().isEmpty()) {
            parts.add(m.format("report.cli.complete", String.valueOf(r.completeCommunes()),
                    String.valueOf(r.communes().size())));
        }
        for (Population p : shown) {
            int[] count = new int[Verdict.values().length];
            for (Indicator i : Indicator.values()) {
                Cell c = r.total().cell(i, p);
                count[c.verdict().ordinal()]++;
            }
            parts.add(m.format("report.cli.verdicts", r.total().place().name(), m.get(p.messageKey()),
                    String.valueOf(count[Verdict.MEETS.ordinal()]), String.valueOf(count[Verdict.MISSES.ordinal()]),
                    String.valueOf(count[Verdict.NOT_CONCLUSIVE.ordinal()])));
        }
        return String.join(" · ", parts);
    }
}
