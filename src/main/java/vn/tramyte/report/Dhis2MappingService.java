package vn.tramyte.report;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tramyte.common.CsvFileReader;
import vn.tramyte.common.Messages;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;
import vn.tramyte.db.AuditAction;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.Population;

/**
 * Which DHIS2 codes the report's counts go to: defaults that work out of the box, and the
 * centre's edits, imported as a file it edits in a spreadsheet. The whole set is replaced at
 * once, checked line by line first: a file with one bad line changes nothing.
 */
public final class Dhis2MappingService {
    /** The table name in the audit log. */
    public static final String TABLE = "dhis2_mapping";
    private static final UUID AUDIT_ROW_ID = UUID.nameUUIDFromBytes(TABLE.getBytes(StandardCharsets.UTF_8));
    /** A file with more problems than this shows the first ones. */
    static final int PROBLEMS_SHOWN = 20;

    private final Database db;
    /** Who is logged in: every change and export asks it first (issue 13). */
    private final vn.tramyte.security.Session session;
    private final Dhis2MappingRepository repository;
    private final PlaceService places;

    public Dhis2MappingService(Database db, Dhis2MappingRepository repository, PlaceService places, vn.tramyte.security.Session session) {
        this.db = db;
        this.session = session;
        this.repository = repository;
        this.places = places;
    }

    /** The mapping in force. */
    public Dhis2Mapping mapping() {
        return new Dhis2Mapping(db.read(repository::all));
    }

    public int version() {
        return db.read(repository::version);
    }

    /** Every line in force, stored or default: the data set, the ADX attribute, each count, each of our places. */
    public List<Dhis2Line> lines() {
        Dhis2Mapping mapping = mapping();
        List<Dhis2Line> lines = new ArrayList<>();
        lines.add(Dhis2Line.dataSet(mapping.dataSet()));
        lines.add(Dhis2Line.adxCategory(mapping.adxCategory()));
        for (Indicator i : Indicator.values()) {
            for (Population p : Population.values()) {
                for (Dhis2Line.Part part : Dhis2Line.Part.values()) {
                    lines.add(mapping.dataElement(i, p, part));
                }
            }
        }
        for (Place place : ourPlaces().values()) {
            lines.add(Dhis2Line.orgUnit(place.codeList(), place.code(), mapping.orgUnit(place.codeList(), place.code())));
        }
        return lines;
    }

    /** Writes every line in force, with names in the user's language for the reader. */
    public void exportMapping(Writer out, Messages m) throws IOException {
        Map<String, Place> ours = ourPlaces();
        Dhis2MappingCsv.write(lines(), l -> name(l, ours, m), out);
    }

    private static String name(Dhis2Line l, Map<String, Place> ours, Messages m) {
        switch (l.kind()) {
            case DATA_SET:
                return m.get("report.dhis2.name.dataSet");
            case ADX_CATEGORY:
                return m.get("report.dhis2.name.adxCategory");
            case DATA_ELEMENT:
                return m.get(l.indicator().messageKey()) + " – " + m.get(l.part() == Dhis2Line.Part.NUMERATOR
                        ? "report.file.col.numerator" : "report.file.col.denominator") + " – "
                        + m.get(l.population().messageKey());
            default:
                Place p = ours.get(placeKey(l.codeList(), l.placeCode()));
                return p == null ? "" : p.name();
        }
    }

    /**
     * Reads an edited mapping and puts it in force as the next version. A file that cannot be
     * read, has a bad line, names a place that is not ours or sends two counts to one DHIS2 cell
     * is refused with every line's problem, and nothing changes. @return the new version
     */
    public int importMapping(String user, Reader in, String fileName) {
        session.require(vn.tramyte.security.Permission.REPORTS);
        CsvFileReader.Read<Dhis2Line> read = Dhis2MappingCsv.read(in, fileName);
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(placesRepeatsAndClashes(read.lines()));
        if (!problems.isEmpty()) {
            throw new UserError(shown(problems));
        }
        List<Dhis2Line> lines = read.lines().stream().map(CsvFileReader.Line::value).toList();
        return db.write(user, tx -> store(tx, lines));
    }

    private List<Problem> placesRepeatsAndClashes(List<CsvFileReader.Line<Dhis2Line>> lines) {
        Map<String, Place> ours = ourPlaces();
        Installation inst = places.installation().orElseThrow(() -> new UserError("report.error.notSetUp"));
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CsvFileReader.Line<Dhis2Line> l : lines) {
            Dhis2Line d = l.value();
            if (d.kind() == Dhis2Line.Kind.ORG_UNIT && !ours.containsKey(placeKey(d.codeList(), d.placeCode()))) {
                problems.add(Problem.of("place_code", "report.dhis2.file.notOurPlace", String.valueOf(l.line()),
                        d.placeCode(), d.codeList().code(), inst.place().label()));
            }
            Long first = seen.putIfAbsent(d.key(), l.line());
            if (first != null) {
                problems.add(Problem.of(null, "report.dhis2.file.repeated", String.valueOf(l.line()),
                        String.valueOf(first)));
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(clashes(lines, ours));
        }
        return problems;
    }

