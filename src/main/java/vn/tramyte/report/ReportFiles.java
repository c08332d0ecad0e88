package vn.tramyte.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tramyte.common.Messages;
import vn.tramyte.common.PdfFonts;
import vn.tramyte.common.UserError;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;

/**
 * Writes a report to a file: the one door the window's Export and Print buttons and
 * {@code tramyte report} go through (formats in docs/report-formats.md). A file is written
 * whole or not at all: it is made beside the target and moved into place at the end, so a
 * failure never leaves half a file where the old one was.
 */
public final class ReportFiles {
    private static final Logger LOG = LoggerFactory.getLogger(ReportFiles.class);
    private final Dhis2MappingService mappings;
    private final Clock clock;
    /** Who is logged in: a report's file leaves the program, so writing one asks the role (issue 13). */
    private final vn.tramyte.security.Session session;

    public ReportFiles(Dhis2MappingService mappings, Clock clock, vn.tramyte.security.Session session) {
        this.mappings = mappings;
        this.clock = clock;
        this.session = session;
    }

    /** What was written: the file and how many lines, rows or values it holds. */
    public record Written(Path file, int items) {
    }

    /**
     * Writes the report in a format, for the populations shown (both, or one).
     * @throws UserError for DHIS2 with a period DHIS2 has no type for, or nothing to send; when the
     *                   file cannot be written
     */
    public Written write(Report report, ReportFormat format, Set<Population> shown, Messages messages, Path out) {
        session.require(vn.tramyte.security.Permission.REPORTS);
        if (shown.isEmpty()) {
            throw new IllegalArgumentException("no population to show");
        }
        Set<Population> populations = EnumSet.copyOf(shown);
        ReportText text = new ReportText(messages);
        Dhis2Values dhis2 = format.dhis2() ? Dhis2Values.of(report, populations, mappings.mapping()) : null;
        int items = atomically(out, tmp -> {
            switch (format) {
                case CSV:
                    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                        return ReportCsv.write(report, populations, text, w);
                    }
                case XLSX:
                    try (OutputStream os = Files.newOutputStream(tmp)) {
                        return ReportXlsx.write(report, populations, text, os);
                    }
                case PDF:
                    try (OutputStream os = Files.newOutputStream(tmp)) {
                        return new ReportPdf(text, new PdfFonts()).write(report, populations, os);
                    }
                case DHIS2_JSON:
                    try (OutputStream os = Files.newOutputStream(tmp)) {
                        return Dhis2Json.write(dhis2, os);
                    }
                default:
                    try (OutputStream os = Files.newOutputStream(tmp)) {
                        return AdxXml.write(dhis2, OffsetDateTime.now(clock), os);
                    }
            }
        });
        return new Written(out, items);
    }

    /** Prints the records behind one cell of the report (a PDF), numerator's first. */
    public Written writeRecords(Report report, ReportPlace place, Indicator indicator, Population population,
                                Messages messages, Path pdf) {
        session.require(vn.tramyte.security.Permission.REPORTS);
        ReportText text = new ReportText(messages);
        int items = atomically(pdf, tmp -> {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                return new RecordsPdf(text, new PdfFonts()).write(report, place, indicator, population, os);
            }
        });
        return new Written(pdf, items);
    }

    private interface FileWork {
        int write(Path tmp) throws IOException;
    }

    private static int atomically(Path out, FileWork work) {
        Path target = out.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            // a name of our own rather than createTempFile, so the file gets the usual permissions
            tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
            int items = work.write(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return items;
        } catch (IOException e) {
            LOG.warn("could not write {}", target, e);
            throw new UserError("report.file.cannotWrite", target.toString(), vn.tramyte.common.IoReason.of(e));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is left behind; the target is untouched
                }
            }
        }
    }
}
