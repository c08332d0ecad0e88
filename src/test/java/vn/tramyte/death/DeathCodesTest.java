package vn.tramyte.death;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeathCodesTest {
    @Test
    void causeGroupCodesAreExactlyThoseOfTheImportFormat() {
        assertEquals(List.of("tb", "hepatitis", "dengue", "hiv", "cancer", "diabetes", "stroke", "circulatory",
                "pneumonia", "digestive", "perinatal", "maternal", "road_traffic", "drowning", "poisoning", "other"),
                Arrays.stream(CauseGroup.values()).map(CauseGroup::code).toList());
    }

    @Test
    void onlyRoadTrafficDrowningAndPoisoningAreAccidental() {
        assertEquals(List.of(CauseGroup.ROAD_TRAFFIC, CauseGroup.DROWNING, CauseGroup.POISONING),
                Arrays.stream(CauseGroup.values()).filter(CauseGroup::accidental).toList());
    }

    @Test
    void deathPlaceCodesAreThoseOfTheImportFormat() {
        assertEquals(List.of("station", "hospital", "home", "on_the_way", "other"),
                Arrays.stream(DeathPlace.values()).map(DeathPlace::code).toList());
        assertEquals(Optional.of(DeathPlace.ON_THE_WAY), DeathPlace.fromCode("on_the_way"));
        assertEquals(Optional.of(CauseGroup.ROAD_TRAFFIC), CauseGroup.fromCode("Road_Traffic"));
        assertEquals(Optional.empty(), CauseGroup.fromCode("accident"));
    }
}
