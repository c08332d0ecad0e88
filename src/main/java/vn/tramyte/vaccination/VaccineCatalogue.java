package vn.tramyte.vaccination;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tramyte.common.Problem;
import vn.tramyte.common.UserError;

/**
 * The vaccines a station gives and their schedule, in display order. Immutable: a centre's edit
 * makes a new catalogue. Built from the bundled default ({@link #loadDefault()}) or from the
 * rows of the centre's table ({@link #VaccineCatalogue(List)}); both are checked the same way.
 */
public final class VaccineCatalogue {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final List<Vaccine> vaccines;
    private final Map<String, Vaccine> byCode = new LinkedHashMap<>();
    private final Map<String, List<Vaccine>> bySeries = new LinkedHashMap<>();
    private final Map<String, Integer> displayIndex = new java.util.HashMap<>();

    /** @throws UserError when the rows break a rule of {@link #check} */
    public VaccineCatalogue(List<Vaccine> vaccines) {
        List<Problem> problems = check(vaccines);
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        this.vaccines = List.copyOf(vaccines);
        for (Vaccine v : this.vaccines) {
            displayIndex.put(v.code(), displayIndex.size());
            byCode.put(v.code(), v);
            bySeries.computeIfAbsent(v.series(), s -> new ArrayList<>()).add(v);
        }
        bySeries.replaceAll((s, doses) -> doses.stream().sorted(Comparator.comparingInt(Vaccine::dose)).toList());
    }

    /** The catalogue shipped with the program (Circular 10/2024/TT-BYT, with 52/2025 additions). */
    public static VaccineCatalogue loadDefault() {
        return new VaccineCatalogue(CatalogueCsv.readDefault());
    }

    /** Reads a catalogue in the format of the bundled {@code catalogue.csv}. */
    public static VaccineCatalogue read(Reader csv) {
        return new VaccineCatalogue(CatalogueCsv.read(csv, "catalogue"));
    }

    /**
     * What is wrong with a list of catalogue rows, one problem per broken rule. The schedule logic
     * relies on these rules (codes unique, doses numbered 1..n per series, one target per series).
     */
    public static List<Problem> check(List<Vaccine> vaccines) {
        List<Problem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Map<String, List<Vaccine>> series = new LinkedHashMap<>();
        for (Vaccine v : vaccines) {
            checkRow(v, problems);
            if (!codes.add(v.code())) {
                problems.add(Problem.of("code", "vaccination.catalogue.duplicateCode", v.code()));
            }
            series.computeIfAbsent(v.series(), s -> new ArrayList<>()).add(v);
        }
        series.forEach((name, doses) -> {
            List<Integer> numbers = doses.stream().map(Vaccine::dose).sorted().toList();
            for (int i = 0; i < numbers.size(); i++) {
                if (numbers.get(i) != i + 1) {
                    problems.add(Problem.of("dose", "vaccination.catalogue.doseNumbering", name));
                    break;
                }
            }
            if (doses.stream().map(Vaccine::target).distinct().count() > 1) {
                problems.add(Problem.of("target", "vaccination.catalogue.mixedTarget", name));
            }
        });
        return problems;
    }

    private static void checkRow(Vaccine v, List<Problem> problems) {
        if (!CODE.matcher(v.code()).matches()) {
            problems.add(Problem.of("code", "vaccination.catalogue.badCode", v.code()));
        }
        if (!CODE.matcher(v.series()).matches()) {
            problems.add(Problem.of("series", "vaccination.catalogue.badCode", v.series()));
        }
        if (v.nameVi().isBlank() || v.nameEn().isBlank()) {
            problems.add(Problem.of("name", "vaccination.catalogue.nameRequired", v.code()));
        }
        if (v.dueMonths() < 0 || v.minAgeDays() < 0 || v.minIntervalDays() < 0
                || v.maxAgeDays() != null && v.maxAgeDays() < 0) {
            problems.add(Problem.of("minAgeDays", "vaccination.catalogue.negativeValue", v.code()));
        } else if (v.maxAgeDays() != null && v.maxAgeDays() < v.minAgeDays()) {
            problems.add(Problem.of("maxAgeDays", "vaccination.catalogue.maxBeforeMin", v.code()));
        }
    }

    /** Where a dose stands in the display order (0 first); after every dose for a code not in the catalogue. */
    public int displayIndex(String code) {
        return displayIndex.getOrDefault(code, Integer.MAX_VALUE);
    }

    /** Every dose, in display order. */
    public List<Vaccine> all() {
        return vaccines;
    }

    /** The doses for children or for women, in display order. */
    public List<Vaccine> forTarget(Target target) {
        return vaccines.stream().filter(v -> v.target() == target).toList();
    }

    /** Finds a dose by its code, ignoring case and surrounding spaces. */
    public Optional<Vaccine> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(normalizeCode(code)));
    }

    /** The series names in display order (order of their first dose). */
    public List<String> seriesNames() {
        return List.copyOf(bySeries.keySet());
    }

    /** The doses of a series, dose 1 first; empty for an unknown series. */
    public List<Vaccine> series(String series) {
        return bySeries.getOrDefault(series, List.of());
    }

    /** The dose before this one in its series; empty for a first dose. */
    public Optional<Vaccine> previous(Vaccine v) {
        return v.dose() == 1 ? Optional.empty() : Optional.of(series(v.series()).get(v.dose() - 2));
    }

    /** The child doses that make "fully immunized under one" (TCĐĐ), in display order. */
    public List<Vaccine> fullImmunizationSet() {
        return vaccines.stream().filter(v -> v.target() == Target.CHILD && v.fullImmunization()).toList();
    }

    /** The form codes are kept in: trimmed, upper case ("penta1 " is PENTA1). */
    public static String normalizeCode(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
