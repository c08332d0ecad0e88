package vn.tramyte.place;

import java.util.UUID;

/** A province, a health centre (district) or a commune station, from a GSO code list. */
public record Place(UUID id, CodeList codeList, PlaceLevel level, String code, String name, UUID parentId) {

    /** The same place always gets the same id, at a station and at its centre. */
    public static UUID idFor(CodeList list, PlaceLevel level, String code) {
        return UUID.nameUUIDFromBytes(("place:" + list.code() + ":" + level + ":" + code)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The name without its administrative prefix: "Xã Mường Kim" → "Mường Kim". */
    public String shortName() {
        for (String prefix : new String[] {"Thị trấn ", "Xã ", "Phường ", "Huyện ", "Tỉnh "}) {
            if (name.startsWith(prefix)) {
                return name.substring(prefix.length());
            }
        }
        return name;
    }

    /** "03637 – Xã Mường Kim", as shown in pickers. */
    public String label() {
        return code + " – " + name;
    }
}
