package vn.tramyte.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A second, real Java process running one of the test mains on this class path: another program on the same computer. */
public final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final List<String> lines = new ArrayList<>();

    private ChildProcess(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    public static ChildProcess start(Class<?> main, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                // the program's own logging (nothing on the console, the log in the data folder), not the tests'
                "-Dlogback.configurationFile=" + ChildProcess.class.getResource("/logback-program.xml"),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ChildProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Reads the child's output up to the first line starting with the prefix; null when the child ended before. */
    public String waitForLine(String prefix) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    /** Everything the child printed so far, for a failing assertion's message. */
    public String printed() {
        return String.join("\n", lines);
    }

    /** SIGKILL: no shutdown hook, no close, no rollback by the program: what a power cut leaves is on the disk. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child did not end");
        }
    }

    /** Waits for the child to end by itself and returns its exit code. */
    public int exitCode() throws IOException, InterruptedException {
        while (waitForLine("\u0000") != null) {
            // read everything so the child never blocks on a full pipe
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child did not end");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
