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

/** The centre demo's plan targets: the rows of the source plans (shared reference) for Than Uyên and its communes. */
final class DemoTargets {
    static final String SEED_PLANS = "/reference/targets-seed-plans.csv";

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
        try (var in = DemoTargets.class.getResourceAsStream(SEED_PLANS);
             var lines = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, SEED_PLANS),
                     StandardCharsets.UTF_8)).lines()) {
            lines.forEach(line -> {
                String[] cells = line.split(",", -1);
                if (file.length() == 0 || cells.length > 1 && ours.contains(cells[1])) {
                    file.append(line).append('\n');
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        targets.importTargets(tx, new StringReader(file.toString()), SEED_PLANS);
    }
}
