package vn.tramyte.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: an exception's own text (English, Java's or the system's, often a bare path or SQL)
 * never reaches a sentence for the user; it may only be logged, or read to sort the failure.
 */
class ExceptionTextTest {
    private static final Pattern READS_THE_TEXT = Pattern.compile("\\.(getMessage|getLocalizedMessage|getReason)\\(\\)");
    private static final Pattern LITERAL = Pattern.compile("\"(?:\\\\.|[^\"\\\\\n])*\"|'(?:\\\\.|[^'\\\\])'");
    /** Classes that read an exception's text only to tell which failure it is (never to show it). */
    private static final Set<String> SORT_BY_IT = Set.of("common/IoReason.java", "db/DatabaseTrouble.java");

    /** Every statement that reads an exception's text, outside a logging call: "file:line: statement". */
    static List<String> shownTexts(String file, String source) {
        List<String> found = new ArrayList<>();
        // braces and semicolons inside texts ("cannot write {}") do not end a statement
        Matcher literal = LITERAL.matcher(source);
        StringBuilder masked = new StringBuilder(source);
        while (literal.find()) {
            for (int i = literal.start() + 1; i < literal.end() - 1; i++) {
                masked.setCharAt(i, 'x');
            }
        }
        String code = masked.toString();
        Matcher m = READS_THE_TEXT.matcher(code);
        while (m.find()) {
            int start = Math.max(code.lastIndexOf(';', m.start()), Math.max(code.lastIndexOf('{', m.start()),
                    code.lastIndexOf('}', m.start()))) + 1;
            String statement = source.substring(start, m.end()).strip();
            if (!statement.startsWith("LOG.") && !statement.startsWith("//") && !statement.startsWith("*")) {
                long line = source.substring(0, m.start()).lines().count();
                found.add(file + ":" + line + ": " + statement.replaceAll("\\s+", " "));
            }
        }
        return found;
    }

    @Test
    void noExceptionTextReachesTheUser() throws IOException {
        Path root = Path.of("src/main/java/vn/tramyte");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = root.relativize(f).toString().replace('\\', '/');
                if (!SORT_BY_IT.contains(name)) {
                    found.addAll(shownTexts(name, Files.readString(f)));
                }
            }
        }
        assertTrue(found.isEmpty(), "an exception's text as a sentence's argument (say why in words from the "
                + "bundles, e.g. IoReason.of(e), and log the exception): " + found);
    }

    @Test
    void theScanFindsATextPassedToASentenceAndLetsTheLogHaveIt() {
        String source = """
                class X {
                    void a() {
                        try { f(); } catch (IOException e) {
                            LOG.warn("cannot write {}: {}", file,
                                    e.getMessage());
                            throw new UserError("report.file.cannotWrite", file, e.getMessage());
                        }
                    }
                }
                """;
        List<String> found = shownTexts("X.java", source);
        assertEquals(List.of("X.java:6: throw new UserError(\"report.file.cannotWrite\", file, e.getMessage()"), found);
    }
}
