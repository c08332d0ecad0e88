package vn.tramyte.demo;

import java.util.List;
import java.util.Random;

/**
 * Names as they are given in Than Uyên's ethnic groups, for the demo. A family name
 * passes from the father; Mông men carry the middle name "A", Thái and Kinh men "Văn".
 */
final class DemoPeople {
    /** An ethnic group of the demo with its 1979 code and how its people are named. */
    record Group(String code, List<String> surnames, String maleMiddle, List<String> maleNames,
                 String femaleMiddle, List<String> femaleNames) {

        String male(Random random, String surname) {
            return surname + " " + maleMiddle + " " + pick(random, maleNames);
        }

        String female(Random random, String surname) {
            return surname + " " + femaleMiddle + " " + pick(random, femaleNames);
        }

        String surname(Random random) {
            return pick(random, surnames);
        }
    }

    static final Group THAI = new Group("03",
            List.of("Lò", "Lường", "Hoàng", "Cầm", "Quàng", "Tòng", "Lù", "Vì", "Điêu"),
            "Văn", List.of("Đức", "Tuấn", "Minh", "Hùng", "Khánh", "Phong", "Thắng", "Long", "Nam", "Quân", "Xuân", "Chung"),
            "Thị", List.of("Hoa", "Xuân", "Ín", "Mai", "Nhung", "Thanh", "Bun", "Ánh", "Thương", "Hương", "Pản", "Dung",
                    "Ngọc", "Hiền", "Phương", "Lả", "Én"));
    static final Group MONG = new Group("08",
            List.of("Giàng", "Sùng", "Vàng", "Lý", "Thào", "Mùa", "Hờ", "Lầu", "Tráng"),
            "A", List.of("Sử", "Chứ", "Páo", "Dế", "Lử", "Tủa", "Sính", "Chinh", "Vàng", "Của", "Dình", "Lềnh"),
            "Thị", List.of("Mỷ", "Pằng", "Dợ", "Chù", "Sua", "Mai", "Say", "Dua", "Xá", "Pà", "Sinh", "Lan"));
    static final Group DAO = new Group("09",
            List.of("Triệu", "Bàn", "Lý", "Chảo", "Phàn", "Tẩn"),
            "Văn", List.of("Phú", "Kiên", "Lở", "Quý", "Vần", "Sinh", "Tòn", "Phẩy"),
            "Thị", List.of("Mẩy", "Kiều", "Xuân", "Liên", "Nải", "Dung", "Lai", "Sành"));
    static final Group KINH = new Group("01",
            List.of("Nguyễn", "Trần", "Lê", "Phạm", "Vũ", "Đỗ", "Bùi", "Đặng"),
            "Văn", List.of("Minh", "Hải", "Quang", "Thành", "Dũng", "Hiếu", "Bảo", "Khôi", "An"),
            "Thị", List.of("Hoa", "Lan", "Hương", "Thu", "Hà", "Ngọc Anh", "Thu Trang", "Yến", "Huyền", "Linh"));
    static final Group GIAY = new Group("25",
            List.of("Hoàng", "Lò", "Sần", "Vàng", "Lù"),
            "Văn", List.of("Páo", "Chiến", "Sơn", "Dũng", "Thào"),
            "Thị", List.of("Dính", "Sáu", "Sỉnh", "Mai", "Vân"));
    static final Group LU = new Group("42",
            List.of("Lò", "Tao", "Chang", "Lưu"),
            "Văn", List.of("Chiêng", "Ón", "Khăm", "Pánh"),
            "Thị", List.of("Ón", "Ước", "Pọm", "Khoa"));

    /** The health worker who examines at each station of the demo (Mường Kim's is the station demo's user). */
    static final List<String> HEALTH_WORKERS = List.of("Nguyễn Thị Lan", "Lò Văn Thắng", "Hoàng Thị Xuân",
            "Vàng Thị Mỷ", "Giàng A Sử", "Tòng Thị Ánh", "Lường Thị Nhung", "Sùng A Páo", "Lò Thị Hương",
            "Triệu Thị Kiều", "Lê Thị Thu", "Cầm Văn Hùng");

    private DemoPeople() {
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
