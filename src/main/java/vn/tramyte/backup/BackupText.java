package vn.tramyte.backup;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.tramyte.common.Messages;
import vn.tramyte.db.BackupContents;
import vn.tramyte.db.RestoreResult;

/** The sentences about a backup, the same on the command line and in the window. */
public final class BackupText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private BackupText() {
    }

    public static String when(LocalDateTime at) {
        return at.format(WHEN);
    }

    /** "Backup of 22/11/2026 18:30: 412 people, 1,208 vaccine doses, …". */
    public static String contents(Messages m, BackupContents c) {
        return m.format("backup.contents", when(c.madeAt()), c.people(), c.doses(), c.measurements(), c.pregnancies(),
                c.visits(), c.deliveries(), c.deaths());
    }

    /** What the backup holds, the question, and for a station what a restore loses and what stays safe at the centre. */
    public static String question(Messages m, BackupContents c) {
        StringBuilder sb = new StringBuilder(contents(m, c)).append("\n\n")
                .append(m.format("backup.restore.question", when(c.madeAt())));
        if (c.station()) {
            sb.append("\n\n").append(m.format("backup.restore.stationWarning", when(c.madeAt())));
        } else if ("CENTRE".equals(c.mode())) {
            sb.append("\n\n").append(m.format("backup.restore.centreWarning", when(c.madeAt())));
        }
        return sb.toString();
    }

    public static String done(Messages m, RestoreResult r) {
        String done = r.keptCurrent().isPresent()
                ? m.format("backup.restore.done", when(r.restored().madeAt()), r.keptCurrent().get().toString())
                : m.format("backup.restore.doneNothingKept", when(r.restored().madeAt()));
        return r.migrations() > 0 ? done + " " + m.get("backup.restore.migrated") : done;
    }
}
