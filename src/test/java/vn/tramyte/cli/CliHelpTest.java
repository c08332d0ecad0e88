package vn.tramyte.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The command line's help, like every text, in Vietnamese (the default) and English, complete in both. */
class CliHelpTest {
    private static final Set<String> SHARED = Set.of("usage.synopsisHeading", "usage.commandListHeading", "help",
            "version", "data-dir", "lang", "export", "import", "user", "db-url", "db-user");

    private static List<CommandSpec> commands(String language) {
        CommandLine root = Cli.create(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), language);
        List<CommandSpec> all = new ArrayList<>();
        addWithSubcommands(root, all);
        return all;
    }

    /** A command and its subcommands, at every depth ({@code tramyte user add}). */
    private static void addWithSubcommands(CommandLine command, List<CommandSpec> all) {
        all.add(command.getCommandSpec());
        command.getSubcommands().values().forEach(c -> addWithSubcommands(c, all));
    }

    @Test
    void bothLanguagesHaveTheSameHelpKeys() {
        assertEquals(new TreeSet<>(Cli.helpTexts("vi").keySet()), new TreeSet<>(Cli.helpTexts("en").keySet()));
    }

    @Test
    void everyCommandOptionAndParameterHasItsTextInBothLanguages() {
        for (String language : List.of("vi", "en")) {
            for (CommandSpec c : commands(language)) {
                String[] description = c.usageMessage().description();
                assertTrue(description.length > 0 && !description[0].isBlank(), c.qualifiedName() + " in " + language);
                List<ArgSpec> args = new ArrayList<>(c.options());
                args.addAll(c.positionalParameters());
                for (ArgSpec a : args) {
                    assertTrue(a.description().length > 0 && !a.description()[0].isBlank(),
                            c.qualifiedName() + " " + a.paramLabel() + " in " + language);
                }
            }
        }
    }

    @Test
    void everyHelpKeyNamesACommandOrAnOptionThatExists() {
        Set<String> known = new TreeSet<>(SHARED);
        for (CommandSpec c : commands("vi")) {
            String prefix = c.qualifiedName(".") + ".";
            for (var o : c.options()) {
                known.add(prefix + o.longestName().replaceFirst("^-+", ""));
            }
            for (var p : c.positionalParameters()) {
                known.add(prefix + p.descriptionKey());
            }
        }
        ResourceBundle en = Cli.helpTexts("en");
        for (String key : en.keySet()) {
            String section = key.replaceFirst("^tramyte(\\.[a-z0-9-]+)*\\.usage\\.", "usage.");
            boolean usageOfACommand = !section.equals(key) && commands("vi").stream()
                    .anyMatch(c -> key.startsWith(c.qualifiedName(".") + ".usage."));
            assertTrue(known.contains(key) || usageOfACommand, "unused help key " + key);
        }
    }

    @Test
    void helpIsInVietnameseUnlessEnglishIsAsked() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Cli.run(new String[] {"export", "--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream())));
        String vi = out.toString(StandardCharsets.UTF_8);
        assertTrue(vi.startsWith("Cách dùng: tramyte export"), vi);
        assertTrue(vi.contains("Tạo gói dữ liệu của trạm gửi trung tâm"), vi);
        assertTrue(vi.contains("Thư mục dữ liệu"), vi);

        out.reset();
        Cli.run(new String[] {"export", "--help", "--lang", "en"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        String en = out.toString(StandardCharsets.UTF_8);
        assertTrue(en.startsWith("Usage: tramyte export"), en);
        assertTrue(en.contains("Make this station's data package for its centre"), en);
        assertFalse(en.contains("Tạo gói"), en);
    }
}
