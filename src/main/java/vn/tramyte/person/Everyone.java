package vn.tramyte.person;

import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import vn.tramyte.db.Database;

/**
 * {@link PersonService#all}: the pages that search everyone (people, vaccination, deaths, antenatal, transfer)
 * share one read-only list until the database is next written, so a centre's 200,000 rows are held once, not
 * once per page (issue 12: the centre with every page visited runs in -Xmx512m). The list is read again after
 * any write of this program ({@link Database#writeCount}), and every time on a server, where others write too.
 */
final class Everyone {
    private final Database db;
    private final Supplier<List<PersonRow>> read;
    private final AtomicReference<Read> last = new AtomicReference<>();

    Everyone(Database db, Supplier<List<PersonRow>> read) {
        this.db = db;
        this.read = read;
    }

    List<PersonRow> get() {
        OptionalLong before = db.writeCount(); // counted before the read: a write meanwhile makes the next one read
        Read previous = last.get();
        if (previous != null && before.isPresent() && previous.writeCount() == before.getAsLong()) {
            return previous.rows();
        }
        List<PersonRow> rows = Collections.unmodifiableList(read.get());
        last.set(before.isPresent() ? new Read(before.getAsLong(), rows) : null);
        return rows;
    }

    /** The list as read after that many writes. */
    private record Read(long writeCount, List<PersonRow> rows) {
    }
}
