package vn.tramyte.csvimport;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Vietnamese column names of docs/import-formats.md ("tiếng Việt" column of each file's
 * table), which a first row may use instead of the contract's English ones: a register kept in
 * Excel has its headings in Vietnamese. They are matched without regard to case, diacritics,
 * spaces or a unit in brackets ({@code Cân nặng}, {@code can nang (kg)}), within one file only:
 * {@code mã lần mang thai} is the {@code ref} of pregnancies.csv and the {@code pregnancy_ref}
 * of the others. ImportFormatsDocTest keeps this list and the document's tables the same.
 */
public final class VietnameseColumns {
    private static final Map<ImportFile, Map<String, String>> BY_FILE = new EnumMap<>(ImportFile.class);
    private static final Map<ImportFile, Map<String, String>> DOCUMENTED = new EnumMap<>(ImportFile.class);

    static {
        put(ImportFile.PERSONS, "ref", "mã người trong sổ", "full_name", "họ và tên", "sex", "giới tính",
                "birth_date", "ngày sinh", "ethnicity", "dân tộc", "village", "thôn/bản", "mother_ref", "mã của mẹ",
                "personal_id", "số định danh cá nhân", "insurance_no", "số thẻ BHYT", "phone", "số điện thoại");
        put(ImportFile.VACCINATIONS, "person_ref", "mã người được tiêm", "vaccine", "mã vắc xin", "date", "ngày tiêm",
                "place", "nơi tiêm", "lot", "số lô");
        put(ImportFile.PREGNANCIES, "ref", "mã lần mang thai", "person_ref", "mã thai phụ", "lmp",
                "ngày đầu kỳ kinh cuối", "edd", "ngày dự kiến sinh", "gravida", "số lần có thai (kể cả lần này)",
                "para", "số lần đã đẻ");
        put(ImportFile.ANC_VISITS, "pregnancy_ref", "mã lần mang thai", "date", "ngày khám", "weight_kg",
                "cân nặng (kg)", "bp_systolic", "huyết áp tâm thu (mmHg)", "bp_diastolic", "huyết áp tâm trương (mmHg)",
                "fundal_height_cm", "chiều cao tử cung (cm)", "tetanus_dose", "mũi uốn ván tiêm hôm đó", "iron_folic",
                "có cấp viên sắt/axit folic");
        put(ImportFile.DELIVERIES, "pregnancy_ref", "mã lần mang thai", "date", "ngày đẻ", "place", "nơi đẻ",
                "attendant", "người đỡ đẻ", "mother_outcome", "tình trạng mẹ");
        put(ImportFile.BIRTHS, "pregnancy_ref", "mã lần mang thai", "outcome", "kết quả", "child_ref", "mã của trẻ",
                "sex", "giới tính", "weight_g", "cân nặng sơ sinh (g)");
        put(ImportFile.MEASUREMENTS, "person_ref", "mã của trẻ", "date", "ngày cân đo", "weight_kg", "cân nặng (kg)",
                "length_cm", "chiều dài/chiều cao (cm)", "position", "tư thế đo", "oedema", "phù hai chân", "muac_mm",
                "vòng cánh tay (mm)");
        put(ImportFile.DEATHS, "ref", "mã trong sổ tử vong", "person_ref", "mã người đã mất", "full_name", "họ và tên",
                "sex", "giới tính", "birth_date", "ngày sinh", "death_date", "ngày mất", "place", "nơi mất",
                "cause_group", "nhóm nguyên nhân", "cause_text", "nguyên nhân (ghi rõ)", "pregnancy_related",
                "đang mang thai hoặc trong 42 ngày sau đẻ", "ethnicity", "dân tộc", "village", "thôn/bản");
    }

    private VietnameseColumns() {
    }

    private static void put(ImportFile file, String... pairs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (file.column(pairs[i]).isEmpty()) {
                throw new IllegalStateException(file + " has no column " + pairs[i]);
            }
            if (names.put(pairs[i + 1], pairs[i]) != null) {
                throw new IllegalStateException(file + ": " + pairs[i + 1] + " twice");
            }
        }
        Map<String, String> folded = new HashMap<>();
        names.forEach((vi, en) -> {
            if (folded.put(fold(vi), en) != null) {
                throw new IllegalStateException(file + ": " + vi + " is matched twice");
            }
        });
        BY_FILE.put(file, Map.copyOf(folded));
        DOCUMENTED.put(file, java.util.Collections.unmodifiableMap(names));
    }

    /** The contract's name of a column written in Vietnamese, or empty when it is none of this file's. */
    public static Optional<String> english(ImportFile file, String written) {
        return Optional.ofNullable(BY_FILE.get(file).get(fold(written)));
    }

    /** The names as the document writes them, Vietnamese to English, in the table's order (for its test). */
    public static Map<String, String> documented(ImportFile file) {
        return DOCUMENTED.get(file);
    }

    /** Lower case, no diacritics (đ is d), no unit in brackets, single spaces, none around a slash. */
    static String fold(String name) {
        String s = Normalizer.normalize(name.replaceAll("\\([^)]*\\)", " "), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return s.replaceAll("\\s+", " ").replaceAll(" ?/ ?", "/").trim();
    }
}
