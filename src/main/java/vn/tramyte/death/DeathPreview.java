package vn.tramyte.death;

/** What the form shows while a death is typed: the classes, the age and whether the maternal question is asked. */
public record DeathPreview(DeathClassification classification, Integer ageYears, boolean asksPregnancyQuestion) {
}
