package vn.tramyte.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import vn.tramyte.db.Tx;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;
import vn.tramyte.plan.TargetService;

/**
 * The centre demo's plan targets: the rows of the source plans (shared reference) for Than Uyên
 * and its communes (2024), and targets for 2025 and 2026, for the 2024 communes and for the 2025
 * communes their stations were merged into, invented for practice (no plan sets them).
 */
final class DemoTargets {
    static final String SEED_PLANS = "/reference/targets-seed-plans.csv";
    static final String PRACTICE = "/demo/targets-practice.csv";

    private final PlaceService places;
    private final TargetService targets;

    DemoTargets(PlaceService places, TargetService targets) {
        this.places = places;
        this.targets = targets;
    }

    void load(Tx tx, Place centre) {
        Set<String> ours = new HashSet<>();
        ours.add(centre.code());
        places.stationsOf(centre).forEach(p -> ours.add(p.code()));
        StringBuilder file = new StringBuilder();
        append(file, SEED_PLANS, cells -> cells[0].equals("2024") && ours.contains(cells[1]));
        append(file, PRACTICE, cells -> true);
        targets.importTargets(tx, new StringReader(file.toString()), SEED_PLANS);
    }

    /** The lines of a bundled targets file that are wanted; the header once. */
    private static void append(StringBuilder file, String resource, java.util.function.Predicate<String[]> wanted) {
        try (var in = DemoTargets.class.getResourceAsStream(resource);
             var lines = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, resource),
                     StandardCharsets.UTF_8)).lines()) {
            boolean[] header = {true};
            lines.forEach(line -> {
                String[] cells = line.split(",", -1);
                if (header[0]) {
                    if (file.length() == 0) {
                        file.append(line).append('\n');
                    }
                    header[0] = false;
                } else if (cells.length > 1 && wanted.test(cells)) {
                    file.append(line).append('\n');
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
