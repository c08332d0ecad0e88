package vn.tramyte;

import vn.tramyte.cli.Cli;

/**
 * The entry point of the window and the command line. It does not extend Application,
 * so the command line runs where JavaFX is absent (TOOLCHAIN.md §2.14).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int exit = Cli.run(args, System.out, System.err);
        if (exit != Cli.GUI_STARTED) {
            System.exit(exit);
        }
    }
}
