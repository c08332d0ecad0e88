package vn.tramyte.reliability;

import java.nio.file.Path;
import vn.tramyte.app.Services;
import vn.tramyte.testing.TestStation;

/** A program that keeps a data folder open (as a window does) until it is killed. */
public final class HoldChild {
    private HoldChild() {
    }

    public static void main(String[] args) throws Exception {
        Services s = TestStation.open(Path.of(args[0]));
        System.out.println("OPEN " + s.setup().installation().orElseThrow().place().code());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
