package vn.tramyte.antenatal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A registered pregnancy (DOMAIN.md §4). Both dates are always known: when only one was given
 * the other is derived. When both were given they are kept as given (an EDD computed by hand
 * with Naegele's calendar rule may differ from LMP + 280 days by up to three days); the
 * gestational age always counts from the LMP.
 *
 * @param gravida      pregnancies including this one, null when not recorded
 * @param para         earlier births, null when not recorded
 * @param deliveryDate null while the pregnancy is open
 */
public record Pregnancy(UUID id, UUID womanId, LocalDate lmp, LocalDate edd, Integer gravida, Integer para,
                        String riskNotes, LocalDate deliveryDate) {
    public Pregnancy {
        Objects.requireNonNull(lmp, "lmp");
        Objects.requireNonNull(edd, "edd");
    }

    /** The pregnancy a valid draft describes, with the missing date derived. */
    public static Pregnancy of(UUID id, UUID womanId, PregnancyDraft draft) {
        if (draft.lmp() == null && draft.edd() == null) {
            throw new IllegalArgumentException("a pregnancy needs its LMP or its EDD");
        }
        LocalDate lmp = draft.lmp() != null ? draft.lmp() : PregnancyDates.lmpFromEdd(draft.edd());
        LocalDate edd = draft.edd() != null ? draft.edd() : PregnancyDates.eddFromLmp(draft.lmp());
        return new Pregnancy(id, womanId, lmp, edd, draft.gravida(), draft.para(), draft.riskNotes(), null);
    }

    public boolean open() {
        return deliveryDate == null;
    }

    public Pregnancy delivered(LocalDate date) {
        return new Pregnancy(id, womanId, lmp, edd, gravida, para, riskNotes, date);
    }

    public GestationalAge gestationalAgeOn(LocalDate date) {
        return PregnancyDates.gestationalAge(lmp, date);
    }

    /**
     * The day the pregnancy is looked at for a reference date: the delivery date once it is
     * over, so a delivered pregnancy stops ageing.
     */
    public LocalDate lastDayOn(LocalDate reference) {
        return deliveryDate != null && deliveryDate.isBefore(reference) ? deliveryDate : reference;
    }
}
