package vn.tramyte.person;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.tramyte.common.SearchText;

/** The 54 ethnic groups of the GSO 1979 list, bundled with the program. */
public final class EthnicGroups {
    private final List<EthnicGroup> groups;

    public EthnicGroups(List<EthnicGroup> groups) {
        this.groups = List.copyOf(groups);
    }

    public static EthnicGroups loadBundled() {
        String resource = "/reference/ethnic-groups-1979.csv";
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(EthnicGroups.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8)) {
            List<EthnicGroup> list = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                list.add(new EthnicGroup(EthnicGroup.LIST_1979, row.get("code"), row.get("name_vi"), row.get("name_en")));
            }
            return new EthnicGroups(list);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    public List<EthnicGroup> all() {
        return groups;
    }

    public Optional<EthnicGroup> byCode(String codeList, String code) {
        return groups.stream().filter(g -> g.codeList().equals(codeList) && g.code().equals(code)).findFirst();
    }

    /**
     * Finds a group by its 1979 code ("3" or "03") or its name, without regard to case,
     * diacritics or hyphens ("Thái", "thai", "Mông" and "HMông" alike).
     */
    public Optional<EthnicGroup> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        if (t.matches("\\d{1,2}")) {
            String code = t.length() == 1 ? "0" + t : t;
            return byCode(EthnicGroup.LIST_1979, code);
        }
        String wanted = key(t);
        for (EthnicGroup g : groups) {
            if (key(g.nameVi()).equals(wanted) || key(g.nameEn()).equals(wanted)) {
                return Optional.of(g);
            }
        }
        // "Mông" is the common name of the group listed as "HMông"
        if (wanted.equals("mong") || wanted.equals("hmong")) {
            return byCode(EthnicGroup.LIST_1979, "08");
        }
        return Optional.empty();
    }

    private static String key(String name) {
        return SearchText.normalize(name).replace(" ", "");
    }
}
