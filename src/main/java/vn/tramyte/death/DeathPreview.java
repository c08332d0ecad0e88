package vn.tramyte.death;

/**
 * What the form shows while a death is typed: the classes, the age, whether the maternal
 * question is asked, and whether her records show her pregnant (or delivered at most 42 days
 * before) on the day of death, so the form can propose "yes".
 */
public record DeathPreview(DeathClassification classification, Integer ageYears, boolean asksPregnancyQuestion,
                           boolean pregnancyOnRecord) {
}
