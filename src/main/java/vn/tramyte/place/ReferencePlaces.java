package vn.tramyte.place;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Lai Châu places bundled with the program (copied from shared/reference): the 2024
 * communes of Than Uyên and Tam Đường with their centres, and the 2025 communes with the
 * 2024 communes merged into each.
 */
public final class ReferencePlaces {
    private static final String PROVINCE_CODE = "12";
    private static final String PROVINCE_NAME = "Tỉnh Lai Châu";

    private final List<Place> places = new ArrayList<>();
    private final List<Merge> merges = new ArrayList<>();

    /** A 2025 commune formed from a 2024 commune; headquarters = its office is there. */
    public record Merge(Place newPlace, Place oldPlace, boolean headquarters) {
    }

    public static ReferencePlaces loadBundled() {
        ReferencePlaces ref = new ReferencePlaces();
        ref.load();
        return ref;
    }

    public List<Place> places() {
        return List.copyOf(places);
    }

    public List<Merge> merges() {
        return List.copyOf(merges);
    }

    private void load() {
        Map<String, Place> provinces = new LinkedHashMap<>();
        for (CodeList list : CodeList.values()) {
            Place province = new Place(Place.idFor(list, PlaceLevel.PROVINCE, PROVINCE_CODE), list,
                    PlaceLevel.PROVINCE, PROVINCE_CODE, PROVINCE_NAME, null);
            provinces.put(list.code(), province);
            places.add(province);
        }
        Map<String, Place> centres = new LinkedHashMap<>();
        Map<String, Place> communes2024 = new LinkedHashMap<>();
        for (CSVRecord row : read("/reference/communes-2024.csv")) {
            String district = row.get("district_code");
            Place centre = centres.computeIfAbsent(district, code -> {
                Place c = new Place(Place.idFor(CodeList.Y2024, PlaceLevel.CENTRE, code), CodeList.Y2024,
                        PlaceLevel.CENTRE, code, row.get("district_name"), provinces.get("2024").id());
                places.add(c);
                return c;
            });
            Place commune = new Place(Place.idFor(CodeList.Y2024, PlaceLevel.STATION, row.get("code")),
                    CodeList.Y2024, PlaceLevel.STATION, row.get("code"), row.get("name"), centre.id());
            communes2024.put(commune.code(), commune);
            places.add(commune);
        }
        for (CSVRecord row : read("/reference/communes-2025.csv")) {
            String[] oldCodes = row.get("old_codes_merged").split(";");
            Place headquarters = communes2024.get(row.get("new_code"));
            Place parentCentre = headquarters == null ? null : centres.values().stream()
                    .filter(c -> c.id().equals(headquarters.parentId())).findFirst().orElse(null);
            UUID parent = parentCentre != null ? parentCentre.id() : provinces.get("2025").id();
            Place commune = new Place(Place.idFor(CodeList.Y2025, PlaceLevel.STATION, row.get("new_code")),
                    CodeList.Y2025, PlaceLevel.STATION, row.get("new_code"), row.get("new_name"), parent);
            places.add(commune);
            for (String old : oldCodes) {
                Place oldPlace = communes2024.get(old.trim());
                if (oldPlace != null) {
                    merges.add(new Merge(commune, oldPlace, Objects.equals(old.trim(), row.get("new_code"))));
                }
            }
        }
    }

    private static List<CSVRecord> read(String resource) {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(ReferencePlaces.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("bundled reference file " + resource, e);
        }
    }
}
