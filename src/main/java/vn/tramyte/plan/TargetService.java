package vn.tramyte.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.tramyte.common.CsvFileReader;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;

/**
 * The annual plan's targets (DOMAIN.md §7): a centre enters them by importing a file (the
 * columns of the source plans' table) and its stations receive them by sync. The whole set is
 * replaced at once, checked first: a file with one bad line changes nothing.
 */
public final class TargetService {
    /** The table name in the audit log and the name of this reference set in sync packages. */
    public static final String TABLE = "plan_target";
    private static final UUID AUDIT_ROW_ID = UUID.nameUUIDFromBytes("plan_target".getBytes(StandardCharsets.UTF_8));
    /** A file with more problems than this shows the first ones: enough to see what is wrong. */
    static final int PROBLEMS_SHOWN = 20;

    private final Database db;
    /** Who is logged in: every change and export asks it first (issue 13). */
    private final vn.tramyte.security.Session session;
    private final TargetRepository repository;
    private final PlaceService places;

    public TargetService(Database db, TargetRepository repository, PlaceService places, vn.tramyte.security.Session session) {
        this.db = db;
        this.session = session;
        this.repository = repository;
        this.places = places;
    }

    public List<PlanTarget> targets() {
        return db.read(repository::all);
    }

    public int version() {
        return db.read(repository::version);
    }

    /**
     * At a centre: reads a targets file and puts it in force as the next version. A file that
     * cannot be read, has a bad line or names a place outside this centre is refused with every
     * line's problem, and nothing changes. @return the new version
     */
    public int importTargets(String user, Reader in, String fileName) {
        session.require(vn.tramyte.security.Permission.TARGETS);
        CsvFileReader.Read<PlanTarget> read = TargetCsv.read(in, fileName);
        return db.write(user, tx -> putInForce(tx, read, fileName));
    }

    /** The same in a transaction already open (the demo's). */
    public int importTargets(Tx tx, Reader in, String fileName) {
        return putInForce(tx, TargetCsv.read(in, fileName), fileName);
    }

    private int putInForce(Tx tx, CsvFileReader.Read<PlanTarget> read, String fileName) {
        Installation inst = places.installation(tx).orElseThrow(() -> new UserError("target.error.notSetUp"));
        if (!inst.mode().supervises()) {
            throw new UserError("target.error.centreOnly");
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        if (problems.isEmpty() && read.lines().isEmpty()) {
            // a header-only file would delete every target, and the stations would receive the empty set
            throw new UserError("target.file.empty", fileName);
        }
        problems.addAll(placesAndRepeats(inst.place(), read.lines()));
        if (!problems.isEmpty()) {
            throw new UserError(shown(problems));
        }
        List<PlanTarget> targets = read.lines().stream().map(CsvFileReader.Line::value).toList();
        return store(tx, targets, repository.version(tx) + 1);
    }

    /**
     * At a centre: sets one target to a value typed by the user (23.41, or 23,41) and puts the whole
     * set in force as the next version, as an import would, audited with the change; a target the
     * plan did not have yet is added. The value, year and place pass the file's checks.
     *
     * @param target the target to change (its place, year, indicator and population; its value is the old one)
     * @return the new version @throws UserError in one sentence naming the target field, and nothing changes
     */
    public int changeTarget(String user, PlanTarget target, String value) {
        session.require(vn.tramyte.security.Permission.TARGETS);
        BigDecimal number = value == null ? null : TargetCsv.number(value.trim());
        TargetCsv.ValueProblem wrong = TargetCsv.valueProblem(target.indicator(), number);
        if (wrong == TargetCsv.ValueProblem.NOT_A_VALUE) {
            throw new UserError(List.of(Problem.of("target", "target.edit.badValue", String.valueOf(value).trim())));
        }
        if (wrong == TargetCsv.ValueProblem.OVER_HUNDRED) {
            throw new UserError(List.of(Problem.of("target", "target.edit.overHundred", value.trim())));
        }
        if (target.year() < TargetCsv.FIRST_YEAR || target.year() > TargetCsv.LAST_YEAR) {
            throw new UserError(List.of(Problem.of("year", "target.edit.badYear", String.valueOf(target.year()),
                    String.valueOf(TargetCsv.FIRST_YEAR), String.valueOf(TargetCsv.LAST_YEAR))));
        }
        PlanTarget changed = new PlanTarget(target.codeList(), target.placeCode(), target.year(), target.indicator(),
                target.population(), number);
        return db.write(user, tx -> {
            Installation inst = places.installation(tx).orElseThrow(() -> new UserError("target.error.notSetUp"));
            if (!inst.mode().supervises()) {
                throw new UserError("target.error.centreOnly");
            }
            if (!ourPlaces(inst.place()).containsKey(key(changed.codeList(), changed.placeCode()))) {
                throw new UserError(List.of(Problem.of("place_code", "target.edit.notOurPlace", changed.placeCode(),
                        changed.codeList().code(), inst.place().label())));
            }
            List<PlanTarget> set = new ArrayList<>();
            BigDecimal before = null;
            for (PlanTarget t : repository.all(tx)) {
                if (t.key().equals(changed.key())) {
                    before = t.target();
                } else {
                    set.add(t);
                }
            }
            set.add(changed);
            String what = changed.codeList().code() + " " + changed.placeCode() + " " + changed.year() + " "
                    + changed.indicator().code() + " " + changed.population().code() + ": "
                    + (before == null ? "–" : before.toPlainString()) + " → " + number.toPlainString();
            return store(tx, set, repository.version(tx) + 1, what);
        });
    }

    /** The places a centre's plan may name: the centre, its stations and the 2025 communes they form. */
    private Map<String, String> ourPlaces(Place centre) {
        Map<String, String> ours = new HashMap<>();
        ours.put(key(centre.codeList(), centre.code()), centre.name());
        places.stationsOf(centre).forEach(p -> ours.put(key(p.codeList(), p.code()), p.name()));
        // at the province also its centres (decision 0016)
        places.centresOf(centre).forEach(p -> ours.put(key(p.codeList(), p.code()), p.name()));
        // since the 1 July 2025 reform a plan may also be written for the new communes its stations form
        places.communes2025Of(centre).keySet().forEach(p -> ours.put(key(p.codeList(), p.code()), p.name()));
        return ours;
    }

    private List<Problem> placesAndRepeats(Place centre, List<CsvFileReader.Line<PlanTarget>> lines) {
        Map<String, String> ours = ourPlaces(centre);
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvFileReader.Line<PlanTarget> l : lines) {
            PlanTarget t = l.value();
            if (!ours.containsKey(key(t.codeList(), t.placeCode()))) {
                problems.add(Problem.of("place_code", "target.file.notOurPlace", String.valueOf(l.line()), t.placeCode(),
                        t.codeList().code(), centre.label(), centre.codeList().code()));
            }
            Long first = seen.putIfAbsent(t.key(), l.line());
            if (first != null) {
                problems.add(Problem.of(null, "target.file.repeated", String.valueOf(l.line()), String.valueOf(first)));
            }
        }
        return problems;
    }

