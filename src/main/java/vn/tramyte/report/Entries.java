package vn.tramyte.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import vn.tramyte.antenatal.AncAssessment;
import vn.tramyte.antenatal.Attendant;
import vn.tramyte.antenatal.Pregnancy;
import vn.tramyte.antenatal.PregnancyDates;
import vn.tramyte.antenatal.Trimester;
import vn.tramyte.death.DeathClass;
import vn.tramyte.nutrition.Assessment;
import vn.tramyte.nutrition.MeasurementRules;
import vn.tramyte.nutrition.NutritionService;
import vn.tramyte.nutrition.growth.NutritionStatus;
import vn.tramyte.nutrition.growth.Position;
import vn.tramyte.plan.Indicator;
import vn.tramyte.vaccination.DoseVerdict;
import vn.tramyte.vaccination.FullImmunization;
import vn.tramyte.vaccination.GivenDose;
import vn.tramyte.vaccination.RecordedDose;
import vn.tramyte.vaccination.TetanusProtection;
import vn.tramyte.vaccination.VaccinationService;
import vn.tramyte.vaccination.VaccineCatalogue;
import vn.tramyte.vaccination.Vaccinee;

/**
 * Turns what the repository read into counted records, applying each rule where its owner keeps
 * it (DOMAIN.md §7; docs/decisions/0007). Reason arguments starting with {@code #} are message
 * keys, translated when shown.
 */
final class Entries {
    private static final List<Indicator> PER_LIVE_BIRTH = List.of(Indicator.IMR, Indicator.U5MR, Indicator.MMR,
            Indicator.FULL_IMMUNIZATION);

    private final Period period;
    private final NutritionService nutrition;
    private final VaccinationService vaccination;
    private final Predicate<String> counted;
    private final List<Entry> out = new ArrayList<>();

    /** @param counted the stations whose records this report counts */
    Entries(Period period, NutritionService nutrition, VaccinationService vaccination, Predicate<String> counted) {
        this.period = period;
        this.nutrition = nutrition;
        this.vaccination = vaccination;
        this.counted = counted;
    }

    /**
     * The counted records in a fixed order (births, deaths, weighings, full immunization, deliveries).
     * The weighings' z-scores, the biggest part at a centre, are computed on a second thread while
     * this one does the rest (two cores; docs/decisions/0007).
     */
    List<Entry> of(Facts.All facts) {
        Entries weighings = new Entries(period, nutrition, vaccination, counted);
        CompletableFuture<List<Entry>> nutritionEntries = CompletableFuture.supplyAsync(() -> {
            weighings.measurements(facts.measurements());
            return weighings.out;
        });
        facts.liveBirths().forEach(this::liveBirth);
        facts.registeredBirths().forEach(this::registeredBirth);
        facts.deaths().forEach(this::death);
        Entries rest = new Entries(period, nutrition, vaccination, counted);
        rest.fullImmunization(facts.youngChildren(), facts.childDoses());
        Map<UUID, List<GivenDose>> doses = new HashMap<>();
        facts.womenDoses().forEach(d -> doses.computeIfAbsent(d.womanId(), k -> new ArrayList<>())
                .add(GivenDose.at(d.vaccineCode(), d.givenOn())));
        for (Facts.DeliveryFact d : facts.deliveries()) {
            rest.delivery(d, facts.visitsByPregnancy().getOrDefault(d.pregnancyId(), List.of()),
                    doses.getOrDefault(d.woman().id(), List.of()));
        }
        out.addAll(joined(nutritionEntries));
        out.addAll(rest.out);
        return out;
    }

    /** The result of work done on another thread, its failure as the caller's own. */
    static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private void add(Indicator indicator, String station, Facts.Who who, boolean minority, boolean numerator,
                     boolean denominator, Event event, LocalDate date, String reasonKey, String... args) {
        if (!counted.test(station)) {
            return;
        }
        out.add(new Entry(indicator, station, who.villageId(), who.villageName(), minority, numerator, denominator,
                who.id(), who.fullName(), who.birthDate(), who.birthYearOnly(), event, date, reasonKey,
                List.of(args)));
    }

    // ---- births: the denominator of the mortality ratios and of full immunization

    private void liveBirth(Facts.LiveBirth b) {
        Facts.Who child = b.child() != null ? b.child() : b.mother();
        boolean minority = b.child() != null && b.child().ethnicityCode() != null ? b.child().ethnicMinority()
                : b.mother().ethnicMinority();
        Facts.Who shown = b.child() != null && b.child().villageId() == null ? withVillageOf(child, b.mother()) : child;
        for (Indicator i : PER_LIVE_BIRTH) {
            add(i, b.stationCode(), shown, minority, false, true, Event.LIVE_BIRTH, b.deliveryDate(),
                    "report.why.liveBirth", b.mother().fullName());
        }
    }

    private static Facts.Who withVillageOf(Facts.Who who, Facts.Who other) {
        return new Facts.Who(who.id(), who.fullName(), who.birthDate(), who.birthYearOnly(), who.sex(),
                other.villageId(), other.villageName(), who.ethnicityList(), who.ethnicityCode(),
                who.motherEthnicityList(), who.motherEthnicityCode());
    }

