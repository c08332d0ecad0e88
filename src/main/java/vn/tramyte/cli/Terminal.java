package vn.tramyte.cli;

import java.io.Console;

/** The console a person types at: a login name and hidden passwords. Absent for scripts (no console). */
public interface Terminal {
    String readLine(String prompt);

    char[] readPassword(String prompt);

    /** The system's console, or null when there is none (a script, a pipe, a test). */
    static Terminal ofSystem() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        return new Terminal() {
            @Override
            public String readLine(String prompt) {
                return console.readLine("%s", prompt);
            }

            @Override
            public char[] readPassword(String prompt) {
                return console.readPassword("%s", prompt);
            }
        };
    }
}
