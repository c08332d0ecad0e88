package vn.tramyte.testing;

import java.nio.file.Path;
import vn.tramyte.app.Services;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Mode;

/** Opens real services on a temp folder, set up as a station or a centre. */
public final class TestStation {
    public static final String MUONG_KIM = "03637";
    public static final String WORKER = "Lò Thị Hương";

    private TestStation() {
    }

    public static Services station(Path dir) {
        Services s = Services.open(dir, TestClock.fixed());
        s.setup().setUp(Mode.STATION, CodeList.Y2025, MUONG_KIM, WORKER);
        return s;
    }

    /** Opens a folder set up earlier, with the tests' clock. */
    public static Services open(Path dir) {
        return Services.open(dir, TestClock.fixed());
    }

    public static Services centre(Path dir) {
        Services s = Services.open(dir, TestClock.fixed());
        s.setup().setUp(Mode.CENTRE, CodeList.Y2024, "110", "Nguyễn Thị Thu Hà");
        return s;
    }
}
