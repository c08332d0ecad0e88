package vn.tramyte.nutrition.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each known column is in a survey file's header (names matched without regard to case or
 * surrounding blanks), and which columns are copied to the output. Columns of a previous run
 * ({@code waz} ... {@code error}) are not copied but computed again, so a result file can be
 * run through the calculator once more.
 */
final class SurveyColumns {
    static final String SEX = "sex";
    static final String AGE_DAYS = "age_days";
    static final String BIRTH_DATE = "birth_date";
    static final String VISIT_DATE = "visit_date";
    static final String WEIGHT = "weight_kg";
    static final String LENGTH = "length_cm";
    static final String MEASURE = "measure";
    static final String OEDEMA = "oedema";
    static final List<String> OUTPUT = List.of("waz", "haz", "whz", "baz", "flags", "error");

    private static final List<String> KNOWN =
            List.of(SEX, AGE_DAYS, BIRTH_DATE, VISIT_DATE, WEIGHT, LENGTH, MEASURE, OEDEMA);

    private final List<String> header;
    private final Map<String, Integer> index;
    private final int[] copied;

    private SurveyColumns(List<String> header, Map<String, Integer> index, int[] copied) {
        this.header = header;
        this.index = index;
        this.copied = copied;
    }

    static SurveyColumns of(List<String> header) throws SurveyFormatException {
        Map<String, Integer> index = new HashMap<>();
        List<Integer> copied = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normalized(header.get(i));
            if (KNOWN.contains(name) && index.putIfAbsent(name, i) != null) {
                throw new SurveyFormatException("anthro.format.twice", name);
            }
            if (!OUTPUT.contains(name)) {
                copied.add(i);
            }
        }
        List<String> missing = new ArrayList<>();
        boolean ageInDates = false;
        for (String required : List.of(SEX, WEIGHT, LENGTH)) {
            if (!index.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!index.containsKey(AGE_DAYS) && !(index.containsKey(BIRTH_DATE) && index.containsKey(VISIT_DATE))) {
            missing.add(AGE_DAYS);
            ageInDates = true;
        }
        if (!missing.isEmpty()) {
            throw new SurveyFormatException(ageInDates ? "anthro.format.missingAge" : "anthro.format.missing",
                    String.join(", ", missing), String.join(", ", header));
        }
        return new SurveyColumns(List.copyOf(header), index, copied.stream().mapToInt(Integer::intValue).toArray());
    }

    int size() {
        return header.size();
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    /** The position of a known column, which must be present. */
    int indexOf(String column) {
        return index.get(column);
    }

    /** The column name as the file writes it, for messages. */
    String nameOf(String column) {
        return header.get(index.get(column));
    }

    /** The output header: the copied input columns, then the results. */
    List<String> outputHeader() {
        List<String> names = new ArrayList<>();
        for (int i : copied) {
            names.add(header.get(i));
        }
        names.addAll(OUTPUT);
        return names;
    }

    /** The positions of the input columns copied to the output, in order. */
    int[] copied() {
        return copied.clone();
    }

    private static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
