package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tramyte.db.Tx;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonService;
import vn.tramyte.place.PlaceService;
import vn.tramyte.vaccination.GivenDose;
import vn.tramyte.vaccination.VaccinationService;
import vn.tramyte.vaccination.Vaccinee;

/**
 * Pregnancy cards, read in the caller's transaction: each pregnancy with its woman, visits,
 * delivery and assessment, her tetanus protection decided by vaccination (the catalogue in force).
 */
final class PregnancyCards {
    private final AntenatalRepository repository;
    private final PersonService people;
    private final PlaceService places;
    private final VaccinationService vaccination;
    private final CardsRepository reads;

    PregnancyCards(AntenatalRepository repository, PersonService people, PlaceService places,
                   VaccinationService vaccination) {
        this.repository = repository;
        this.people = people;
        this.places = places;
        this.vaccination = vaccination;
        this.reads = new CardsRepository(repository);
    }

    /** The card of one pregnancy on a reference day. */
    Optional<PregnancyCard> card(Tx tx, UUID pregnancyId, LocalDate reference) {
        return repository.pregnancy(tx, pregnancyId).flatMap(p -> people.row(tx, p.womanId())
                .map(w -> card(p, w, repository.visitsOf(tx, p.id()), repository.deliveryOf(tx, p.id())
                        .orElse(null), herVisits(tx, p.womanId()), vaccination.doses(tx, w.id()).stream()
                        .map(d -> d.dose()).toList(), reference)));
    }

    private List<StoredVisit> herVisits(Tx tx, UUID womanId) {
        List<StoredVisit> all = new ArrayList<>();
        for (Pregnancy p : repository.pregnanciesOf(tx, womanId)) {
            all.addAll(repository.visitsOf(tx, p.id()));
        }
        return all;
    }

    private PregnancyCard card(Pregnancy p, PersonRow woman, List<StoredVisit> visits, StoredDelivery delivery,
                               List<StoredVisit> allHerVisits, List<GivenDose> herDoses, LocalDate reference) {
        LocalDate ref = reference.isBefore(p.lmp()) ? p.lmp() : reference;
        boolean protectedOn = tetanusProtected(woman, herDoses, allHerVisits, p, p.lastDayOn(ref));
        AncAssessment a = AncAssessment.ofVisits(p, visits.stream().map(StoredVisit::visit).toList(), protectedOn,
                ref);
        return new PregnancyCard(p, woman, visits, delivery, a, protectedOn);
    }

    /**
     * Her tetanus protection on a day from her tetanus record (the vaccination register, which the
     * visits' TT doses join) and, for visits kept without one, the visits' doses; judged by the
     * vaccination rules.
     */
    private boolean tetanusProtected(PersonRow woman, List<GivenDose> herDoses, List<StoredVisit> herVisits,
                                     Pregnancy p, LocalDate day) {
        if (woman.birthDate() == null || woman.sex() == null) {
            return false;
        }
        List<GivenDose> doses = new ArrayList<>(herDoses);
        herVisits.stream().filter(v -> v.visit().tetanusDose() != null)
                .forEach(v -> doses.add(GivenDose.at(v.visit().tetanusDose().vaccineCode(), v.visit().date())));
        return vaccination.tetanusProtection(new Vaccinee(woman.birthDate(), woman.sex()), doses, p.lmp(), day)
                .isProtected();
    }

    List<PregnancyCard> cards(Tx tx, LocalDate reference, String commune) {
        return cards(tx, reference, commune, null);
    }

    /** The cards of the pregnancies a register's period chooses (all when null), chosen by the database. */
    List<PregnancyCard> cards(Tx tx, LocalDate reference, String commune, CardsRepository.Period period) {
        String station = places.listScope(tx, commune);
        CardsRepository.Reads read = period == null ? reads.all(tx, station) : reads.chosen(tx, station, period);
        Map<UUID, PersonRow> women = new HashMap<>();
        people.pregnant(tx, commune).forEach(r -> women.put(r.id(), r));
        List<Pregnancy> pregnancies = read.pregnancies();
        Map<UUID, List<StoredVisit>> visits = read.visits().stream()
                .collect(Collectors.groupingBy(StoredVisit::pregnancyId));
        Map<UUID, StoredDelivery> deliveries = read.deliveries().stream()
                .collect(Collectors.toMap(StoredDelivery::pregnancyId, Function.identity(), (a, b) -> a));
        Map<UUID, List<GivenDose>> doses = read.doses();
        Map<UUID, List<StoredVisit>> perWoman = new HashMap<>();
        for (Pregnancy p : pregnancies) {
            perWoman.computeIfAbsent(p.womanId(), k -> new ArrayList<>())
                    .addAll(visits.getOrDefault(p.id(), List.of()));
        }
        List<PregnancyCard> cards = new ArrayList<>();
        for (Pregnancy p : pregnancies) {
            PersonRow w = women.get(p.womanId());
            if (w != null && (read.chosen() == null || read.chosen().contains(p.id()))) {
                cards.add(card(p, w, visits.getOrDefault(p.id(), List.of()), deliveries.get(p.id()),
                        perWoman.get(p.womanId()), doses.getOrDefault(w.id(), List.of()), reference));
            }
        }
        return cards;
    }
}
