package vn.tramyte.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tramyte.common.UserError;
import vn.tramyte.db.Database;
import vn.tramyte.db.Tx;
import vn.tramyte.nutrition.NutritionService;
import vn.tramyte.place.CodeList;
import vn.tramyte.place.Installation;
import vn.tramyte.place.Mode;
import vn.tramyte.place.Place;
import vn.tramyte.place.PlaceService;
import vn.tramyte.place.Village;
import vn.tramyte.plan.Indicator;
import vn.tramyte.plan.PlanTarget;
import vn.tramyte.plan.Population;
import vn.tramyte.plan.TargetService;
import vn.tramyte.vaccination.TetanusStatus;
import vn.tramyte.vaccination.VaccinationService;
import vn.tramyte.vaccination.Vaccine;

/**
 * The plan's indicators (DOMAIN.md §7) for a period: at a centre one row per commune and the
 * centre's total, at a station one row per village and the commune's total; each rate with its
 * numerator, denominator, 95% interval, stability, the year's target and a verdict, for everyone
 * and for ethnic minorities; each commune says up to when its data has arrived. The window, the
 * command line and every export call this one service.
 */
public final class ReportService {
    /** The enums' values once: a report counts each of its records against them (values() copies each call). */
    private static final Indicator[] INDICATORS = Indicator.values();
    private static final Population[] POPULATIONS = Population.values();

    private final Database db;
    private final ReportRepository repository;
    private final PlaceService places;
    private final TargetService targets;
    private final VaccinationService vaccination;
    private final NutritionService nutrition;

    public ReportService(Database db, ReportRepository repository, PlaceService places, TargetService targets,
                         VaccinationService vaccination, NutritionService nutrition) {
        this.db = db;
        this.repository = repository;
        this.places = places;
        this.targets = targets;
        this.vaccination = vaccination;
        this.nutrition = nutrition;
    }

    public LocalDate today() {
        return LocalDate.now(db.clock());
    }

