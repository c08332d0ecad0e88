package vn.tramyte.reliability;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import vn.tramyte.app.Services;
import vn.tramyte.person.PersonDraft;
import vn.tramyte.person.Sex;
import vn.tramyte.testing.TestStation;

/**
 * A program that imports many people written aside (decision 0018) and, once the copy has committed its
 * first transactions, says "WRITING" and waits inside the write to be killed: the power cut in the middle.
 */
public final class AsideWriteChild {
    private AsideWriteChild() {
    }

    public static void main(String[] args) throws Exception {
        Services s = TestStation.open(Path.of(args[0]));
        s.database().writeAside(TestStation.WORKER, tx -> tx.bulk(() -> {
            for (int i = 0; i < 6_200; i++) { // more than the 5,000 lines of the copy's first transaction
                s.people().saveImported(tx, TestStation.MUONG_KIM, new PersonDraft(null, "Lò Thị Hoa", Sex.FEMALE,
                        LocalDate.of(1998, 4, 12).plusDays(i % 700), false, null, null, null, null, null, null),
                        "R" + i, Optional.empty(), Optional.empty());
            }
            System.out.println("WRITING");
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }
}
