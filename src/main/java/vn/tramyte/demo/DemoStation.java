package vn.tramyte.demo;

import java.util.List;

/**
 * One of Than Uyên's 12 communes in the demo: its villages, the groups living there (a group
 * named twice is twice as common), how many households it registers, how well care reaches them,
 * and, at the centre, how many days before today its last data package was made (a few for most
 * stations; two or three months for the two that lag).
 */
record DemoStation(String code, int households, List<String> villages, List<DemoPeople.Group> groups,
                   DemoProfile profile, int lastPackageDaysAgo) {

    /** The 2024 communes of Than Uyên (its 2024 plan's 12 communes), with bản names of the area. */
    static List<DemoStation> thanUyen() {
        var thai = DemoPeople.THAI;
        var mong = DemoPeople.MONG;
        var dao = DemoPeople.DAO;
        var kinh = DemoPeople.KINH;
        var giay = DemoPeople.GIAY;
        var lu = DemoPeople.LU;
        var valley = DemoProfile.VALLEY;
        var middle = DemoProfile.MIDDLE;
        var highland = DemoProfile.HIGHLAND;
        return List.of(
                new DemoStation("03595", 118, List.of("Tổ dân phố 1", "Tổ dân phố 3", "Tổ dân phố 6", "Bản Lun"),
                        List.of(kinh, kinh, kinh, kinh, kinh, kinh, kinh, thai, giay), valley, 3),
                new DemoStation("03618", 100, List.of("Bản Mé", "Bản Nà Ban", "Bản Phiêng Mựt", "Bản Khì"),
                        List.of(kinh, kinh, kinh, kinh, kinh, thai, thai, mong, lu), middle, 5),
                new DemoStation("03619", 96, List.of("Bản Mừ", "Bản Đông", "Bản Nà Phát"),
                        List.of(kinh, kinh, kinh, kinh, kinh, kinh, thai, giay), valley, 4),
                new DemoStation("03625", 84, List.of("Bản Mít Nọi", "Bản Mít Luông", "Bản Nậm Pắt", "Bản Tằng Mít"),
                        List.of(kinh, kinh, kinh, thai, mong, mong, dao), highland, 6),
                new DemoStation("03628", 72, List.of("Bản Hua Nà", "Bản Phiêng Khon", "Bản Co Phát"),
                        List.of(kinh, kinh, thai, mong, mong, mong), highland, 92),
                new DemoStation("03631", 100, List.of("Bản Nà Khương", "Bản Pắc Pa", "Bản Bút", "Bản Khoang"),
                        List.of(kinh, kinh, kinh, kinh, kinh, kinh, thai, giay, lu), valley, 2),
                new DemoStation("03632", 86, List.of("Bản Nà Cang", "Bản Nậm Chắn", "Bản Hua Puông"),
                        List.of(kinh, kinh, kinh, kinh, thai, mong, dao), middle, 8),
                new DemoStation("03634", 72, List.of("Bản Hua Chăng", "Bản Pá Khoang", "Bản Phiêng Lúông"),
                        List.of(kinh, kinh, mong, mong, mong, thai), highland, 67),
                new DemoStation("03637", 104, List.of("Bản Đốc", "Bản Mè", "Bản Chiềng Ban", "Bản Nà Đông", "Bản Phát"),
                        List.of(kinh, kinh, kinh, kinh, kinh, thai, thai, lu), middle, 4),
                new DemoStation("03638", 76, List.of("Bản Tà Mung", "Bản Lọng Bon", "Bản Nậm Sỏ"),
                        List.of(kinh, kinh, mong, mong, mong, thai, dao), highland, 5),
                new DemoStation("03640", 84, List.of("Bản Phiêng Cúm", "Bản Hô Ta", "Bản Sài Lương"),
                        List.of(kinh, kinh, kinh, kinh, dao, mong, thai), middle, 7),
                new DemoStation("03643", 84, List.of("Bản Khoen On", "Bản Nậm Bó", "Bản Ít Luông", "Bản Mường"),
                        List.of(kinh, kinh, kinh, kinh, thai, dao, mong), middle, 3));
    }
}
