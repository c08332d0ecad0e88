package vn.tramyte.reliability;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import vn.tramyte.cli.Cli;
import vn.tramyte.testing.TestClock;

/** The command line in a process of its own, as a user runs it (the tests' clock). */
public final class CliChild {
    private CliChild() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        // a script's environment: the tests' administrator unless the test gives another
        java.util.Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        environment.putIfAbsent("TRAMYTE_USER", vn.tramyte.testing.TestStation.ADMIN_LOGIN);
        environment.putIfAbsent("TRAMYTE_PASSWORD", vn.tramyte.testing.TestStation.PASSWORD);
        System.exit(Cli.run(args, out, err, TestClock.fixed(), environment, null));
    }
}
