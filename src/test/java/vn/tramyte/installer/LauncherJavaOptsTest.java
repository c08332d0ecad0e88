package vn.tramyte.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's launcher ({@code target/app/bin/tramyte}, from src/main/launcher) passes JAVA_OPTS to the
 * JVM (issue 12), so a user or a test can give the program a heap limit: the real script, in a folder laid
 * out as the build lays out target/app (JavaFX's jars in javafx/, the program's jar and its libraries in
 * lib/), run with the real Java: the JVM reports the heap limit JAVA_OPTS set, and a system property set
 * there reaches the program ({@code tramyte --version} still answers).
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherJavaOptsTest {
    /** Named as the build names it (tramyte-VERSION.jar), which the launcher looks for. */
    private static final String PROGRAM_JAR = "tramyte-0.0.0-test.jar";

    @TempDir
    Path app;

    @Test
    void javaOptsReachTheJvmOfTheLauncher() throws Exception {
        String out = version("-Xmx321m -XshowSettings:all -Dtramyte.launcherTest=yes");
        assertTrue(out.contains("Max. Heap Size: 321.00M"), out);
        assertTrue(out.contains("tramyte.launcherTest = yes"), out);
        assertTrue(out.contains("tramyte "), out); // the program ran after the options
    }

    /**
     * The program's jar comes first on the class path, before H2's: its {@code org.h2.security.AES} (the
     * JDK's AES) replaces H2's own (decision 0017), which the wildcard's order alone would not promise.
     */
    @Test
    void theProgramsJarIsFirstOnTheClassPath() throws Exception {
        String out = version("-XshowSettings:properties");
        String first = out.lines().filter(l -> l.contains("java.class.path = ")).findFirst().orElseThrow().trim();
        assertTrue(first.endsWith(File.separator + "lib" + File.separator + PROGRAM_JAR), out);
        assertTrue(out.contains("h2-"), out); // the libraries follow
    }

    @Test
    void withoutJavaOptsTheProgramStartsAsBefore() throws Exception {
        String out = version(null);
        assertTrue(out.contains("tramyte ") && !out.contains("321.00M"), out);
    }

    /** {@code tramyte --version} through the laid-out launcher with these JAVA_OPTS (none: null): its output. */
    private String version(String javaOpts) throws Exception {
        layOutApp();
        Process p = launcher(javaOpts, "--version");
        String out = output(p);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** bin/tramyte (the real script), javafx/ and lib/ as target/app has them; the program's classes as a jar. */
    private void layOutApp() throws IOException {
        Path bin = Files.createDirectories(app.resolve("bin"));
        Path javafx = Files.createDirectories(app.resolve("javafx"));
        Path lib = Files.createDirectories(app.resolve("lib"));
        Path script = bin.resolve("tramyte");
        Files.copy(Path.of("src/main/launcher/tramyte"), script);
        assertTrue(script.toFile().setExecutable(true));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            String name = jar.getFileName().toString();
            if (!name.endsWith(".jar")) {
                continue;
            }
            if (name.matches("javafx-[a-z]+-[0-9.]+-(linux|mac)\\.jar")) {
                Files.createSymbolicLink(javafx.resolve(name), jar.toAbsolutePath());
            } else if (!name.startsWith("javafx-")) {
                Files.createSymbolicLink(lib.resolve(name), jar.toAbsolutePath());
            }
        }
        jar(Path.of("target/classes"), lib.resolve(PROGRAM_JAR));
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    private Process launcher(String javaOpts, String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(app.resolve("bin/tramyte").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("JAVA_OPTS");
        if (javaOpts != null) {
            pb.environment().put("JAVA_OPTS", javaOpts);
        }
        return pb.start();
    }

    private static String output(Process p) throws Exception {
        try (var in = p.getInputStream()) {
            String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), out);
            return out;
        }
    }
}