    private void registeredBirth(Facts.RegisteredBirth b) {
        for (Indicator i : PER_LIVE_BIRTH) {
            add(i, b.stationCode(), b.child(), b.child().ethnicMinority(), false, true, Event.REGISTERED_BIRTH,
                    b.child().birthDate(), "report.why.registeredBirth");
        }
    }

    // ---- deaths: the numerators of the mortality ratios, by the classes stored with the death

    private void death(Facts.DeathFact d) {
        Set<String> classes = Set.of(d.classes().split(","));
        String age = ageText(d.who(), d.deathDate());
        if (classes.contains(DeathClass.INFANT.name())) {
            add(Indicator.IMR, d.stationCode(), d.who(), d.who().ethnicMinority(), true, false, Event.DEATH,
                    d.deathDate(), "report.why.infantDeath", age);
        }
        if (classes.contains(DeathClass.UNDER_FIVE.name())) {
            add(Indicator.U5MR, d.stationCode(), d.who(), d.who().ethnicMinority(), true, false, Event.DEATH,
                    d.deathDate(), "report.why.underFiveDeath", age);
        }
        if (classes.contains(DeathClass.MATERNAL.name())) {
            add(Indicator.MMR, d.stationCode(), d.who(), d.who().ethnicMinority(), true, false, Event.DEATH,
                    d.deathDate(), "report.why.maternalDeath");
        }
    }

    /** Age at an event as the list shows it: days under two months, months under two years, else years. */
    static String ageText(Facts.Who who, LocalDate on) {
        if (who.birthDate() == null || who.birthYearOnly() || on.isBefore(who.birthDate())) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(who.birthDate(), on);
        long months = ChronoUnit.MONTHS.between(who.birthDate(), on);
        if (months < 2) {
            return nested("report.age.days", days);
        }
        return months < 24 ? nested("report.age.months", months) : nested("report.age.years", months / 12);
    }

    /** A reason's argument that is itself a message (see {@link Entry#reason}). */
    static String nested(String key, Object... args) {
        StringBuilder text = new StringBuilder("#").append(key);
        for (Object a : args) {
            text.append('|').append(a);
        }
        return text.toString();
    }

    // ---- nutrition: each child's latest measurement in the period that gives each z-score

    private enum Nutrition {
        UNDERWEIGHT(Indicator.UNDERWEIGHT, vn.tramyte.nutrition.growth.Indicator.WAZ),
        STUNTING(Indicator.STUNTING, vn.tramyte.nutrition.growth.Indicator.HAZ),
        WASTING(Indicator.WASTING, vn.tramyte.nutrition.growth.Indicator.WHZ);

        final Indicator indicator;
        final vn.tramyte.nutrition.growth.Indicator z;
        /** The z-score's name as a reason's argument: one text for every weighing (a centre has 100,000s). */
        final String zName;

        Nutrition(Indicator indicator, vn.tramyte.nutrition.growth.Indicator z) {
            this.indicator = indicator;
            this.z = z;
            this.zName = nested(z.messageKey());
        }

        boolean measuredBy(Facts.MeasurementFact m) {
            switch (this) {
                case UNDERWEIGHT:
                    return m.weightKg() != null || m.oedema();
                case STUNTING:
                    return m.lengthCm() != null;
                default:
                    return m.weightKg() != null && m.lengthCm() != null || m.oedema();
            }
        }
    }

    private void measurements(List<Facts.MeasurementFact> all) {
        // one pass: per child, the latest measurement that gives each z-score
        Map<UUID, Facts.MeasurementFact[]> latest = new LinkedHashMap<>();
        Nutrition[] kinds = Nutrition.values();
        for (Facts.MeasurementFact m : all) {
            if (m.child().sex() == null || !underFive(m.child().birthDate(), m.date())) {
                continue;
            }
            Facts.MeasurementFact[] own = latest.computeIfAbsent(m.child().id(), k -> new Facts.MeasurementFact[3]);
            for (Nutrition n : kinds) {
                Facts.MeasurementFact before = own[n.ordinal()];
                if (n.measuredBy(m) && (before == null || m.date().isAfter(before.date()))) {
                    own[n.ordinal()] = m;
                }
            }
        }
        Map<Facts.MeasurementFact, Assessment> assessed = new java.util.IdentityHashMap<>();
        for (Facts.MeasurementFact[] own : latest.values()) {
            for (Nutrition n : kinds) {
                Facts.MeasurementFact m = own[n.ordinal()];
                if (m != null) {
                    nutritionEntry(n, m, assessed.computeIfAbsent(m, this::assess));
                }
            }
        }
    }

    private static boolean underFive(LocalDate birth, LocalDate on) {
        return !on.isBefore(birth) && ChronoUnit.DAYS.between(birth, on) < MeasurementRules.FIRST_DAY_WITHOUT_SCORES;
    }

    private Assessment assess(Facts.MeasurementFact m) {
        Position position = m.position() == null ? null : Position.parse(m.position()).orElse(null);
        return nutrition.assess(m.child().sex(), m.child().birthDate(), m.date(), m.weightKg(), m.lengthCm(), position,
                m.oedema());
    }

