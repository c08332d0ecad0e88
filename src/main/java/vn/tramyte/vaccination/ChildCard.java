package vn.tramyte.vaccination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The child's vaccination card on a day: each child dose of the catalogue with the date it was
 * given or the date it is due, and "fully immunized". Doses after the day are ignored, so a card
 * for a past day shows what was known then. Verdicts are the stored ones.
 */
public final class ChildCard {
    private final LocalDate birthDate;
    private final LocalDate on;
    private final List<CardEntry> entries;
    private final List<RecordedDose> otherDoses;
    private final List<RecordedDose> known;
    private final VaccineCatalogue catalogue;
    /** Made when first asked for: a due list's 5,000 cards never ask (issue 12). */
    private FullImmunization fullImmunization;

    private ChildCard(LocalDate birthDate, LocalDate on, List<CardEntry> entries, List<RecordedDose> otherDoses,
                      List<RecordedDose> known, VaccineCatalogue catalogue) {
        this.birthDate = birthDate;
        this.on = on;
        this.entries = List.copyOf(entries);
        this.otherDoses = List.copyOf(otherDoses);
        this.known = known;
        this.catalogue = catalogue;
    }

    public static ChildCard of(LocalDate birth, List<RecordedDose> doses, VaccineCatalogue catalogue, LocalDate on) {
        return of(birth, doses, catalogue, on, ScheduleSettings.defaults());
    }

    public static ChildCard of(LocalDate birth, List<RecordedDose> doses, VaccineCatalogue catalogue, LocalDate on,
                               ScheduleSettings settings) {
        // loops, not streams: a due list builds a card for each of a commune's 1,700 children (issue 12)
        List<RecordedDose> known = new ArrayList<>(doses.size());
        for (RecordedDose r : doses) {
            if (!r.date().isAfter(on)) {
                known.add(r);
            }
        }
        // entries follow the catalogue's display order, not its series grouping: each goes to its place
        CardEntry[] inDisplayOrder = new CardEntry[catalogue.all().size()];
        Set<String> childCodes = new HashSet<>();
        for (String series : catalogue.seriesNames()) {
            List<Vaccine> seriesDoses = catalogue.series(series);
            if (seriesDoses.get(0).target() != Target.CHILD) {
                continue; // a series is for one group only: the women's doses are not on the child's card
            }
            CardEntry previous = null;
            for (Vaccine v : seriesDoses) {
                previous = entry(v, previous, birth, known, on, settings);
                inDisplayOrder[catalogue.displayIndex(v.code())] = previous;
                childCodes.add(v.code());
            }
        }
        List<CardEntry> entries = new ArrayList<>(inDisplayOrder.length);
        for (CardEntry e : inDisplayOrder) {
            if (e != null) {
                entries.add(e);
            }
        }
        List<RecordedDose> others = new ArrayList<>();
        for (RecordedDose r : known) {
            if (!childCodes.contains(r.vaccineCode())) {
                others.add(r);
            }
        }
        return new ChildCard(birth, on, entries, others, known, catalogue);
    }

    private static CardEntry entry(Vaccine v, CardEntry previous, LocalDate birth, List<RecordedDose> known,
                                   LocalDate on, ScheduleSettings settings) {
        Optional<RecordedDose> valid = ScheduleRules.validDose(known, v.code(), on);
        if (valid.isPresent()) {
            return new CardEntry(v, CardStatus.GIVEN, valid.get(), null, null);
        }
        RecordedDose invalid = null;
        for (RecordedDose r : known) {
            if (r.vaccineCode().equals(v.code()) && (invalid == null || r.date().isAfter(invalid.date()))) {
                invalid = r;
            }
        }
        LocalDate due = null;
        DueStatus status;
        if (previous != null && previous.status() != CardStatus.GIVEN) {
            // only the next dose of a series can be due: PENTA2 waits for a valid PENTA1
            LocalDate last = v.lastValidDate(birth);
            boolean gone = previous.due() == DueStatus.NOT_APPLICABLE || !v.scheduledFor(birth)
                    || last != null && on.isAfter(last);
            status = gone ? DueStatus.NOT_APPLICABLE : DueStatus.NOT_YET_DUE;
        } else {
            due = ScheduleRules.dueDate(v, birth, previous == null ? null : previous.dose().date());
            status = ScheduleRules.status(v, birth, due, on, settings);
        }
        return new CardEntry(v, invalid == null ? status.cardStatus() : CardStatus.INVALID, invalid, due, status);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** The day the card describes (today, or a chosen vaccination day). */
    public LocalDate on() {
        return on;
    }

    /** Every child dose of the catalogue, in catalogue order. */
    public List<CardEntry> entries() {
        return entries;
    }

    public Optional<CardEntry> entry(String code) {
        String c = VaccineCatalogue.normalizeCode(code);
        return entries.stream().filter(e -> e.vaccine().code().equals(c)).findFirst();
    }

    /** The doses to give on the card's day: due or overdue, including doses to give again. */
    public List<CardEntry> dueOrOverdue() {
        return entries.stream().filter(CardEntry::dueOrOverdue).toList();
    }

    /** Recorded doses that are not child doses of this catalogue (a code since removed, a woman's dose). */
    public List<RecordedDose> otherDoses() {
        return otherDoses;
    }

    public FullImmunization fullImmunization() {
        FullImmunization made = fullImmunization;
        if (made == null) { // made twice at worst, the same each time: a card is read on one thread anyway
            made = FullImmunization.of(birthDate, known, catalogue, on);
            fullImmunization = made;
        }
        return made;
    }
}
