package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import vn.tramyte.common.SearchText;
import vn.tramyte.db.Database;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.PlaceService;

/** The lists read from the doses of many children: a vaccination day's due list and register A2.1. */
final class VaccinationLists {
    private final Database db;
    private final VaccinationRepository repository;
    private final PersonService people;
    private final PlaceService places;
    private final ScheduleSettings settings;
    private final Supplier<VaccineCatalogue> catalogue;
    private final BiPredicate<PersonRow, LocalDate> isChild;

    VaccinationLists(Database db, VaccinationRepository repository, PersonService people, PlaceService places,
                     ScheduleSettings settings, Supplier<VaccineCatalogue> catalogue,
                     BiPredicate<PersonRow, LocalDate> isChild) {
        this.db = db;
        this.repository = repository;
        this.people = people;
        this.places = places;
        this.settings = settings;
        this.catalogue = catalogue;
        this.isChild = isChild;
    }

    /**
     * The due list of a vaccination day for the chosen villages (all when empty): living children
     * only, grouped by village then name. Each child's id is its person_ref: the ref of the import
     * file it came from, else its id. With overdueWeeks, only the rows overdue by more than
     * that many weeks (the defaulters).
     */
    List<DueRow> dueList(LocalDate day, Set<String> villages, Integer overdueWeeks) {
        DueList list = computeDueList(day, null, villages);
        return overdueWeeks == null ? list.rows() : list.defaulters(overdueWeeks);
    }

    /** Up to this many children a due list reads their doses by their ids; beyond, every dose of the scope. */
    private static final int FEW_PEOPLE = 5_000;

    /**
     * The whole due list of a day for a commune (at a centre; null for all its communes, and at
     * a station its own) and the chosen villages (all when empty), by commune, village, name.
     */
    DueList computeDueList(LocalDate day, String commune, Set<String> villages) {
        Set<String> wanted = villages.stream().map(SearchText::normalize).collect(java.util.stream.Collectors.toSet());
        return db.read(tx -> {
            vn.tramyte.place.Communes communes = places.communes(tx);
            // the children alone, chosen by the database (a tenth of a commune's people), issue 12
            LocalDate bornAfter = day.minusYears(settings.childMaxAgeYears());
            List<PersonRow> children = people.livingBornBetween(tx, commune, bornAfter, day).stream()
                    .filter(p -> isChild.test(p, day))
                    .filter(p -> wanted.isEmpty() || wanted.contains(SearchText.normalize(p.villageName())))
                    .sorted(Comparator.comparing(PersonRow::stationCode, communes.order())
                            .thenComparing(PersonRow::villageName, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(PersonRow::searchName))
                    .toList();
            // their doses by their ids (the index on person), not every dose of the commune with the women's;
            // beyond 5,000: a commune's doses (its index holds all the schedule reads), or at a centre with no
            // commune chosen the children's alone, through their birth dates (not a million doses: 6 s -> 2.5 s)
            boolean few = children.size() <= FEW_PEOPLE;
            List<UUID> ids = few ? children.stream().map(PersonRow::id).toList() : null;
            String scope = places.listScope(tx, commune);
            Map<UUID, List<RecordedDose>> doses = few ? repository.byPerson(tx, null, ids) : scope != null
                    ? repository.scheduleByPerson(tx, scope) : repository.scheduleOfBornBetween(tx, null, bornAfter, day);
            Map<UUID, String> refs = few ? people.importRefsOf(tx, ids)
                    : people.importRefsBornBetween(tx, commune, bornAfter, day);
            List<DueListChild> input = children.stream().map(p -> new DueListChild(
                    PersonService.personRef(refs, p.id()), p.fullName(),
                    p.birthDate(), p.villageName(), p.motherName(), doses.getOrDefault(p.id(), List.of()),
                    communes.name(p.stationCode()))).toList();
            return DueList.compute(input, catalogue.get(), day, settings);
        });
    }

    /**
     * Register A2.1 of a commune (at a centre; null for all its communes, and at a station its
     * own): by commune, then birth date and name, so each commune's children stand together.
     */
    List<RegisterRow> register(int birthYear, String commune) {
        LocalDate today = LocalDate.now(db.clock());
        return db.read(tx -> {
            LocalDate yearBefore = LocalDate.of(birthYear - 1, 12, 31);
            LocalDate lastDay = LocalDate.of(birthYear, 12, 31);
            // that year's children's doses alone (a centre holds 300,000 doses)
            Map<UUID, List<RecordedDose>> doses = repository.scheduleOfBornBetween(tx, places.listScope(tx, commune),
                    yearBefore, lastDay);
            Comparator<String> communeOrder = places.communes(tx).order();
            List<RegisterRow> rows = new ArrayList<>();
            // that year's children alone, chosen by the database (a centre holds 200,000 people)
            for (PersonRow p : people.bornBetween(tx, commune, yearBefore, lastDay)) {
                if (p.birthYearOnly() || p.birthDate().getYear() != birthYear || p.birthDate().isAfter(today)) {
                    continue;
                }
                List<RecordedDose> own = doses.getOrDefault(p.id(), List.of());
                Map<String, LocalDate> dates = new HashMap<>();
                for (RecordedDose r : own) {
                    if (r.isValid()) {
                        dates.merge(r.vaccineCode(), r.date(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
                rows.add(new RegisterRow(p, dates, FullImmunization.of(p.birthDate(), own, catalogue.get(), today)));
            }
            rows.sort(Comparator.comparing((RegisterRow r) -> r.child().stationCode(), communeOrder)
                    .thenComparing(r -> r.child().birthDate())
                    .thenComparing(r -> r.child().searchName()));
            return rows;
        });
    }
}
