package vn.tramyte.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tramyte.app.Services;
import vn.tramyte.audit.AuditFilter;
import vn.tramyte.audit.AuditLine;
import vn.tramyte.audit.AuditService;
import vn.tramyte.audit.ReadableLine;
import vn.tramyte.common.Messages;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditCheck;
import vn.tramyte.person.PersonRow;

/**
 * {@code tramyte audit [--person P] [--by USER] [--from D] [--to D]}: who changed what and when, in
 * words, newest first, one line each (tab-separated); {@code --verify}: whether the log is whole,
 * and if not from which line it was changed (exit 1).
 */
@Command(name = "audit", mixinStandardHelpOptions = true)
public final class AuditCommand extends GlobalCommand {
    @Option(names = "--person", paramLabel = "PERSON")
    String person;

    /** {@code --user} is who runs the command (every command's); the lines of a user are asked with {@code --by}. */
    @Option(names = "--by", paramLabel = "USER")
    String user;

    @Option(names = "--from", paramLabel = "DATE")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE")
    LocalDate to;

    @Option(names = "--verify")
    boolean verify;

    @Override
    public Integer call() {
        Messages m = global.messages();
        PrintWriter out = spec.commandLine().getOut();
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserError("audit.error.toBeforeFrom");
        }
        try (Services services = global.open()) {
            AuditService audit = services.audit();
            if (verify) {
                AuditCheck check = audit.check();
                out.println(new vn.tramyte.audit.AuditWords(m, audit.zone()).verdict(check));
                return check.whole() ? Cli.OK : Cli.USER_ERROR;
            }
            AuditFilter filter = new AuditFilter(null, blankToNull(user), from, to, null);
            if (person != null) {
                PersonRow who = audit.person(person);
                filter = filter.withPerson(who.id());
                out.println(m.format("cli.audit.person", who.fullName(),
                        vn.tramyte.common.DateText.show(who.birthDate(), who.birthYearOnly())));
            }
            List<AuditLine> lines = audit.lines(filter);
            boolean more = lines.size() > AuditService.LIMIT;
            List<ReadableLine> read = audit.read(more ? lines.subList(0, AuditService.LIMIT) : lines, m);
            for (ReadableLine l : read) {
                out.println(String.join("\t", l.when(), l.who(), l.record(), l.kind(), l.action(), l.what()));
            }
            out.println(more ? m.format("cli.audit.more", AuditService.LIMIT) : m.format("cli.audit.count", read.size()));
        }
        return Cli.OK;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
