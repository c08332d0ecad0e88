package vn.tramyte.reliability;

import java.nio.file.Path;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestStation;

/** Opens a test data folder in a program of its own and prints how many people it holds (DiskFullTest). */
public final class CountPeople {
    private CountPeople() {
    }

    public static void main(String[] args) {
        try (Services s = TestStation.open(Path.of(args[0]))) {
            System.out.println(s.people().all().size());
        }
    }
}
