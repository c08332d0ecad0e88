package vn.tramyte.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.tramyte.person.Sex;
import vn.tramyte.place.Village;

/** A person of a demo commune while its history is made: who she is, and what has happened to her so far. */
final class Resident {
    final UUID id;
    final String name;
    final Sex sex;
    final LocalDate birth;
    final DemoPeople.Group group;
    final Village village;
    final Resident mother;
    /** A woman's children take their father's family name. */
    String childrenSurname;
    /** When a woman's next child would come, as her family goes on (from her births before the start). */
    LocalDate nextBirth;
    /** The first day a woman can give birth in the demo (a newly married one: nine months after her wedding). */
    LocalDate earliestBirth = LocalDate.MIN;
    /** How many children a woman wants (she stops there). */
    int wantedChildren;
    /** The birth days of a woman's children (those who moved away too): her parity. */
    final List<LocalDate> births = new ArrayList<>();
    /** The days the demo has planned her births since the start (before they are recorded). */
    final List<LocalDate> plannedBirths = new ArrayList<>();
    /** A woman's tetanus doses, oldest first: code and day. */
    final List<String> tetanusCodes = new ArrayList<>();
    final List<LocalDate> tetanusDates = new ArrayList<>();
    LocalDate died;

    Resident(UUID id, String name, Sex sex, LocalDate birth, DemoPeople.Group group, Village village,
             Resident mother) {
        this.id = id;
        this.name = name;
        this.sex = sex;
        this.birth = birth;
        this.group = group;
        this.village = village;
        this.mother = mother;
    }

    boolean minority() {
        return !group.code().equals(DemoPeople.KINH.code());
    }

    boolean aliveOn(LocalDate day) {
        return !day.isBefore(birth) && (died == null || !day.isAfter(died));
    }

    /** The last day anything can happen to her: the day before today's records end, or her death. */
    LocalDate lastDay(LocalDate today) {
        return died == null || died.isAfter(today) ? today : died;
    }

    /** Her last child's birth day, planned ones included; null before her first. */
    LocalDate lastBirth() {
        if (!plannedBirths.isEmpty()) {
            return plannedBirths.get(plannedBirths.size() - 1);
        }
        return births.isEmpty() ? null : births.get(births.size() - 1);
    }

    void tetanus(String code, LocalDate day) {
        tetanusCodes.add(code);
        tetanusDates.add(day);
    }
}
