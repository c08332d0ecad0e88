package vn.tramyte.reliability;

import java.nio.file.Path;
import java.time.LocalDate;
import vn.tramyte.app.Services;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;

/**
 * A program that saves one person as the window does, says "saved" with how many times the
 * database was forced to the disk meanwhile, then waits to be killed.
 */
public final class SaveChild {
    private SaveChild() {
    }

    public static void main(String[] args) throws Exception {
        Services s = TestStation.open(Path.of(args[0]));
        long before = s.database().forcedToDisk();
        s.people().save(TestStation.WORKER, new PersonDraft(null, args[1], Sex.FEMALE, LocalDate.of(1997, 3, 8),
                false, "03", null, null, null, null, null), "Bản Đốc");
        System.out.println("SAVED forced=" + (s.database().forcedToDisk() - before));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