    /** @throws UserError when the installation is not set up, or the commune asked for is not one of its rows */
    public Report report(ReportRequest request) {
        Installation inst = places.installation().orElseThrow(() -> new UserError("report.error.notSetUp"));
        CodeList list = request.codeListOrDefault();
        List<ReportPlace> layout = inst.mode() == Mode.PROVINCE ? provinceLayout(inst.place(), list, request)
                : inst.mode() == Mode.CENTRE ? centreLayout(inst.place(), list, request)
                : stationLayout(inst.place());
        ReportPlace total = layout.get(layout.size() - 1);
        Period period = request.period();
        List<Vaccine> childSet = vaccination.catalogue().fullImmunizationSet();
        List<String> tetanus = vaccination.catalogue().series(TetanusStatus.SERIES).stream().map(Vaccine::code)
                .toList();
        boolean everyStation = inst.mode() == Mode.STATION || request.commune() == null;
        List<String> stations = everyStation ? null : total.stations();
        // the reads that need nothing else first (weighings, doses, visits) on a second connection and core
        java.util.concurrent.CompletableFuture<Facts.Bulk> bulk = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> db.read(tx -> repository.bulk(tx, period.from(), period.to(), stations, tetanus)));
        Facts.All facts;
        try {
            facts = db.read(tx -> repository.read(tx, period.from(), period.to(), stations,
                    childSet.stream().map(Vaccine::code).toList(), () -> Entries.joined(bulk)));
        } finally {
            bulk.cancel(false);
        }
        Set<String> wanted = new HashSet<>(total.stations());
        List<Entry> entries = new Entries(period, nutrition, vaccination,
                station -> everyStation || wanted.contains(station)).of(facts);
        List<ReportPlace> rows = new ArrayList<>(layout);
        if (inst.mode().supervises() && request.commune() == null) {
            rows = withStationsOutsideTheList(rows, entries);
        }
        if (inst.mode() == Mode.STATION || request.commune() != null) {
            rows = withUnknownVillage(rows, entries);
        }
        rows = arrivals(rows, inst.mode(), period);
        Map<String, BigDecimal> planned = new HashMap<>();
        for (PlanTarget t : targets.targets()) {
            planned.put(targetKey(t.codeList(), t.placeCode(), t.year(), t.indicator(), t.population()), t.target());
        }
        Map<String, List<Entry>> byStation = new HashMap<>();
        entries.forEach(e -> byStation.computeIfAbsent(e.stationCode(), k -> new ArrayList<>()).add(e));
        List<ReportRow> out = new ArrayList<>();
        for (ReportPlace place : rows) {
            out.add(row(place, byStation, planned, period.targetYear()));
        }
        return new Report(period, list, inst.mode(), inst.place(), out, today(), entries);
    }

    /**
     * At the province: each centre's communes, then the centre's row summing them, and the province's
     * total last; with a commune asked for, that commune's villages as at its centre.
     */
    private List<ReportPlace> provinceLayout(Place province, CodeList list, ReportRequest request) {
        List<ReportPlace> rows = new ArrayList<>();
        List<ReportPlace> communes = new ArrayList<>();
        for (Place centre : places.centresOf(province)) {
            List<ReportPlace> ofCentre = communesOf(centre, list);
            communes.addAll(ofCentre);
            rows.addAll(ofCentre);
            rows.add(new ReportPlace(ReportPlace.Level.CENTRE, centre.codeList(), centre.code(), centre.name(),
                    ofCentre.stream().flatMap(c -> c.stations().stream()).toList(), null, null, false));
        }
        if (request.commune() != null) {
            return communeLayout(communes, list, request.commune());
        }
        rows.add(new ReportPlace(ReportPlace.Level.TOTAL, province.codeList(), province.code(), province.name(),
                communes.stream().flatMap(c -> c.stations().stream()).toList(), null, null, false));
        return rows;
    }

    /** A centre's communes: its stations (2024), or the 2025 communes they were merged into. */
    private List<ReportPlace> communesOf(Place centre, CodeList list) {
        List<ReportPlace> communes = new ArrayList<>();
        if (list == CodeList.Y2025) {
            places.communes2025Of(centre).forEach((commune, old) -> communes.add(new ReportPlace(
                    ReportPlace.Level.COMMUNE, CodeList.Y2025, commune.code(), commune.name(),
                    old.stream().map(Place::code).toList(), null, null, false)));
        } else {
            places.stationsOf(centre).forEach(s -> communes.add(new ReportPlace(ReportPlace.Level.COMMUNE,
                    s.codeList(), s.code(), s.name(), List.of(s.code()), null, null, false)));
        }
        return communes;
    }

    private List<ReportPlace> centreLayout(Place centre, CodeList list, ReportRequest request) {
        List<ReportPlace> communes = communesOf(centre, list);
        if (request.commune() != null) {
            return communeLayout(communes, list, request.commune());
        }
        List<String> all = communes.stream().flatMap(c -> c.stations().stream()).toList();
        communes.add(new ReportPlace(ReportPlace.Level.TOTAL, centre.codeList(), centre.code(), centre.name(), all,
                null, null, false));
        return communes;
    }

    /** One commune's villages and the commune's total. */
    private List<ReportPlace> communeLayout(List<ReportPlace> communes, CodeList list, String code) {
        ReportPlace commune = communes.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new UserError("report.error.unknownCommune", code, list.code(),
                        String.join(", ", communes.stream().map(c -> c.code() + " " + c.name()).toList())));
        List<ReportPlace> rows = new ArrayList<>(villages(commune.stations()));
        rows.add(new ReportPlace(ReportPlace.Level.TOTAL, commune.codeList(), commune.code(), commune.name(),
                commune.stations(), null, null, false));
        return rows;
    }

    private List<ReportPlace> stationLayout(Place station) {
        List<ReportPlace> rows = new ArrayList<>(villages(List.of(station.code())));
        rows.add(new ReportPlace(ReportPlace.Level.TOTAL, station.codeList(), station.code(), station.name(),
                List.of(station.code()), null, null, false));
        return rows;
    }

    /** The villages of some stations in Vietnamese alphabetical order (Đ after D), each named once. */
    private List<ReportPlace> villages(List<String> stations) {
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        List<ReportPlace> rows = new ArrayList<>();
        for (String station : stations) {
            for (Village v : places.villages(station)) {
                rows.add(new ReportPlace(ReportPlace.Level.VILLAGE, null, v.id().toString(), v.name(),
                        List.of(station), v.id(), null, false));
            }
        }
        rows.sort(java.util.Comparator.comparing(ReportPlace::name, vietnamese));
        return rows;
    }

    /** Records of a station that is none of the listed communes get a row of their own: nothing is dropped. */
    private static List<ReportPlace> withStationsOutsideTheList(List<ReportPlace> rows, List<Entry> entries) {
        Set<String> listed = new HashSet<>();
        rows.forEach(r -> listed.addAll(r.stations()));
        Set<String> others = new java.util.TreeSet<>();
        entries.stream().map(Entry::stationCode).filter(s -> !listed.contains(s)).forEach(others::add);
        if (others.isEmpty()) {
            return rows;
        }
        List<ReportPlace> out = new ArrayList<>(rows.subList(0, rows.size() - 1));
        for (String code : others) {
            out.add(new ReportPlace(ReportPlace.Level.COMMUNE, null, code, code, List.of(code), null, null, false));
        }
        ReportPlace total = rows.get(rows.size() - 1);
        List<String> all = new ArrayList<>(total.stations());
        all.addAll(others);
        out.add(new ReportPlace(total.level(), total.codeList(), total.code(), total.name(), all, null, null, false));
        return out;
    }

    /** Records whose village is not known get a row, so the villages add up to the commune. */
    private static List<ReportPlace> withUnknownVillage(List<ReportPlace> rows, List<Entry> entries) {
        ReportPlace total = rows.get(rows.size() - 1);
        if (entries.stream().noneMatch(e -> e.villageId() == null && total.holds(e))) {
            return rows;
        }
        List<ReportPlace> out = new ArrayList<>(rows.subList(0, rows.size() - 1));
        out.add(new ReportPlace(ReportPlace.Level.VILLAGE, null, "", "", total.stations(), null, null, false));
        out.add(total);
        return out;
    }

    /** Up to when each row's data has arrived: at a centre the newest data package of each of its stations. */
    private List<ReportPlace> arrivals(List<ReportPlace> rows, Mode mode, Period period) {
        Map<String, LocalDate> until = new HashMap<>();
        if (mode == Mode.CENTRE) {
            Map<String, OffsetDateTime> newest = db.read(repository::newestDataPackages);
            newest.forEach((station, at) -> until.put(station, at.atZoneSameInstant(db.clock().getZone())
                    .toLocalDate()));
        } else if (mode == Mode.PROVINCE) {
            // a station's data is as fresh as the newest upward package of its centre
            Map<String, OffsetDateTime> newest = db.read(tx -> repository.newestPackages(tx, "UPWARD"));
            Installation inst = places.installation().orElseThrow();
            for (Place centre : places.centresOf(inst.place())) {
                OffsetDateTime at = newest.get(centre.code());
                if (at != null) {
                    places.stationsOf(centre).forEach(s -> until.put(s.code(),
                            at.atZoneSameInstant(db.clock().getZone()).toLocalDate()));
                }
            }
        } else {
            rows.forEach(r -> r.stations().forEach(s -> until.put(s, today())));
        }
        List<ReportPlace> out = new ArrayList<>();
        for (ReportPlace r : rows) {
            LocalDate earliest = null;
            boolean missing = r.stations().isEmpty();
            for (String s : r.stations()) {
                LocalDate d = until.get(s);
                if (d == null) {
                    missing = true;
                } else if (earliest == null || d.isBefore(earliest)) {
                    earliest = d;
                }
            }
            LocalDate dataUntil = missing ? null : earliest;
            out.add(new ReportPlace(r.level(), r.codeList(), r.code(), r.name(), r.stations(), r.villageId(),
                    dataUntil, dataUntil != null && !dataUntil.isBefore(period.to())));
        }
        return out;
    }

    private static ReportRow row(ReportPlace place, Map<String, List<Entry>> byStation, Map<String, BigDecimal> planned,
                                 int year) {
        long[][] counts = new long[INDICATORS.length * POPULATIONS.length][2];
        for (String station : new java.util.LinkedHashSet<>(place.stations())) {
            for (Entry e : byStation.getOrDefault(station, List.of())) {
                if (!place.holdsOfItsStations(e)) {
                    continue;
                }
                for (Population p : POPULATIONS) {
                    if (p == Population.ETHNIC_MINORITY && !e.ethnicMinority()) {
                        continue;
                    }
                    long[] c = counts[e.indicator().ordinal() * POPULATIONS.length + p.ordinal()];
                    c[0] += e.numerator() ? 1 : 0;
                    c[1] += e.denominator() ? 1 : 0;
                }
            }
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (Indicator i : INDICATORS) {
            for (Population p : POPULATIONS) {
                long[] c = counts[i.ordinal() * POPULATIONS.length + p.ordinal()];
                Estimate estimate = Estimate.of(i, c[0], c[1]);
                BigDecimal target = place.level() == ReportPlace.Level.VILLAGE || place.codeList() == null ? null
                        : planned.get(targetKey(place.codeList(), place.code(), year, i, p));
                cells.put(ReportRow.key(i, p), new Cell(i, p, estimate, target, Verdict.of(i, estimate, target)));
            }
        }
        return new ReportRow(place, cells);
    }

    private static String targetKey(CodeList list, String place, int year, Indicator i, Population p) {
        return list.code() + "/" + place + "/" + year + "/" + i.code() + "/" + p.code();
    }

    /** The benchmark's floor: one pass counting each table's rows in the period. */
    public long countRowsIn(Period period) {
        return db.read((Tx tx) -> repository.countRowsIn(tx, period.from(), period.to()));
    }
}
