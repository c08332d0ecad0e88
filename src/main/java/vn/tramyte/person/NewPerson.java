package vn.tramyte.person;

import java.util.UUID;

/**
 * A new person for a write in bulk ({@link PersonService#insertAll}): the id the caller gave it
 * (so other records of the same batch can name it) and its change number, from a block the
 * caller reserved. The draft's own id is null: it is a new person.
 */
public record NewPerson(UUID id, String stationCode, PersonDraft draft, long changeSeq) {
}