    /** Two counts sent to the same data element and combo, or two places to one org unit, would overwrite each other. */
    private static List<Problem> clashes(List<CsvFileReader.Line<Dhis2Line>> lines, Map<String, Place> ours) {
        Dhis2Mapping mapping = new Dhis2Mapping(lines.stream().map(CsvFileReader.Line::value).toList());
        Map<String, Long> lineOf = new HashMap<>();
        lines.forEach(l -> lineOf.put(l.value().key(), l.line()));
        List<Problem> problems = new ArrayList<>();
        Map<String, Dhis2Line> cells = new HashMap<>();
        for (Indicator i : Indicator.values()) {
            for (Population p : Population.values()) {
                for (Dhis2Line.Part part : Dhis2Line.Part.values()) {
                    Dhis2Line d = mapping.dataElement(i, p, part);
                    Dhis2Line other = cells.putIfAbsent(d.code() + "\u0000" + d.categoryOptionCombo(), d);
                    if (other != null) {
                        problems.add(clash(d, other, lineOf, "report.dhis2.file.sameCell",
                                "report.dhis2.file.sameCellAsDefault", d.code(),
                                d.categoryOptionCombo().isEmpty() ? "default" : d.categoryOptionCombo()));
                    }
                }
            }
        }
        Map<String, Dhis2Line> units = new HashMap<>();
        for (Place place : ours.values()) {
            Dhis2Line d = Dhis2Line.orgUnit(place.codeList(), place.code(), mapping.orgUnit(place.codeList(),
                    place.code()));
            Dhis2Line other = units.putIfAbsent(place.codeList().code() + "\u0000" + d.code(), d);
            if (other != null) {
                problems.add(clash(d, other, lineOf, "report.dhis2.file.sameOrgUnit",
                        "report.dhis2.file.sameOrgUnitAsDefault", d.code()));
            }
        }
        return problems;
    }

    /**
     * The clash, named by the file's line and the other line, or the other's default code when
     * the other is not in the file. Arguments: the line, the DHIS2 target, the other.
     */
    private static Problem clash(Dhis2Line a, Dhis2Line b, Map<String, Long> lineOf, String twoLines,
                                 String lineAndDefault, Object... target) {
        Long la = lineOf.get(a.key());
        Long lb = lineOf.get(b.key());
        Dhis2Line other = la != null ? b : a;
        Long line = la != null ? la : lb;
        Long otherLine = la != null ? lb : la;
        Object[] args = new Object[2 + target.length];
        args[0] = String.valueOf(line);
        System.arraycopy(target, 0, args, 1, target.length);
        args[1 + target.length] = otherLine != null ? String.valueOf(otherLine) : describe(other);
        return Problem.of("dhis2_code", otherLine != null ? twoLines : lineAndDefault, args);
    }

    private static String describe(Dhis2Line l) {
        return l.kind() == Dhis2Line.Kind.DATA_ELEMENT
                ? l.indicator().code() + "," + l.population().code() + "," + l.part().code()
                : l.codeList().code() + "," + l.placeCode();
    }

    /**
     * The installation's own places: at a centre itself, its stations and the 2025 communes they form; at
     * the province also its centres.
     */
    private Map<String, Place> ourPlaces() {
        Installation inst = places.installation().orElseThrow(() -> new UserError("report.error.notSetUp"));
        Map<String, Place> ours = new LinkedHashMap<>();
        Place self = inst.place();
        ours.put(placeKey(self.codeList(), self.code()), self);
        if (inst.mode() == Mode.PROVINCE) {
            places.centresOf(self).forEach(p -> ours.put(placeKey(p.codeList(), p.code()), p));
        }
        if (inst.mode().supervises()) {
            places.stationsOf(self).forEach(p -> ours.put(placeKey(p.codeList(), p.code()), p));
            places.communes2025Of(self).keySet().forEach(p -> ours.put(placeKey(p.codeList(), p.code()), p));
        }
        return ours;
    }

    private static String placeKey(CodeList list, String code) {
        return list.code() + ":" + code;
    }

    private static List<Problem> shown(List<Problem> problems) {
        if (problems.size() <= PROBLEMS_SHOWN) {
            return problems;
        }
        List<Problem> first = new ArrayList<>(problems.subList(0, PROBLEMS_SHOWN));
        first.add(Problem.of(null, "report.dhis2.file.moreProblems", String.valueOf(problems.size() - PROBLEMS_SHOWN)));
        return first;
    }

    private int store(Tx tx, List<Dhis2Line> lines) {
        int before = repository.version(tx);
        int version = before + 1;
        repository.replace(tx, lines, version);
        long seq = tx.nextChangeSeq();
        tx.audit(TABLE, AUDIT_ROW_ID, AuditAction.UPDATE, seq,
                "dhis2_mapping_version: " + before + " → " + version + "; lines=" + lines.size());
        return version;
    }
}
