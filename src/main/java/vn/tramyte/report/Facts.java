package vn.tramyte.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.tramyte.person.EthnicGroup;
import vn.tramyte.person.Sex;

/**
 * The rows a report is computed from, as the report repository reads them in one pass per kind:
 * plain values, no rules applied yet (the service applies each rule's owner).
 */
final class Facts {
    private Facts() {
    }

    /**
     * Who a counted record is about, with what the report needs of them.
     *
     * @param ethnicityList the code list of the person's ethnicity, null when not recorded; a child
     *                      without one takes the mother's
     */
    record Who(UUID id, String fullName, LocalDate birthDate, boolean birthYearOnly, Sex sex, UUID villageId,
               String villageName, String ethnicityList, String ethnicityCode, String motherEthnicityList,
               String motherEthnicityCode) {

        /** An ethnic-minority person (DTTS): every group but Kinh; unknown ethnicity is not counted as DTTS. */
        boolean ethnicMinority() {
            if (ethnicityCode != null) {
                return new EthnicGroup(ethnicityList, ethnicityCode, "", "").minority();
            }
            return motherEthnicityCode != null
                    && new EthnicGroup(motherEthnicityList, motherEthnicityCode, "", "").minority();
        }
    }

    /** A live birth of the delivery register; the child is null when its record is missing or removed. */
    record LiveBirth(String stationCode, LocalDate deliveryDate, UUID childId, Who child, Who mother) {
    }

    /** A live birth as read: the ids, resolved to people by the repository. */
    record BirthRow(String stationCode, LocalDate deliveryDate, UUID childId, UUID deliveryId) {
    }

    /** A child registered as born on an exact day, whom no recorded delivery produced. */
    record RegisteredBirth(String stationCode, Who child) {
    }

    /** A death: a registered person's, or an unregistered one's with what the death record says. */
    record DeathFact(String stationCode, LocalDate deathDate, String classes, Who who) {
    }

    /** One weighing or measuring of a child under five in the period. */
    record MeasurementFact(String stationCode, LocalDate date, Double weightKg, Double lengthCm, String position,
                           boolean oedema, Who child) {
    }

    /** A weighing as read, before its child is resolved: read on a connection of its own (ReportService). */
    record MeasurementRow(UUID personId, String stationCode, LocalDate date, Double weightKg, Double lengthCm,
                          String position, boolean oedema) {
    }

    /** The reads of a report that need nothing else read first, made on a connection of their own. */
    record Bulk(List<MeasurementRow> measurements, java.util.Map<UUID, List<LocalDate>> visits,
                List<WomanDose> womenDoses) {
    }

    /** A valid dose of a child born late enough to complete the fully-immunized set in the period. */
    record ChildDose(UUID childId, String stationCode, String vaccineCode, LocalDate givenOn) {
    }

    /** A person as read, before the village's name and the mother's ethnicity are joined in memory. */
    record PersonRow(UUID id, String stationCode, String fullName, LocalDate birthDate, boolean birthYearOnly,
                     Sex sex, UUID villageId, String ethnicityList, String ethnicityCode, UUID motherId) {
    }

    /** A delivery in the period with her pregnancy's dates and what she is. */
    record DeliveryFact(UUID deliveryId, String stationCode, LocalDate deliveryDate, String attendant,
                        UUID pregnancyId, LocalDate lmp, Who woman) {
    }

    /** A dose of a delivering woman that may protect her from tetanus: her register's or a visit's. */
    record WomanDose(UUID womanId, String vaccineCode, LocalDate givenOn) {
    }

    /** What a report reads for one period. */
    record All(List<LiveBirth> liveBirths, List<RegisteredBirth> registeredBirths, List<DeathFact> deaths,
               List<MeasurementFact> measurements, List<Facts.Who> youngChildren, List<ChildDose> childDoses,
               List<DeliveryFact> deliveries, java.util.Map<UUID, List<LocalDate>> visitsByPregnancy,
               List<WomanDose> womenDoses) {
    }
}
