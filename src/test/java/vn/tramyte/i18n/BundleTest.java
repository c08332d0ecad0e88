package vn.tramyte.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible text is in both languages, and no key is missing or left unused. */
class BundleTest {
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
    /** Dotted literals in the code that are file names or system properties, not message keys. */
    private static final Set<String> NOT_KEYS = Set.of("i18n.messages", "java.vendor", "java.version",
            "javafx.properties", "javafx.runtime.version", "os.name", "settings.properties", "tramyte.lock",
            "tramyte.log", "tramyte.strictThreads", "user.home");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Set<String> keysUsedInCode() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    if (!NOT_KEYS.contains(m.group(1))) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return used;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages_vi.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyUsedInTheCodeIsInTheBundles() throws IOException {
        Set<String> missing = new TreeSet<>(keysUsedInCode());
        missing.removeAll(load("messages_vi.properties").stringPropertyNames());
        assertTrue(missing.isEmpty(), "keys used in the code but missing from the bundles: " + missing);
    }

    @Test
    void everyKeyOfTheBundlesIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(load("messages_vi.properties").stringPropertyNames());
        unused.removeAll(keysUsedInCode());
        assertTrue(unused.isEmpty(), "keys in the bundles that no code uses: " + unused);
    }

    @Test
    void everyMessageIsAValidPatternWithTheSameArgumentsInBothLanguages() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        for (String key : vi.stringPropertyNames()) {
            int viArgs = new MessageFormat(vi.getProperty(key)).getFormatsByArgumentIndex().length;
            int enArgs = new MessageFormat(en.getProperty(key)).getFormatsByArgumentIndex().length;
            assertEquals(viArgs, enArgs, "arguments of " + key);
            assertTrue(!vi.getProperty(key).isBlank(), key);
        }
    }

    /**
     * A message with arguments goes through MessageFormat, which needs '' for an apostrophe; one
     * without is shown as written, so '' there would show twice ("the child''s").
     */
    @Test
    void apostrophesShowOnceOnScreen() throws IOException {
        for (String bundle : new String[] {"messages_vi.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                boolean formatted = new MessageFormat(text).getFormatsByArgumentIndex().length > 0;
                if (formatted) {
                    assertTrue(!text.replace("''", "").contains("'"), bundle + " " + key + ": write '' in " + text);
                } else {
                    assertTrue(!text.contains("''"), bundle + " " + key + ": write ' in " + text);
                }
            }
        }
    }

    @Test
    void vietnameseTextHasItsDiacritics() throws IOException {
        Properties vi = load("messages_vi.properties");
        assertEquals("Người dân", vi.getProperty("nav.people"));
        assertEquals("Tiêm chủng", vi.getProperty("nav.vaccination"));
    }
}