    private void nutritionEntry(Nutrition n, Facts.MeasurementFact m, Assessment a) {
        Facts.Who child = m.child();
        boolean minority = child.ethnicMinority();
        Double z = a.scores().get(n.z);
        java.util.Optional<NutritionStatus> status = a.status(n.z);
        if (status.isEmpty()) {
            add(n.indicator, m.stationCode(), child, minority, false, false, Event.WEIGHING, m.date(),
                    "report.why.noScore", n.zName);
            return;
        }
        if (z != null && a.scores().flags().contains(n.z.implausibleFlag())) {
            add(n.indicator, m.stationCode(), child, minority, false, false, Event.WEIGHING, m.date(),
                    "report.why.implausible", n.zName, zText(z));
            return;
        }
        boolean below = status.get().belowMinusTwo();
        if (m.oedema() && n.z.weightBased()) {
            add(n.indicator, m.stationCode(), child, minority, below, true, Event.WEIGHING, m.date(),
                    "report.why.oedema");
        } else {
            add(n.indicator, m.stationCode(), child, minority, below, true, Event.WEIGHING, m.date(),
                    "report.why.zscore", n.zName, zText(z));
        }
    }

    /** As WHO prints it (the owner's rounding; String.format cost a tenth of a centre's report). */
    private static String zText(double z) {
        return vn.tramyte.nutrition.growth.ZScoreRounding.format(z);
    }

    // ---- full immunization: the day the last dose of the set was given, before the first birthday

    private void fullImmunization(List<Facts.Who> children, List<Facts.ChildDose> doses) {
        VaccineCatalogue catalogue = vaccination.catalogue();
        Map<UUID, List<Facts.ChildDose>> byChild = doses.stream()
                .collect(Collectors.groupingBy(Facts.ChildDose::childId));
        for (Facts.Who child : children) {
            List<Facts.ChildDose> own = byChild.get(child.id());
            if (own == null) {
                continue;
            }
            List<RecordedDose> recorded = own.stream()
                    .map(d -> new RecordedDose(GivenDose.at(d.vaccineCode(), d.givenOn()), DoseVerdict.VALID)).toList();
            FullImmunization f = FullImmunization.of(child.birthDate(), recorded, catalogue, period.to());
            if (!f.completed() || f.completedOn().isBefore(period.from()) || f.completedOn().isAfter(period.to())) {
                continue;
            }
            String station = own.stream().filter(d -> d.givenOn().equals(f.completedOn()))
                    .map(Facts.ChildDose::stationCode).sorted().findFirst().orElseThrow();
            add(Indicator.FULL_IMMUNIZATION, station, child, child.ethnicMinority(), true, false,
                    Event.FULLY_IMMUNIZED, f.completedOn(), "report.why.fullyImmunized",
                    ageText(child, f.completedOn()));
        }
    }

    // ---- deliveries: antenatal visits, the attendant and tetanus protection of each woman delivering

    private void delivery(Facts.DeliveryFact d, List<LocalDate> visits, List<GivenDose> tetanusDoses) {
        Facts.Who woman = d.woman();
        boolean minority = woman.ethnicMinority();
        Pregnancy p = new Pregnancy(d.pregnancyId(), woman.id(), d.lmp(), PregnancyDates.eddFromLmp(d.lmp()), null,
                null, null, d.deliveryDate());
        AncAssessment anc = AncAssessment.of(p, visits, false, d.deliveryDate());
        String[] counts = {String.valueOf(anc.visitCount()), String.valueOf(anc.visitsIn(Trimester.FIRST)),
            String.valueOf(anc.visitsIn(Trimester.SECOND)), String.valueOf(anc.visitsIn(Trimester.THIRD))};
        add(Indicator.ANC3, d.stationCode(), woman, minority, anc.threeVisitsInThreeTrimesters(), true,
                Event.DELIVERY, d.deliveryDate(), "report.why.visits", counts);
        add(Indicator.ANC4, d.stationCode(), woman, minority, anc.fourOrMoreVisits(), true, Event.DELIVERY,
                d.deliveryDate(), "report.why.visits", counts);
        Attendant attendant = Attendant.fromCode(d.attendant()).orElse(Attendant.OTHER);
        add(Indicator.SKILLED_BIRTH, d.stationCode(), woman, minority, attendant.trained(), true, Event.DELIVERY,
                d.deliveryDate(), "report.why.attendant", nested(attendant.messageKey()));
        TetanusProtection protection = woman.birthDate() == null || woman.sex() == null ? TetanusProtection.NONE
                : vaccination.tetanusProtection(new Vaccinee(woman.birthDate(), woman.sex()), tetanusDoses, d.lmp(),
                        d.deliveryDate());
        add(Indicator.TETANUS_PROTECTED, d.stationCode(), woman, minority, protection.isProtected(), true,
                Event.DELIVERY, d.deliveryDate(), "report.why.tetanus",
                nested(protection.messageKey(), protection.messageArgs()));
    }
}
