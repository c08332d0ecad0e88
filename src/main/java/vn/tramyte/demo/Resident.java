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
    /** How many children a woman wants (she stops there). */
    int wantedChildren;
    /** The birth days of a woman's children (those who moved away too): her parity. */
    final List<LocalDate> births = new ArrayList<>();
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

    void tetanus(String code, LocalDate day) {
        tetanusCodes.add(code);
        tetanusDates.add(day);
    }
}
