package vn.tramyte.csvimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.tramyte.person.EthnicGroups;
import vn.tramyte.testing.TestClock;

/** The CSV fixtures of src/test/resources/csvimport and the context the tests check against. */
final class Fixtures {
    static final ImportContext CONTEXT = new ImportContext(TestClock.TODAY, EthnicGroups.loadBundled());

    private Fixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Objects.requireNonNull(Fixtures.class.getResourceAsStream("/csvimport/" + name), name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CsvTable read(ImportFile file, String fileName, String text) {
        return new CsvTableReader().read(file, fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    static CsvTable readResource(ImportFile file, String resource) {
        return new CsvTableReader().read(file, file.fileName(), resource(resource));
    }

    /** Problems reduced to what the report shows, for readable assertions: line column=value key. */
    static List<String> brief(List<ImportProblem> problems) {
        List<String> out = new ArrayList<>();
        for (ImportProblem p : problems) {
            out.add(p.line() + " " + (p.column() == null ? "-" : p.column())
                    + (p.value() == null ? "" : "=" + p.value()) + " " + p.key());
        }
        return out;
    }

    /** Reads every column of persons.csv as the persons feature will, collecting problems. */
    static List<ImportProblem> checkPersons(CsvTable table) {
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        for (CsvRow row : table.rows()) {
            RowReader r = new RowReader(row, CONTEXT, problems::add);
            r.ref("ref");
            r.text("full_name");
            r.sex("sex");
            r.birthDate("birth_date");
            r.ethnicity("ethnicity");
            r.text("village");
            r.ref("mother_ref");
            r.text("personal_id");
            r.text("insurance_no");
            r.text("phone");
        }
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return problems;
    }

    /** Reads every column of measurements.csv with plausible ranges for a child under five. */
    static List<ImportProblem> checkMeasurements(CsvTable table) {
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        for (CsvRow row : table.rows()) {
            RowReader r = new RowReader(row, CONTEXT, problems::add);
            r.ref("person_ref");
            r.date("date");
            r.decimal("weight_kg", 0.5, 60);
            r.decimal("length_cm", 38, 150);
            r.code("position", ContractCodes.POSITIONS);
            r.yesNo("oedema");
            r.integer("muac_mm", 50, 300);
        }
        return problems;
    }
}
