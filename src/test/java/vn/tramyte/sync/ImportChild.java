package vn.tramyte.sync;

import java.nio.file.Path;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestClock;

/** A separate program that starts an import and stops in the middle of it, to be killed there. */
public final class ImportChild {
    private ImportChild() {
    }

    public static void main(String[] args) throws Exception {
        Services centre = vn.tramyte.testing.TestStation.open(Path.of(args[0]));
        centre.sync().onTableApplied(table -> {
            if (table.equals("person")) {
                System.out.println("MIDDLE " + table);
                System.out.flush();
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        centre.sync().importFile(Path.of(args[1]));
        System.out.println("FINISHED");
    }
}
