package vn.tramyte.antenatal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tramyte.person.Sex;

class DeliveryTest {
    @Test
    void placeCodesAreThoseOfTheImportFormat() {
        assertEquals(List.of("station", "hospital", "home", "on_the_way", "other"),
                Arrays.stream(DeliveryPlace.values()).map(DeliveryPlace::code).toList());
        assertEquals(Optional.of(DeliveryPlace.ON_THE_WAY), DeliveryPlace.fromCode(" On_The_Way "));
        assertEquals(Optional.empty(), DeliveryPlace.fromCode("road"));
        assertTrue(DeliveryPlace.STATION.healthFacility());
        assertFalse(DeliveryPlace.HOME.healthFacility());
    }

    @Test
    void attendantCodesAreThoseOfTheImportFormatAndTheFirstFiveAreTrained() {
        assertEquals(List.of("doctor", "assistant_doctor", "midwife", "nurse", "village_midwife", "family", "none",
                "other"), Arrays.stream(Attendant.values()).map(Attendant::code).toList());
        assertEquals(List.of(Attendant.DOCTOR, Attendant.ASSISTANT_DOCTOR, Attendant.MIDWIFE, Attendant.NURSE,
                Attendant.VILLAGE_MIDWIFE), Arrays.stream(Attendant.values()).filter(Attendant::trained).toList());
        assertEquals(Optional.of(Attendant.VILLAGE_MIDWIFE), Attendant.fromCode("village_midwife"));
    }

    @Test
    void outcomeCodesAreThoseOfTheImportFormat() {
        assertEquals(Optional.of(BirthOutcome.LIVE), BirthOutcome.fromCode("live"));
        assertEquals(Optional.of(BirthOutcome.STILL), BirthOutcome.fromCode("still"));
        assertEquals(Optional.of(MotherOutcome.ALIVE), MotherOutcome.fromCode("alive"));
        assertEquals(Optional.of(MotherOutcome.DIED), MotherOutcome.fromCode("died"));
        assertEquals(Optional.empty(), MotherOutcome.fromCode(null));
    }

    @Test
    void aBirthWeightUnder2500GramsIsLow() {
        assertTrue(new Baby(BirthOutcome.LIVE, Sex.FEMALE, 2499).lowBirthWeight());
        assertFalse(new Baby(BirthOutcome.LIVE, Sex.FEMALE, 2500).lowBirthWeight());
        assertFalse(new Baby(BirthOutcome.LIVE, Sex.MALE, null).lowBirthWeight());
    }

    @Test
    void twinsAreOneDeliveryWithTwoBabiesCountedByOutcome() {
        Delivery twins = new Delivery(LocalDate.of(2026, 10, 5), DeliveryPlace.HOSPITAL, Attendant.DOCTOR,
                MotherOutcome.ALIVE, List.of(new Baby(BirthOutcome.LIVE, Sex.MALE, 2300),
                        new Baby(BirthOutcome.STILL, null, 1900)));
        assertTrue(twins.multiple());
        assertEquals(1, twins.liveBirths());
        assertEquals(1, twins.stillBirths());
        assertEquals(List.of(new Baby(BirthOutcome.LIVE, Sex.MALE, 2300)), twins.liveBabies());
        assertTrue(twins.attendedByTrainedStaff());
        assertFalse(twins.motherDied());
    }

    @Test
    void aHomeBirthWithFamilyIsNotAttendedByTrainedStaff() {
        Delivery home = new Delivery(LocalDate.of(2026, 10, 5), DeliveryPlace.HOME, Attendant.FAMILY,
                MotherOutcome.DIED, List.of(new Baby(BirthOutcome.LIVE, Sex.FEMALE, 3100)));
        assertFalse(home.attendedByTrainedStaff());
        assertFalse(home.multiple());
        assertTrue(home.motherDied());
    }
}