    private static String key(vn.tramyte.place.CodeList list, String code) {
        return list.code() + ":" + code;
    }

    private static List<Problem> shown(List<Problem> problems) {
        if (problems.size() <= PROBLEMS_SHOWN) {
            return problems;
        }
        List<Problem> first = new ArrayList<>(problems.subList(0, PROBLEMS_SHOWN));
        first.add(Problem.of(null, "target.file.moreProblems", problems.size() - PROBLEMS_SHOWN));
        return first;
    }

    private int store(Tx tx, List<PlanTarget> targets, int version) {
        return store(tx, targets, version, null);
    }

    /** @param change what changed, for the audit line (null: a whole set arrived) */
    private int store(Tx tx, List<PlanTarget> targets, int version, String change) {
        int before = repository.version(tx);
        repository.replace(tx, targets, version);
        long seq = tx.nextChangeSeq();
        tx.audit(TABLE, AUDIT_ROW_ID, AuditAction.UPDATE, seq, "targets_version: " + before + " → " + version + "; "
                + "targets=" + targets.size() + (change == null ? "" : "; target=" + change));
        return version;
    }

    /** Writes the targets in force in the import file's columns, with the places' names for the reader. */
    public void exportTargets(Writer out) throws IOException {
        TargetCsv.write(targets(), placeNames(), out);
    }

    /** Each place's name, looked up once per place (the window shows them beside the targets). */
    public java.util.function.Function<PlanTarget, String> placeNames() {
        Map<String, String> names = new HashMap<>();
        return t -> names.computeIfAbsent(t.codeList().code() + ":" + t.placeCode(), k -> {
            Optional<Place> p = places.find(Mode.CENTRE, t.codeList(), t.placeCode())
                    .or(() -> places.find(Mode.STATION, t.codeList(), t.placeCode()))
                    .or(() -> places.find(Mode.PROVINCE, t.codeList(), t.placeCode()));
            return p.map(Place::name).orElse("");
        });
    }

    // ---- sync: the centre sends its set, a station puts it in force in the import's transaction

    public int version(Tx tx) {
        return repository.version(tx);
    }

    /** The set in force as the targets file (UTF-8). */
    public byte[] file(Tx tx) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            TargetCsv.write(repository.all(tx), placeNames(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * At a station: puts in force the set its centre sent, with the centre's version.
     * @return the number of targets @throws UserError when the file breaks a rule
     */
    public int receive(Tx tx, byte[] file, int version) {
        CsvFileReader.Read<PlanTarget> read = TargetCsv.read(new StringReader(new String(file, StandardCharsets.UTF_8)),
                TABLE);
        if (!read.problems().isEmpty()) {
            throw new UserError(shown(read.problems()));
        }
        List<PlanTarget> targets = read.lines().stream().map(CsvFileReader.Line::value).toList();
        store(tx, targets, version);
        return targets.size();
    }
}
