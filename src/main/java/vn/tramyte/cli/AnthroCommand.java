package vn.tramyte.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tramyte.common.Messages;
import vn.tramyte.nutrition.growth.AnthroCalculator;
import vn.tramyte.nutrition.growth.GrowthStandards;
import vn.tramyte.nutrition.survey.RowProblem;
import vn.tramyte.nutrition.survey.SurveyCalculator;
import vn.tramyte.nutrition.survey.SurveyFormatException;
import vn.tramyte.nutrition.survey.SurveyResult;

/** {@code tramyte anthro}: WHO z-scores for a survey CSV file, without any database. */
@Command(name = "anthro", mixinStandardHelpOptions = true)
public final class AnthroCommand implements Callable<Integer>, GlobalOptions.WithGlobalOptions {
    private static final Logger LOG = LoggerFactory.getLogger(AnthroCommand.class);
    private static final int ALL_ROWS_READ = 0;
    private static final int SOME_ROWS_BAD = 1;
    private static final int NOTHING_WRITTEN = 2;

    @Option(names = "--in", required = true, paramLabel = "FILE")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    private Messages m;

    private final Supplier<AnthroCalculator> calculator;

    /** Reads the bundled WHO tables when the command runs, not when the command line is built. */
    public AnthroCommand() {
        this(() -> new AnthroCalculator(GrowthStandards.loadBundled()));
    }

    /** For a composition root that already holds a calculator. */
    public AnthroCommand(Supplier<AnthroCalculator> calculator) {
        this.calculator = calculator;
    }

    @Override
    public GlobalOptions global() {
        return global;
    }

    @Override
    public Integer call() {
        m = global.messages();
        PrintWriter err = spec.commandLine().getErr();
        String problem = checkFiles();
        if (problem != null) {
            err.println(spec.qualifiedName() + ": " + problem);
            return NOTHING_WRITTEN;
        }
        SurveyResult result;
        try {
            result = new SurveyCalculator(calculator.get()).calculate(in, out);
        } catch (SurveyFormatException e) {
            err.println(spec.qualifiedName() + ": " + m.format("anthro.error.format", in.toString(), m.format(e.key(), e.args())));
            return NOTHING_WRITTEN;
        } catch (IOException e) {
            err.println(spec.qualifiedName() + ": " + describe(e));
            return NOTHING_WRITTEN;
        }
        spec.commandLine().getOut().println(m.format("anthro.summary", result.rows(), result.scored(),
                result.badRows()));
        for (RowProblem p : result.problems()) {
            err.println(m.format("anthro.line", p.line(), m.format(p.reason().messageKey(), p.column(), p.value())));
        }
        err.flush();
        return result.badRows() == 0 ? ALL_ROWS_READ : SOME_ROWS_BAD;
    }

    /** The mistakes worth one clear sentence before any work starts; {@code null} when none. */
    private String checkFiles() {
        if (!Files.isRegularFile(in)) {
            return m.format("anthro.error.inputMissing", in.toString());
        }
        if (!Files.isReadable(in)) {
            return m.format("anthro.error.inputUnreadable", in.toString());
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return m.format("anthro.error.outFolderMissing", out.toString());
        }
        if (Files.isDirectory(out)) {
            return m.format("anthro.error.outIsFolder", out.toString());
        }
        if (out.toAbsolutePath().normalize().equals(in.toAbsolutePath().normalize())) {
            return m.get("anthro.error.outIsIn");
        }
        return null;
    }

    /** The file the system named (or the input), and why in words; the system's own text goes to the log. */
    private String describe(IOException e) {
        LOG.warn("anthro {} -> {} failed", in, out, e);
        String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : in.toString();
        if (e instanceof NoSuchFileException) {
            return m.format("anthro.error.noSuchFile", file);
        }
        if (e instanceof AccessDeniedException) {
            return m.format("anthro.error.accessDenied", file);
        }
        return m.format("anthro.error.io", file, vn.tramyte.common.IoReason.of(e));
    }
}
